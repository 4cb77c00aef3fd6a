import type { Concept } from '../schema';

export default {
	slug: 'top-k-top-p',
	title: 'Top-k and top-p sampling',
	group: 'Techniques',
	definition:
		'Top-k and top-p (nucleus) sampling cut the long tail of unlikely next tokens before the random draw, so that sampling stays varied without picking nonsense.',
	body: `A vocabulary has tens of thousands of tokens, and after any context most of them are absurd. Each one has only a tiny probability, but together the tail can hold a noticeable share, and sampling from the full distribution will eventually pick something bizarre. Both methods here remove that tail and then renormalise what is left so it again sums to one.

[[Top-k]] is the simple rule: keep the k most likely tokens and drop the rest. With k = 1 it is greedy decoding; with k = 40, a common default, the model chooses among forty candidates. Its weakness is that k is fixed. When the model is confident, forty candidates include many bad ones; when it is genuinely unsure, forty may be too few.

[[Top-p]], also called [[nucleus sampling]] (Holtzman and colleagues, 2019), adapts to the situation. Sort the tokens by probability and keep adding them until their probabilities add up to at least p, for example 0.9. That smallest set is the nucleus. After "The capital of France is" the nucleus may be a single token; after "My favourite food is" it may be hundreds.

Order matters. The usual pipeline applies [temperature](/concepts/temperature) first, then top-k, then top-p, and finally draws a random number to choose among the survivors. Many systems use top-p alone with a moderate temperature. Setting k = 0 or p = 1 switches a filter off.`,
	terms: ['top-k', 'top-p', 'nucleus sampling'],
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
			lookFor: 'With top-p 0.7 the rare words disappear; with k = 0 and p = 1 they come back.'
		}
	],
	presenter: {
		points: [
			'The long tail is individually tiny but collectively dangerous.',
			'Top-k fixes the count; top-p fixes the probability mass.',
			'Pipeline: temperature, top-k, top-p, then the draw.'
		],
		pointAt: 'The alternatives the model considered at a surprising token.'
	},
	related: ['temperature', 'large-language-models', 'transformers', 'prompt-engineering'],
	usedIn: [
		{ area: 'creative', how: 'Keeping story generation varied but on topic.' },
		{ area: 'content', how: 'Producing several distinct drafts of the same copy.' }
	]
} satisfies Concept;
