import type { Concept } from '../schema';
import { deepseekR1 } from '../sourcesShared';

export default {
	slug: 'temperature',
	title: 'Temperature',
	group: 'Techniques',
	definition:
		'Temperature is the sampling setting that sharpens or flattens the next-token probabilities before a token is drawn: low values make output predictable, high values make it varied.',
	body: `At each step a language model produces a score, a [[logit]], for every token in its vocabulary. The [[softmax]] function turns those scores into probabilities that add up to one. Temperature is a single number that divides every logit before the softmax.

Dividing by a small temperature, say 0.2, stretches the gaps between scores, so the favourite token takes almost all the probability. A low temperature makes the most likely token win almost every time, and the text becomes focused and repetitive. Dividing by zero is undefined, so software treats a temperature of 0 as [[greedy decoding]]: it simply takes the top token. A temperature of 1 leaves the model's own distribution unchanged. A high temperature, such as 1.8, squeezes the scores together, so rare tokens get a real chance and the text gets more surprising, and eventually incoherent.

It helps to separate two things that are easy to mix up:

- The **distribution** is what the model believes: temperature reshapes it but never changes the order of the tokens.
- The **draw** is the random choice made from the reshaped distribution. Even at a moderate temperature the most likely token can lose the draw, which is why a model sometimes writes something other than its top pick.

A low temperature buys consistency, not correctness. If the model's favourite answer is wrong, greedy decoding gives that wrong answer every time. In a 2024 study of problem-solving questions, changing the temperature anywhere between 0 and 1 made no significant difference to accuracy (Renze and Guven); what it changes is how much the answers vary from run to run.

Typical settings: close to 0 for extraction, classification or code where one right answer exists and repeatable output helps; around 0.7 for conversation; higher for brainstorming. Reasoning models are an exception to "low for correctness": DeepSeek-R1's authors recommend 0.5 to 0.7 (0.6 by default) to avoid endless repetition, and Qwen3's model card asks for 0.6 in thinking mode and warns against greedy decoding there, because it can degrade answers and loop. In this app temperature is applied before the filters [top-k and top-p](/concepts/top-k-top-p), and it combines with them; other libraries order these steps differently.`,
	terms: ['logit', 'softmax', 'greedy decoding'],
	diagram: {
		id: 'temperature',
		alt: 'Three bar charts of the same five next-token probabilities at temperature 0.3, 1 and 1.8: at 0.3 the favourite takes about 82%, the runner-up 14.5% and the other three under 4% together, at 1 the bars are the model’s own 42, 25, 15, 10 and 8%, and at 1.8 they flatten to between 32% and 13%.'
	},
	experiments: [
		{
			kind: 'prompt',
			intro:
				'Continue the same sentence at temperature 1, then run it at 0.2 and at 1.8 and compare.',
			prompt: 'A low temperature makes',
			temperature: 1,
			topK: 0,
			topP: 1,
			maxTokens: 40,
			seed: 3,
			lookFor:
				'Tokens the model rated unlikely get drawn more often at 1.8; at 0, even “Run with a new seed” gives the same text every time.'
		},
		{
			kind: 'sampling-lab',
			intro:
				'Step through the same sentence one token at a time and move the temperature: the bars reshape at once, and the draw may land somewhere else.',
			prompt: 'A low temperature makes',
			temperature: 1,
			topK: 0,
			topP: 1,
			minP: 0,
			seed: 7,
			lookFor:
				'At a low temperature almost all the probability piles onto the first bar; at a high one the cumulative bar evens out and the marker lands on rarer tokens. At 0 there is no draw at all.'
		}
	],
	presenter: {
		points: [
			'Temperature divides the logits: below 1 sharpens, above 1 flattens, 0 is treated as greedy.',
			'It never reorders tokens; it changes how often the underdogs win the draw.',
			'Low temperature makes answers consistent, not correct.',
			'Pick low for extraction and code, higher for ideas; reasoning models want about 0.6, never greedy.'
		],
		pointAt:
			'Which tokens get drawn at 0.2 and then at 1.8: at 1.8 more of the chosen tokens are ones the model rated unlikely.'
	},
	related: ['top-k-top-p', 'large-language-models', 'prompt-engineering', 'transformers'],
	usedIn: [
		{ area: 'software', how: 'Low temperature for code so suggestions stay consistent.' },
		{ area: 'creative', how: 'Higher temperature for brainstorming names, plots and lyrics.' }
	],
	sources: [
		{
			title: 'A Learning Algorithm for Boltzmann Machines',
			authors: 'David H. Ackley, Geoffrey E. Hinton, Terrence J. Sejnowski',
			year: 1985,
			url: 'https://doi.org/10.1207/s15516709cog0901_7',
			kind: 'paper'
		},
		{
			title: 'Distilling the Knowledge in a Neural Network',
			authors: 'Geoffrey Hinton, Oriol Vinyals, Jeff Dean',
			year: 2015,
			url: 'https://arxiv.org/abs/1503.02531',
			kind: 'paper'
		},
		{
			title: 'The Curious Case of Neural Text Degeneration',
			authors: 'Ari Holtzman, Jan Buys, Li Du, Maxwell Forbes, Yejin Choi',
			year: 2019,
			url: 'https://arxiv.org/abs/1904.09751',
			kind: 'paper'
		},
		{
			title: 'Qwen3-0.6B model card: best practices (sampling parameters)',
			authors: 'Qwen Team',
			year: 2025,
			url: 'https://huggingface.co/Qwen/Qwen3-0.6B',
			kind: 'web'
		},
		deepseekR1,
		{
			title: 'The Effect of Sampling Temperature on Problem Solving in Large Language Models',
			authors: 'Matthew Renze, Erhan Guven',
			year: 2024,
			url: 'https://aclanthology.org/2024.findings-emnlp.432',
			kind: 'paper'
		}
	]
} satisfies Concept;
