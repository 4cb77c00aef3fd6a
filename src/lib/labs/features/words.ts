// The features lab's own words, kept as data rather than in its markup so the own-words spec
// (labs/ownWords.spec.ts) checks them and the presenter can reach them.
import type { DataSetName } from './data';
import type { Activation } from './net';
import type { Where } from './views';

export const featuresWords = {
	heading: 'A network that learns its own features',
	engineLine:
		', not used here. This lab trains its own small network in the page, whichever engine is chosen at the top; nothing is downloaded.',
	dataNames: {
		circle: 'Circle (a ring around a disc)',
		xor: 'XOR (opposite corners)',
		spiral: 'Spiral (two arms)',
		moons: 'Two moons'
	} satisfies Record<DataSetName, string>,
	activationNames: {
		tanh: 'tanh (−1 to 1)',
		relu: 'ReLU (0 or more)',
		sigmoid: 'sigmoid (0 to 1)'
	} satisfies Record<Activation, string>,
	run: 'Train',
	counted: (steps: number) => `Train ${steps} steps`,
	status: (step: string, loss: string, acc: string, rate: string) =>
		`Step ${step} · cross-entropy ${loss} · ${acc} of the points right${rate}`,
	waiting: ' · waiting (off screen)',
	chart: 'Cross-entropy on the 200 points (nats)',
	shape: (layers: number, width: number, activation: string, weights: number) =>
		layers === 0
			? `No hidden layer: the output sees only the two coordinates, so its boundary is a straight line (${weights} weights).`
			: `${layers} hidden layer${layers > 1 ? 's' : ''} of ${width} ${activation} neurons, ${weights} weights in all.`,
	region: (step: string, right: number, one: number) =>
		`Decision region after ${step} steps: the shading shows where the network answers crosses (class 1) and where dots (class 0), paler where it is unsure; it answers crosses on ${one}% of the plane and gets ${right}% of the 200 training points right.`,
	untrained: (one: number) =>
		`Decision region before training: the random starting weights answer crosses on ${one}% of the plane. Press Train to watch it change.`,
	neurons: (layer: number, activation: string, places: Where[]) =>
		`Hidden layer ${layer}, ${places.length} ${activation} neurons, each a small map of its output over the same plane (darker: stronger; a second colour marks negative output). Strongest per neuron: ${places.map((p, i) => `${i + 1} ${p}`).join(', ')}.`,
	noNeurons:
		'No hidden layer, so no features to show: add a layer to see what each neuron responds to.',
	legend: 'Dots are class 0, crosses class 1.',
	presenter: [
		'Each neuron of the first layer can only cut the plane along one line; the layers after it combine those cuts into curves and closed shapes.',
		'Spiral with one layer of two neurons: stuck near a coin toss. Three layers of sixteen: every point right within a few hundred steps.',
		'Nobody told the neurons what to look for: their maps are features the training found.',
		'The dots and crosses are the same points the generative-AI page fits with a model of each class.'
	]
};
