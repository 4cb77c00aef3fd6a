import type { Concept } from '../schema';

export default {
	slug: 'generative-ai',
	title: 'Generative AI',
	group: 'Foundations',
	definition:
		'Generative AI is the family of models that produce new content, such as text, images, code or sound, instead of only labelling what they are shown.',
	body: `Most classic machine learning answers questions about existing data: is this email spam, which digit is in this picture, what will sales be next month. A generative model turns the direction around. It learns what the data it was trained on looks like, well enough to make new examples that fit in without being copies.

The way it does this is statistical. During training the model builds an estimate of the [[probability distribution]] of its data: which words tend to follow which, which pixels tend to sit next to which. Generating is then a matter of **sampling** from that estimate, one piece at a time or all at once. Because every draw involves chance, the same request can give a different answer each time, and settings such as [temperature](/concepts/temperature) decide how adventurous those draws are.

In practice the distribution is almost always [[conditional]]. The model is not asked for just any text or picture but for one that fits what it was given, which statisticians write as p(x | prompt): the prompt is the condition, x is the output. A caption steers an image model, the conversation so far steers a chat assistant, and a different condition means a different distribution to draw from.

One caution follows straight from this design. The model learns what is *likely* in its training data, not what is *true* in the world. A fluent, plausible answer is exactly what it is built to produce, whether or not the facts in it hold, so anything that matters has to be checked against a real source.

Several families of models do this job:

- [Transformers](/concepts/transformers) write text and code one token at a time.
- [Diffusion models](/concepts/diffusion-models) start from noise and clean it up into an image.
- [GANs](/concepts/gans) train a forger against a detective.
- [VAEs](/concepts/vaes) squeeze data into a small [[latent space]] and decode points from it.

The field moved from research labs to everyday tools in a few years, pushed by the transformer architecture in 2017, by much larger training sets and computers, and by chat interfaces that let anyone ask for a draft, a picture or a program in plain language.`,
	terms: ['probability distribution', 'latent space', 'sampling', 'conditional'],
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
			seed: 3,
			lookFor:
				'Each token is drawn from a distribution: run it again with another seed and the text changes.'
		},
		{
			kind: 'generative-vs-discriminative',
			intro:
				'Fit the same two classes of points twice: a classifier that learns only the boundary, and a model of where each class’s points lie that can also make new ones.',
			data: 'moons',
			components: 3,
			seed: 1,
			lookFor:
				'The full-colour points on the right were never in the data: the mixtures drew them. Move the ring into an empty corner: the classifier stays sure of a class, while both mixtures call the point unlikely.'
		}
	],
	presenter: {
		points: [
			'Analysis versus creation: classifiers label, generators produce.',
			'Generation is sampling from a learned distribution, conditioned on the prompt.',
			'Likely is not the same as true: plausible output still needs checking.',
			'Four families to remember: transformers, diffusion, GANs, VAEs.'
		],
		pointAt: {
			builtin:
				'The number under each word: the built-in engine never “knows” the next word, it weighs the words that followed the same two words in these pages, by smoothed counts.',
			model:
				'The number under each token: the model never “knows” the next word, it weighs every token of its vocabulary with a softmax over its scores.'
		}
	},
	related: ['large-language-models', 'diffusion-models', 'gans', 'vaes', 'history'],
	usedIn: [
		{ area: 'content', how: 'Drafting copy, product descriptions and images for campaigns.' },
		{ area: 'software', how: 'Suggesting code and tests from a description.' },
		{
			area: 'science',
			how: 'Proposing molecules, and inventing training records when real ones are few or confidential.'
		}
	],
	sources: [
		{
			title: 'Deep Learning (chapter 20: Deep Generative Models)',
			authors: 'Ian Goodfellow, Yoshua Bengio, Aaron Courville',
			year: 2016,
			url: 'https://www.deeplearningbook.org/',
			kind: 'book'
		},
		{
			title:
				'Deep Generative Modelling: A Comparative Review of VAEs, GANs, Normalizing Flows, Energy-Based and Autoregressive Models',
			authors: 'Sam Bond-Taylor, Adam Leach, Yang Long, Chris G. Willcocks',
			year: 2021,
			url: 'https://arxiv.org/abs/2103.04922',
			kind: 'paper'
		},
		{
			title: 'Why Language Models Hallucinate',
			authors: 'Adam Tauman Kalai, Ofir Nachum, Santosh S. Vempala, Edwin Zhang',
			year: 2025,
			url: 'https://arxiv.org/abs/2509.04664',
			kind: 'paper'
		}
	]
} satisfies Concept;
