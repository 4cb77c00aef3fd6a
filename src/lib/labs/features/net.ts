// The features lab's network in plain JavaScript: 2 inputs, 0–4 hidden layers of one width, one
// sigmoid output for "class 1", trained on the whole set each step (200 points) with Adam on the
// cross-entropy. Why not TensorFlow.js like the other toys: at this size a step is a few thousand
// multiply-adds, and the library's cost is in calling its kernels, not in the arithmetic. Measured
// in Vitest on a shared 2-core machine (3 layers of 16, tanh, 200 points, same run, twice): 5.2–6.7
// ms a step here against 17–18 ms on TF.js's CPU backend, whose every op allocates a tensor; on
// WebGPU each frame would also wait for a read-back. The hidden-neuron heat maps need every neuron
// on a grid a few times a second, cheap here too. And it keeps TF.js (about 300 KB) off the
// deep-learning page and makes a seeded run the same on every device.
import { seededRng } from '../toys/random';

export const activations = ['tanh', 'relu', 'sigmoid'] as const;
export type Activation = (typeof activations)[number];

export interface NetShape {
	/** Neurons per hidden layer; empty is logistic regression (a straight boundary). */
	hidden: number[];
	activation: Activation;
	/** Adam's step size. */
	rate?: number;
}

const act: Record<Activation, (z: number) => number> = {
	tanh: Math.tanh,
	relu: (z) => (z > 0 ? z : 0),
	sigmoid: (z) => 1 / (1 + Math.exp(-z))
};
/** The derivative, written in terms of the activation's output a. */
const slope: Record<Activation, (a: number) => number> = {
	tanh: (a) => 1 - a * a,
	relu: (a) => (a > 0 ? 1 : 0),
	sigmoid: (a) => a * (1 - a)
};

const sigmoid = act.sigmoid;

export class Net {
	readonly sizes: number[];
	readonly activation: Activation;
	/** Per layer: weights [fanIn × fanOut] row by input, then biases. */
	private w: Float64Array[] = [];
	private b: Float64Array[] = [];
	private m: Float64Array[] = [];
	private v: Float64Array[] = [];
	private t = 0;
	private rate: number;

	constructor(shape: NetShape, seed: number) {
		this.sizes = [2, ...shape.hidden, 1];
		this.activation = shape.activation;
		this.rate = shape.rate ?? 0.03;
		const rng = seededRng(seed);
		for (let l = 1; l < this.sizes.length; l++) {
			const fanIn = this.sizes[l - 1]!;
			const fanOut = this.sizes[l]!;
			const scale = Math.sqrt((shape.activation === 'relu' ? 2 : 1) / fanIn);
			const w = new Float64Array(fanIn * fanOut);
			for (let i = 0; i < w.length; i++) w[i] = rng.normal() * scale;
			this.w.push(w);
			this.b.push(new Float64Array(fanOut));
		}
		// Adam's moments, one pair per parameter array (weights then biases of each layer).
		for (const p of [...this.w, ...this.b]) {
			this.m.push(new Float64Array(p.length));
			this.v.push(new Float64Array(p.length));
		}
	}

	/** Every layer's outputs for n points: [input, hidden…, output], each n × size. */
	forward(xy: ArrayLike<number>): Float64Array[] {
		const n = xy.length / 2;
		const outs: Float64Array[] = [Float64Array.from(xy)];
		const last = this.w.length - 1;
		for (let l = 0; l <= last; l++) {
			const fanIn = this.sizes[l]!;
			const fanOut = this.sizes[l + 1]!;
			const x = outs[l]!;
			const y = new Float64Array(n * fanOut);
			const w = this.w[l]!;
			const b = this.b[l]!;
			const f = l === last ? sigmoid : act[this.activation];
			for (let k = 0; k < n; k++)
				for (let j = 0; j < fanOut; j++) {
					let z = b[j]!;
					for (let i = 0; i < fanIn; i++) z += x[k * fanIn + i]! * w[i * fanOut + j]!;
					y[k * fanOut + j] = f(z);
				}
			outs.push(y);
		}
		return outs;
	}

	/** P(class 1) at each point. */
	predict(xy: ArrayLike<number>): Float64Array {
		return this.forward(xy).at(-1)!;
	}

	/** One Adam step on the whole set; returns the mean cross-entropy before the step (nats). */
	step(xy: ArrayLike<number>, label: ArrayLike<number>): number {
		const n = label.length;
		const outs = this.forward(xy);
		const p = outs.at(-1)!;
		let loss = 0;
		// The error at the output's input: for a sigmoid with cross-entropy it is simply p − y.
		let delta = new Float64Array(n);
		for (let k = 0; k < n; k++) {
			const pk = Math.min(1 - 1e-7, Math.max(1e-7, p[k]!));
			loss -= label[k] ? Math.log(pk) : Math.log(1 - pk);
			delta[k] = (p[k]! - label[k]!) / n;
		}
		const gw = this.w.map((w) => new Float64Array(w.length));
		const gb = this.b.map((b) => new Float64Array(b.length));
		for (let l = this.w.length - 1; l >= 0; l--) {
			const fanIn = this.sizes[l]!;
			const fanOut = this.sizes[l + 1]!;
			const x = outs[l]!;
			const w = this.w[l]!;
			const gwl = gw[l]!;
			const gbl = gb[l]!;
			const back = new Float64Array(n * fanIn);
			for (let k = 0; k < n; k++)
				for (let j = 0; j < fanOut; j++) {
					const d = delta[k * fanOut + j]!;
					if (d === 0) continue;
					gbl[j]! += d;
					for (let i = 0; i < fanIn; i++) {
						gwl[i * fanOut + j]! += x[k * fanIn + i]! * d;
						back[k * fanIn + i]! += w[i * fanOut + j]! * d;
					}
				}
			if (l > 0) {
				const s = slope[this.activation];
				for (let q = 0; q < back.length; q++) back[q]! *= s(x[q]!);
			}
			delta = back;
		}
		this.adam([...gw, ...gb]);
		return loss / n;
	}

	private adam(grads: Float64Array[]) {
		const b1 = 0.9;
		const b2 = 0.999;
		this.t++;
		const c1 = 1 - b1 ** this.t;
		const c2 = 1 - b2 ** this.t;
		[...this.w, ...this.b].forEach((p, a) => {
			const g = grads[a]!;
			const m = this.m[a]!;
			const v = this.v[a]!;
			for (let i = 0; i < p.length; i++) {
				m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
				v[i] = b2 * v[i]! + (1 - b2) * g[i]! * g[i]!;
				p[i]! -= (this.rate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + 1e-8);
			}
		});
	}
}

/** The share of points whose predicted class (p ≥ 0.5) is their label. */
export function accuracy(net: Net, xy: ArrayLike<number>, label: ArrayLike<number>): number {
	const p = net.predict(xy);
	let right = 0;
	for (let k = 0; k < label.length; k++) if (p[k]! >= 0.5 === (label[k] === 1)) right++;
	return right / label.length;
}
