// The features lab's state: the settings (data set, depth, width, activation, seed), the network
// built from them, the training loop and the latest views. Any setting starts again from step 0
// with weights from the seed, so a presenter's run repeats; the component binds and draws.
import { validSeed } from '../SeedField.svelte';
import { makePoints, type DataSetName, type Points } from './data';
import { PlainLoop } from './loop.svelte';
import { accuracy, Net, type Activation } from './net';
import { neuronMaps, region, shareOfOne } from './views';

export const widths = [2, 4, 8, 16];
export const MAX_LAYERS = 4;

export interface FeatureSettings {
	data: DataSetName;
	layers: number;
	width: number;
	activation: Activation;
}

export interface FeatureView {
	atStep: number;
	/** Share of the training points right, 0–1. */
	accuracy: number;
	/** P(class 1) over the region grid. */
	region: Float32Array;
	/** Per hidden layer, per neuron, its map (views.ts). */
	maps: Float32Array[][];
}

/** How many weights and biases a network of this shape has (2 inputs, 1 output). */
export function weightCount(s: Pick<FeatureSettings, 'layers' | 'width'>): number {
	const sizes = [2, ...Array<number>(s.layers).fill(s.width), 1];
	let n = 0;
	for (let i = 1; i < sizes.length; i++) n += (sizes[i - 1]! + 1) * sizes[i]!;
	return n;
}

export class FeaturesLab {
	settings = $state.raw<FeatureSettings>({
		data: 'spiral',
		layers: 3,
		width: 16,
		activation: 'tanh'
	});
	seed = $state(1);
	points = $state.raw<Points>(makePoints('spiral', 1));
	view = $state.raw<FeatureView | null>(null);
	readonly loop: PlainLoop;
	private net: Net;

	constructor(settings: FeatureSettings, seed: number) {
		this.loop = new PlainLoop({
			lossNames: ['cross-entropy'],
			train: () => [this.net.step(this.points.xy, this.points.label)],
			view: () => this.look()
		});
		this.net = new Net({ hidden: [], activation: 'tanh' }, seed);
		this.change(settings);
		this.setSeed(seed);
	}

	/** New settings: fresh data and weights from the seed, step 0. */
	change(next: Partial<FeatureSettings>) {
		const s = { ...this.settings, ...next };
		if (!widths.includes(s.width) || s.layers < 0 || s.layers > MAX_LAYERS) return;
		this.settings = s;
		this.restart();
	}

	setSeed(seed: number) {
		if (!validSeed(seed)) return;
		this.seed = seed;
		this.restart();
	}

	restart() {
		this.loop.reset();
		const s = this.settings;
		this.points = makePoints(s.data, this.seed);
		this.net = new Net(
			{ hidden: Array<number>(s.layers).fill(s.width), activation: s.activation },
			this.seed
		);
		this.look();
	}

	private look() {
		this.view = {
			atStep: this.loop.step,
			accuracy: accuracy(this.net, this.points.xy, this.points.label),
			region: region(this.net),
			maps: neuronMaps(this.net)
		};
	}

	/** The share of the plane given to class 1 in the latest view, in whole percent. */
	oneShare = $derived(this.view ? Math.round(shareOfOne(this.view.region) * 100) : 0);
}
