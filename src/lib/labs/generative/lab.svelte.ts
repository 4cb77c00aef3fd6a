// The generative-against-discriminative lab's state: the points (the features lab's data sets),
// a classifier fitted to draw the boundary, a Gaussian mixture fitted by EM to each class, points
// sampled from those mixtures, and the probe: one point of the plane, scored by both sides. The
// fit is synchronous (a few hundred small steps, tens of milliseconds) and seeded, so a presenter
// gets the same pictures as in rehearsal; the component binds and draws.
import { validSeed } from '../SeedField.svelte';
import { classPoints, makePoints, type DataSetName, type Points } from '../features/data';
import { accuracy, Net } from '../features/net';
import { gridPoints, region, REGION_RES } from '../features/views';
import { seededRng } from '../toys/random';
import { fitMixture, logDensity, posterior, sample, type Mixture } from './gmm';

export const componentCounts = [1, 2, 3, 4, 6];
export const SAMPLES = 100;
/** Full-set steps of the classifier (2 hidden layers of 8, tanh). */
const CLASSIFIER_STEPS = 400;
const EM_STEPS = 40;

export interface Fit {
	/** The classifier's P(class 1) over the region grid, and its accuracy on the points. */
	boundary: Float32Array;
	accuracy: number;
	classifier: Net;
	mixtures: [Mixture, Mixture];
	/** Mean log-likelihood per point before each EM step and after the last, per class. */
	traces: [number[], number[]];
	/** Each class's density over the region grid, divided by its largest value. */
	densities: [Float32Array, Float32Array];
	samples: [Float32Array, Float32Array];
	/** The lowest log-likelihood of a training point of each class: below it, a point is unusual. */
	lowest: [number, number];
}

export interface Probe {
	logLikelihood: [number, number];
	generative: number[];
	classifier: [number, number];
	/** Below every training point's log-likelihood under both classes. */
	unusual: boolean;
}

const grid = gridPoints(REGION_RES);

function density(m: Mixture): Float32Array {
	const logs = Array.from({ length: REGION_RES * REGION_RES }, (_, i) =>
		logDensity(m, grid[2 * i]!, grid[2 * i + 1]!)
	);
	const top = Math.max(...logs);
	return Float32Array.from(logs, (l) => Math.exp(l - top));
}

/** Fits both sides to the points; pure apart from its arithmetic, the same for the same seed. */
export function fitBoth(points: Points, k: number, seed: number): Fit {
	const classifier = new Net({ hidden: [8, 8], activation: 'tanh' }, seed);
	for (let s = 0; s < CLASSIFIER_STEPS; s++) classifier.step(points.xy, points.label);
	const rng = seededRng(seed * 31 + 7);
	const fits = ([0, 1] as const).map((c) => {
		const xy = classPoints(points, c);
		const { mixture, trace } = fitMixture(xy, k, rng, EM_STEPS);
		let lowest = Infinity;
		for (let i = 0; i < xy.length / 2; i++)
			lowest = Math.min(lowest, logDensity(mixture, xy[2 * i]!, xy[2 * i + 1]!));
		return { mixture, trace, lowest, samples: sample(mixture, SAMPLES, rng) };
	});
	const [a, b] = fits as [(typeof fits)[0], (typeof fits)[0]];
	return {
		boundary: region(classifier),
		accuracy: accuracy(classifier, points.xy, points.label),
		classifier,
		mixtures: [a.mixture, b.mixture],
		traces: [a.trace, b.trace],
		densities: [density(a.mixture), density(b.mixture)],
		samples: [a.samples, b.samples],
		lowest: [a.lowest, b.lowest]
	};
}

/** Both sides' answers for one point of the plane. */
export function probe(fit: Fit, x: number, y: number): Probe {
	const ll: [number, number] = [
		logDensity(fit.mixtures[0], x, y),
		logDensity(fit.mixtures[1], x, y)
	];
	const one = fit.classifier.predict([x, y])[0]!;
	return {
		logLikelihood: ll,
		generative: posterior(ll, [0.5, 0.5]),
		classifier: [1 - one, one],
		unusual: ll[0] < fit.lowest[0] && ll[1] < fit.lowest[1]
	};
}

export class GenerativeLab {
	data = $state<DataSetName>('moons');
	components = $state(3);
	seed = $state(1);
	points = $state.raw<Points>(makePoints('moons', 1));
	fit = $state.raw<Fit | null>(null);
	/** The point being scored, in the data plane. */
	x = $state(0);
	y = $state(0);
	scored = $derived(this.fit ? probe(this.fit, this.x, this.y) : null);

	constructor(init: { data: DataSetName; components: number; seed: number }) {
		this.data = init.data;
		this.components = init.components;
		this.seed = init.seed;
		this.points = makePoints(init.data, init.seed);
	}

	/** Fits both models to the current points. */
	run() {
		this.fit = fitBoth(this.points, this.components, this.seed);
	}

	/** New points or settings: the old fit no longer belongs to them. */
	change(next: { data?: DataSetName; components?: number; seed?: number }) {
		if (next.seed !== undefined && !validSeed(next.seed)) return;
		if (next.components !== undefined && !componentCounts.includes(next.components)) return;
		this.data = next.data ?? this.data;
		this.components = next.components ?? this.components;
		this.seed = next.seed ?? this.seed;
		this.points = makePoints(this.data, this.seed);
		this.fit = null;
	}

	reset() {
		this.fit = null;
	}

	/** Moves the probe, kept inside the shown plane. */
	moveTo(x: number, y: number) {
		const clamp = (v: number) => Math.round(Math.min(1.5, Math.max(-1.5, v)) * 100) / 100;
		this.x = clamp(x);
		this.y = clamp(y);
	}
}
