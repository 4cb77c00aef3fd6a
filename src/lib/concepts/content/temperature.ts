import type { Concept } from '../schema';

export default {
	slug: 'temperature',
	title: 'Temperature',
	group: 'Techniques',
	definition:
		'Temperature is the sampling setting that sharpens or flattens the next-token probabilities before a token is drawn: low values make output predictable, high values make it varied.',
	body: `At each step a language model produces a score, a [[logit]], for every token in its vocabulary. The [[softmax]] function turns those scores into probabilities that add up to one. Temperature is a single number that divides every logit before the softmax.

Dividing by a small temperature, say 0.2, stretches the gaps between scores, so the favourite token takes almost all the probability. A low temperature makes the most likely token win almost every time, and the text becomes focused and repetitive. At temperature 0 the choice is simply the top token, known as [[greedy decoding]]. A temperature of 1 leaves the model's own distribution unchanged. A high temperature, such as 1.5, squeezes the scores together, so rare tokens get a real chance and the text gets more surprising, and eventually incoherent.

It helps to separate two things that are easy to mix up:

- The **distribution** is what the model believes: temperature reshapes it but never changes the order of the tokens.
- The **draw** is the random choice made from the reshaped distribution. Even at a moderate temperature the most likely token can lose the draw, which is why a model sometimes writes something other than its top pick.

Typical settings: close to 0 for extraction, classification or code where one right answer exists; around 0.7 for conversation; higher for brainstorming. Temperature is applied before the filters [top-k and top-p](/concepts/top-k-top-p), and it combines with them.`,
	terms: ['logit', 'softmax', 'greedy decoding'],
	diagram: {
		id: 'temperature',
		alt: 'Three bar charts of the same five next-token probabilities at temperature 0.3, 1 and 1.8: at 0.3 one bar dominates, at 1 the bars are as the model gave them, at 1.8 they are nearly even.'
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
			seed: 99,
			lookFor:
				'Tokens with low probability show up more often at high temperature; at 0 the output is the same on every run.'
		}
	],
	presenter: {
		points: [
			'Temperature divides the logits: below 1 sharpens, above 1 flattens, 0 is greedy.',
			'It never reorders tokens; it changes how often the underdogs win the draw.',
			'Pick low for facts and code, higher for ideas.'
		],
		pointAt: 'The probability under each generated token, at 0.2 and then at 1.5.'
	},
	related: ['top-k-top-p', 'large-language-models', 'prompt-engineering', 'transformers'],
	usedIn: [
		{ area: 'software', how: 'Low temperature for code so suggestions stay consistent.' },
		{ area: 'creative', how: 'Higher temperature for brainstorming names, plots and lyrics.' }
	]
} satisfies Concept;
