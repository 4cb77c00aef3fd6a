import type { Concept } from '../schema';

export default {
	slug: 'deep-learning',
	title: 'Deep learning',
	group: 'Foundations',
	definition:
		'Deep learning trains neural networks with many stacked layers on examples, so that they learn their own features instead of relying on hand-written rules.',
	body: `A [[neural network]] is a long chain of simple arithmetic: multiply the inputs by weights, add them up, pass the result through a small non-linear function, and feed that to the next [[layer]]. One layer can only draw simple boundaries. Stack dozens of them and the network can represent very complicated functions, which is what "deep" refers to.

The weights are not written by hand. Training shows the network an example, measures how wrong its output is with a [[loss function]], and then nudges every weight slightly in the direction that would have made the error smaller. The nudges are computed by [[backpropagation]], which applies the chain rule of calculus backwards through the layers. Repeat this over millions of examples and the weights settle into values that work.

The striking result is that the early layers end up detecting simple patterns, such as edges in images or common letter pairs in text, and later layers combine them into larger ideas. Nobody tells the network which features matter; it discovers them because they help reduce the loss.

Deep learning took off around 2012, when graphics cards made the arithmetic fast enough and large labelled datasets became available. Every generative model in this app, from [transformers](/concepts/transformers) to [GANs](/concepts/gans) and [diffusion models](/concepts/diffusion-models), is a deep network trained this way; they differ in what they are asked to predict.`,
	terms: ['neural network', 'layer', 'loss function', 'backpropagation'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Ask the engine to continue a sentence about how networks learn.',
			prompt: 'Training shows the network',
			temperature: 0.7,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 12,
			lookFor:
				'Even the built-in model, which has no layers at all, can mimic the style: compare it with a neural model on the Models page.'
		}
	],
	presenter: {
		points: [
			'A network is arithmetic in layers; depth lets it build complex functions from simple pieces.',
			'Training is repeated small corrections computed by backpropagation.',
			'Features are learned, not designed.'
		],
		pointAt:
			'The engine label: the built-in model is not deep learning, which makes a useful contrast.'
	},
	related: ['generative-ai', 'transformers', 'scaling-laws', 'history'],
	usedIn: [
		{ area: 'science', how: 'Protein structure prediction and materials discovery.' },
		{ area: 'creative', how: 'Image, music and video generation.' }
	]
} satisfies Concept;
