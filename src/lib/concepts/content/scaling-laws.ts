import type { Concept } from '../schema';
import { testTimeCompute } from '../sourcesShared';

export default {
	slug: 'scaling-laws',
	title: 'Scaling laws',
	group: 'Foundations',
	definition:
		'Scaling laws are the measured, regular relationships between a model’s size, its training data and compute, and how low its prediction error gets.',
	body: `In 2020 researchers at OpenAI (Kaplan and colleagues) trained many language models of different sizes and plotted their test loss against the number of parameters, the amount of training data and the compute spent. On log-log axes the points fell on nearly straight lines. That regularity is a [[power law]]: multiply the model size by ten and the loss drops by a predictable fraction, over many orders of magnitude.

This mattered because it turned a gamble into a plan. If a small model's curve is known, the performance of a model a hundred times bigger can be forecast before paying for it. Companies used these curves to decide how large their next model should be.

In 2022 the "Chinchilla" study from DeepMind refined the picture: for a fixed [[compute budget]], many large models had been trained on too little data. The paper's own conclusion is that parameters and training tokens should grow in equal proportion; its 70-billion-parameter Chinchilla saw 1.4 trillion tokens and beat the much larger Gopher. The popular rule of thumb of roughly twenty tokens per parameter was read off those results by others, not stated in the paper as a law. Either way, a smaller model trained on more text could beat a bigger one trained on less.

Compute-optimal is not the same as best for a product, though. The Chinchilla rule minimises the cost of training alone, while a model that will answer millions of requests is cheaper to run when it is small. Developers therefore train small models far beyond the rule: Meta's Llama 3 model with 8 billion parameters (2024) saw about 15 trillion tokens, close to 2,000 per parameter, and was still improving.

A second axis has opened since: [[test-time compute]]. Instead of a bigger network, spend more computation on each question, by letting the model write a long chain of reasoning before it answers or by sampling several answers and keeping the best. Studies from 2024 found that on some tasks extra thinking at answer time is worth more than extra parameters (see [chain-of-thought](/concepts/chain-of-thought) and [reasoning models](/concepts/reasoning-models)).

A few cautions belong with the curves:

- They predict loss, the average surprise on the next token, not any particular skill. Some abilities seem to switch on suddenly as models grow, but much of that suddenness comes from all-or-nothing scoring; measured with a smoother metric, the same abilities often improve gradually (Schaeffer and colleagues, 2023).
- Good new data is finite, so data rather than chips may become the limit.
- Serving cost grows with size too, which is why small models that fit on a laptop, like the ones in this app, stay attractive.`,
	terms: ['power law', 'compute budget', 'test-time compute'],
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
			lookFor: {
				builtin:
					'The built-in model learned from about ten thousand words of these pages, hundreds of millions of times less text than a modern neural model: watch it drift within a sentence.',
				model:
					'This small model was pretrained on trillions of tokens, far beyond the Chinchilla ratio for its size, which is why it writes fluently with few parameters.'
			}
		},
		{
			kind: 'scaling-law',
			intro:
				'Train a trigram model five times in this tab, on 1% up to all of its training text, and watch its error on unseen paragraphs fall with the amount of data.',
			fractions: [0.01, 0.03, 0.1, 0.3, 1],
			seed: 7,
			lookFor:
				'Points close to a straight line on log–log axes: a power law with a negative exponent, measured here rather than quoted. The built-in model counts about ten thousand tokens; a downloaded neural model was trained on trillions, many powers of ten further to the right.'
		}
	],
	presenter: {
		points: [
			'Straight lines on log-log plots: loss falls predictably with scale.',
			'Chinchilla: grow parameters and data together; “about 20 tokens per parameter” is a rule others drew from its results.',
			'Products overtrain small models, because serving costs more than training.',
			'Test-time compute: spending more per answer is a second way to scale.',
			'Loss is not the same as capability, and “sudden” abilities are partly a measuring effect.',
			'Live: five trainings in the tab, one measured power law with its exponent.'
		],
		pointAt: {
			builtin:
				'The built-in engine’s training text: the words of these pages, compared with the trillions of tokens behind a downloaded model.',
			model:
				'The model’s size in the Engine menu: 135 million to a few billion parameters, trained on trillions of tokens, small model and much data.'
		}
	},
	related: ['large-language-models', 'foundation-models', 'deep-learning', 'future-directions'],
	usedIn: [
		{ area: 'operations', how: 'Budgeting compute and choosing a model size for a product.' }
	],
	sources: [
		{
			title: 'Scaling Laws for Neural Language Models',
			authors: 'Jared Kaplan, Sam McCandlish, Tom Henighan et al.',
			year: 2020,
			url: 'https://arxiv.org/abs/2001.08361',
			kind: 'paper'
		},
		{
			title: 'Training Compute-Optimal Large Language Models',
			authors: 'Jordan Hoffmann, Sebastian Borgeaud, Arthur Mensch et al.',
			year: 2022,
			url: 'https://arxiv.org/abs/2203.15556',
			kind: 'paper'
		},
		{
			title: 'The Llama 3 Herd of Models',
			authors: 'Llama Team, AI @ Meta',
			year: 2024,
			url: 'https://arxiv.org/abs/2407.21783',
			kind: 'paper'
		},
		testTimeCompute,
		{
			title: 'Are Emergent Abilities of Large Language Models a Mirage?',
			authors: 'Rylan Schaeffer, Brando Miranda, Sanmi Koyejo',
			year: 2023,
			url: 'https://arxiv.org/abs/2304.15004',
			kind: 'paper'
		}
	]
} satisfies Concept;
