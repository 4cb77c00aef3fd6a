import type { Concept } from '../schema';

export default {
	slug: 'generative-ai',
	title: 'Generative AI',
	group: 'Foundations',
	definition:
		'Generative AI is the family of models that produce new content, such as text, images, code or sound, instead of only labelling what they are shown.',
	body: `Most classic machine learning answers questions about existing data: is this email spam, which digit is in this picture, what will sales be next month. A generative model turns the direction around. It learns what the data it was trained on looks like, well enough to make new examples that fit in without being copies.

The way it does this is statistical. During training the model builds an estimate of the [[probability distribution]] of its data: which words tend to follow which, which pixels tend to sit next to which. Generating is then a matter of **sampling** from that estimate, one piece at a time or all at once. Because every draw involves chance, the same request can give a different answer each time, and settings such as [temperature](/concepts/temperature) decide how adventurous those draws are.

Several families of models do this job:

- [Transformers](/concepts/transformers) write text and code one token at a time.
- [Diffusion models](/concepts/diffusion-models) start from noise and clean it up into an image.
- [GANs](/concepts/gans) train a forger against a detective.
- [VAEs](/concepts/vaes) squeeze data into a small [[latent space]] and decode points from it.

The field moved from research labs to everyday tools in a few years, pushed by the transformer architecture in 2017, by much larger training sets and computers, and by chat interfaces that let anyone ask for a draft, a picture or a program in plain language.`,
	terms: ['probability distribution', 'latent space', 'sampling'],
	experiments: [
		{
			kind: 'prompt',
			intro:
				'Ask the current engine to continue a sentence about generative models, and watch it pick one token at a time.',
			prompt: 'A generative model learns',
			temperature: 0.8,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 2024,
			lookFor:
				'Each token is drawn from a distribution: run it again with another seed and the text changes.'
		}
	],
	presenter: {
		points: [
			'Analysis versus creation: classifiers label, generators produce.',
			'Generation is sampling from a learned distribution, so randomness is a feature.',
			'Four families to remember: transformers, diffusion, GANs, VAEs.'
		],
		pointAt:
			'The probability shown under each token: the model never "knows" the next word, it weighs options.'
	},
	related: ['large-language-models', 'diffusion-models', 'gans', 'vaes', 'history'],
	usedIn: [
		{ area: 'content', how: 'Drafting copy, product descriptions and images for campaigns.' },
		{ area: 'software', how: 'Suggesting code and tests from a description.' },
		{ area: 'science', how: 'Proposing molecules and synthetic data where real data is scarce.' }
	]
} satisfies Concept;
