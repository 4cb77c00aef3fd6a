import type { Concept } from '../schema';

export default {
	slug: 'top-k-top-p',
	title: 'Top-k and top-p sampling',
	group: 'Techniques',
	definition:
		'Top-k and top-p (nucleus) sampling cut the long tail of unlikely next tokens before the random draw, so that sampling stays varied without picking nonsense.',
	body: `A vocabulary has tens of thousands to a few hundred thousand tokens (Llama 3.2, one of the models this app can download, has 128,256), and after any context most of them are absurd. Each one has only a tiny probability, but together the tail can hold a noticeable share, and sampling from the full distribution will eventually pick something bizarre. Both methods here remove that tail and then renormalise what is left so it again sums to one.

[[Top-k]] is the simple rule: keep the k most likely tokens and drop the rest (Fan and colleagues used it for story writing in 2018). With k = 1 it is greedy decoding; with k = 40, a common default, the model chooses among forty candidates. Its weakness is that k is fixed. When the model is confident, forty candidates include many bad ones; when it is genuinely unsure, forty may be too few.

[[Top-p]], also called [[nucleus sampling]] (Holtzman and colleagues, 2019), adapts to the situation. Sort the tokens by probability and keep adding them until their probabilities add up to at least p, for example 0.9. That smallest set is the nucleus. After "The capital of France is" the nucleus may be a single token; after "My favourite food is" it may be hundreds.

[[Min-p]] (Nguyen Nhat Minh and colleagues, 2024) sets the cut relative to the favourite instead: keep every token whose probability is at least a fixed fraction, say a tenth, of the most likely token's. A confident model keeps only a few candidates and an unsure one keeps many; because the bar moves with the favourite, its authors found it keeps text coherent at high temperatures better than top-p does. That gain is contested: a 2025 re-analysis (Schaeffer and colleagues) found that with comparable tuning of the other methods min-p showed no consistent advantage in quality or diversity.

Order matters, and it is not the same everywhere. This app applies [temperature](/concepts/temperature) first, then the filters, top-k before top-p, and finally draws a random number to choose among the survivors; Hugging Face's transformers library also starts with temperature. The default chain of llama.cpp runs its filters first and applies temperature near the end, so the same numbers can keep a different set of tokens there. Many systems use top-p alone with a moderate temperature. Setting k = 0 or p = 1 switches a filter off.`,
	terms: ['top-k', 'top-p', 'nucleus sampling', 'min-p'],
	diagram: {
		id: 'filters',
		alt: 'Bar chart of next-token probabilities sorted from most to least likely. A line after the third bar marks where top-k with k = 3 cuts; a second line marks where the running total passes p = 0.9.'
	},
	experiments: [
		{
			kind: 'prompt',
			intro:
				'Generate with a tight nucleus, then loosen it and compare how adventurous the text gets.',
			prompt: 'Top-k is the simple',
			temperature: 1,
			topK: 10,
			topP: 0.7,
			maxTokens: 40,
			seed: 3,
			lookFor: 'With top-p 0.7 the rare tokens disappear; with k = 0 and p = 1 they come back.'
		},
		{
			kind: 'sampling-lab',
			intro:
				'Step through a sentence and move top-k, top-p and min-p: the struck-through candidates can no longer be drawn, and the rest are renormalised.',
			prompt: 'Top-k is the simple',
			temperature: 1,
			topK: 0,
			topP: 0.9,
			minP: 0,
			seed: 3,
			lookFor:
				'How many tokens stay kept at each step: a confident step keeps few under top-p, an uncertain one keeps many, while top-k always keeps the same number.'
		}
	],
	presenter: {
		points: [
			'The long tail is individually tiny but collectively dangerous.',
			'Top-k fixes the count; top-p fixes the probability mass; min-p cuts relative to the favourite (its advantage is disputed).',
			'Order here: temperature, then top-k, then top-p, then the draw; other libraries order it differently.'
		],
		pointAt: 'The alternatives the model considered at a surprising token.'
	},
	related: ['temperature', 'large-language-models', 'transformers', 'prompt-engineering'],
	usedIn: [
		{ area: 'creative', how: 'Keeping story generation varied but on topic.' },
		{ area: 'content', how: 'Producing several distinct drafts of the same copy.' }
	],
	sources: [
		{
			title: 'Hierarchical Neural Story Generation',
			authors: 'Angela Fan, Mike Lewis, Yann Dauphin',
			year: 2018,
			url: 'https://arxiv.org/abs/1805.04833',
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
			title:
				'Min-p, Max Exaggeration: A Critical Analysis of Min-p Sampling in Language Models (first posted as "Turning Down the Heat")',
			authors: 'Rylan Schaeffer, Joshua Kazdan, Yegor Denisov-Blanch',
			year: 2025,
			url: 'https://arxiv.org/abs/2506.13681',
			kind: 'paper'
		},
		{
			title: 'Turning Up the Heat: Min-p Sampling for Creative and Coherent LLM Outputs',
			authors: 'Nguyen Nhat Minh, Andrew Baker, Clement Neo et al.',
			year: 2024,
			url: 'https://arxiv.org/abs/2407.01082',
			kind: 'paper'
		}
	]
} satisfies Concept;
