import type { Concept } from '../schema';

export default {
	slug: 'deep-learning',
	title: 'Deep learning',
	group: 'Foundations',
	definition:
		'Deep learning trains neural networks with many stacked layers on examples, so that they learn their own features instead of relying on hand-written rules.',
	body: `A [[neural network]] is a long chain of simple arithmetic: multiply the inputs by weights, add them up, pass the result through a small non-linear function, and feed that to the next [[layer]]. Strictly speaking, one hidden layer is already enough for a great deal: the universal approximation theorem says that a single hidden layer with enough units can approximate any continuous function on a bounded, closed region of inputs (a compact domain) as closely as you like. Cybenko proved it for sigmoid units in 1989; Leshno and colleagues showed in 1993 that any activation function works as long as it is not a polynomial. The catch is "enough units", which can mean an impractical number. Stacking layers lets a network build complicated functions out of reusable intermediate pieces, often with far fewer units in total, and that depth is what "deep" refers to.

The weights are not written by hand. Training shows the network an example, measures how wrong its output is with a [[loss function]], and then nudges every weight slightly in the direction that would have made the error smaller. The nudges are computed by [[backpropagation]], which applies the chain rule of calculus backwards through the layers. Repeat this over millions of examples and the weights settle into values that work.

The striking result is that the early layers end up detecting simple patterns, such as edges in images or common letter pairs in text, and later layers combine them into larger ideas. Nobody tells the network which features matter; it discovers them because they help reduce the loss.

Where do the examples come from? The first big successes needed labelled data, photos tagged by people with what they show. Today's generative models mostly rely on [[self-supervised learning]] instead: the answer to be predicted is cut out of the data itself, such as the next word of a sentence or a masked patch of an image, so any quantity of raw text or pictures becomes training material without anyone labelling it.

Deep learning took off around 2012, when graphics cards made the arithmetic fast enough and large labelled datasets such as ImageNet became available. [Transformers](/concepts/transformers), [GANs](/concepts/gans) and [diffusion models](/concepts/diffusion-models) are all deep networks trained this way, and so are the models this app can download; they differ in what they are asked to predict. The app's built-in engine is the exception: a trigram model that only counts words, with no layers and no gradients.`,
	terms: [
		'neural network',
		'layer',
		'loss function',
		'backpropagation',
		'self-supervised learning'
	],
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
			lookFor: {
				builtin:
					'The built-in model has no layers at all, only word counts, yet it mimics the style for a few words: choose a downloaded model in the Engine menu to compare with a deep network.',
				model:
					'This answer comes from a deep network, a stack of transformer layers; switch to the built-in engine, which only counts words, to hear the difference.'
			}
		},
		{
			kind: 'features',
			intro:
				'Train a small network in the page to tell two classes of points apart, and watch what each of its hidden neurons comes to respond to.',
			data: 'spiral',
			layers: 3,
			width: 16,
			activation: 'tanh',
			seed: 1,
			lookFor:
				'The first layer’s maps are split by straight lines; deeper layers combine them into curved pieces that follow the spiral’s arms. Set one hidden layer of two neurons and the spiral stays unsolved however long it trains.'
		}
	],
	presenter: {
		points: [
			'A network is arithmetic in layers; one wide layer could in principle do it, depth does it far more efficiently.',
			'Training is repeated small corrections computed by backpropagation.',
			'Features are learned, not designed.',
			'Self-supervised pretraining: the data supplies its own answers, no labels needed.'
		],
		pointAt: {
			builtin:
				'The engine label: the built-in model is not deep learning at all, which makes it a useful contrast with a downloaded model.',
			model:
				'The engine label: a deep network is answering now; the built-in engine, a word counter, is the contrast to show next.'
		}
	},
	related: ['generative-ai', 'transformers', 'scaling-laws', 'history'],
	usedIn: [
		{ area: 'science', how: 'Protein structure prediction and materials discovery.' },
		{ area: 'creative', how: 'Image, music and video generation.' }
	],
	sources: [
		{
			title: 'Deep learning',
			authors: 'Yann LeCun, Yoshua Bengio, Geoffrey Hinton',
			year: 2015,
			url: 'https://doi.org/10.1038/nature14539',
			kind: 'paper'
		},
		{
			title: 'Learning representations by back-propagating errors',
			authors: 'David E. Rumelhart, Geoffrey E. Hinton, Ronald J. Williams',
			year: 1986,
			url: 'https://doi.org/10.1038/323533a0',
			kind: 'paper'
		},
		{
			title: 'Approximation by superpositions of a sigmoidal function',
			authors: 'George Cybenko',
			year: 1989,
			url: 'https://doi.org/10.1007/BF02551274',
			kind: 'paper'
		},
		{
			title:
				'Multilayer feedforward networks with a nonpolynomial activation function can approximate any function',
			authors: 'Moshe Leshno, Vladimir Ya. Lin, Allan Pinkus, Shimon Schocken',
			year: 1993,
			url: 'https://doi.org/10.1016/S0893-6080(05)80131-5',
			kind: 'paper'
		},
		{
			title: 'The Power of Depth for Feedforward Neural Networks',
			authors: 'Ronen Eldan, Ohad Shamir',
			year: 2016,
			url: 'https://arxiv.org/abs/1512.03965',
			kind: 'paper'
		},
		{
			title: 'ImageNet Classification with Deep Convolutional Neural Networks',
			authors: 'Alex Krizhevsky, Ilya Sutskever, Geoffrey E. Hinton',
			year: 2012,
			url: 'https://proceedings.neurips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html',
			kind: 'paper'
		}
	]
} satisfies Concept;
