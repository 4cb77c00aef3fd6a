import type { Concept } from '../schema';

export default {
	slug: 'scaling-laws',
	title: 'Scaling laws',
	group: 'Foundations',
	definition:
		'Scaling laws are the measured, regular relationships between a model’s size, its training data and compute, and how low its prediction error gets.',
	body: `In 2020 researchers at OpenAI trained many language models of different sizes and plotted their test loss against the number of parameters, the amount of training data and the compute spent. On log-log axes the points fell on nearly straight lines. That regularity is a [[power law]]: multiply the model size by ten and the loss drops by a predictable fraction, over many orders of magnitude.

This mattered because it turned a gamble into a plan. If a small model's curve is known, the performance of a model a hundred times bigger can be forecast before paying for it. Companies used these curves to decide how large their next model should be.

In 2022 the "Chinchilla" study from DeepMind refined the picture: for a fixed [[compute budget]], many large models had been trained on too little data. Their rule of thumb was roughly twenty training tokens per parameter, so a smaller model trained on more text could beat a bigger one trained on less.

A few cautions belong with the curves:

- They predict loss, the average surprise on the next token, not any particular skill; some abilities appear quite suddenly as models grow.
- Good new data is finite, so data rather than chips may become the limit.
- Serving cost grows with size too, which is why small models that fit on a laptop, like the ones in this app, stay attractive.`,
	terms: ['power law', 'compute budget'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about what the curves predict.',
			prompt: 'They predict loss, the',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 41,
			lookFor:
				'The built-in model was trained on a few thousand words: its loss is far above any neural model on these curves.'
		}
	],
	presenter: {
		points: [
			'Straight lines on log-log plots: loss falls predictably with scale.',
			'Chinchilla: balance parameters and data, about 20 tokens per parameter.',
			'Loss is not the same as capability.'
		],
		pointAt:
			'The training size shown for the built-in engine, and compare it with billions of tokens.'
	},
	related: ['large-language-models', 'foundation-models', 'deep-learning', 'future-directions'],
	usedIn: [
		{ area: 'operations', how: 'Budgeting compute and choosing a model size for a product.' }
	]
} satisfies Concept;
