// The denoiser: an MLP that looks at a noisy point, the timestep and (optionally) a class, and
// predicts the noise that was added (the usual ε-prediction objective, mean squared error).
// Batches are assembled in JavaScript from the seeded generator (noising 256 points costs
// microseconds) and uploaded as one tensor per step, so a step is one forward and one backward
// pass on the backend and nothing else. Classifier-free guidance: during training the class is
// hidden ("no class") on 20% of the examples, so one net learns both the conditional and the
// unconditional prediction, and sampling mixes the two.
import { createMlp, type Mlp } from '../mlp';
import { normals, seededRng } from '../random';
import { tf, type Optimizer, type Tensor } from '../tensor';
import { SeededModel, type SeededOptions } from '../seededModel';
import { linearSchedule, samplerTimesteps, T, timeFeatures, type NoiseSchedule } from './noise';

/** Class index meaning "no class": what guidance compares the conditional prediction with. */
export const NO_CLASS = 2;
const TIME_FEATURES = timeFeatures(0).length;
const INPUTS = 2 + TIME_FEATURES + 3;

export interface DiffusionData {
	/** [x0, y0, x1, y1, …] */
	points: Float32Array;
	/** 0 or 1 per point (all 0 with one class). */
	labels: Uint8Array;
}

export interface DenoiserOptions extends SeededOptions {
	layers?: number;
	learningRate?: number;
	/** Share of training examples whose class is hidden. */
	dropClass?: number;
}

export interface SampleOptions {
	count: number;
	steps: number;
	/** 0 or 1; NO_CLASS samples without a class. */
	cls: number;
	/** 0 = unconditional, 1 = conditional, > 1 = pushed further towards the class. */
	guidance: number;
	seed: number;
}

const timeTable: number[][] = Array.from({ length: T }, (_, t) => timeFeatures(t));

function writeRow(row: Float32Array, o: number, x: number, y: number, t: number, cls: number) {
	row[o] = x;
	row[o + 1] = y;
	const f = timeTable[t]!;
	for (let k = 0; k < TIME_FEATURES; k++) row[o + 2 + k] = f[k]!;
	for (let c = 0; c < 3; c++) row[o + 2 + TIME_FEATURES + c] = c === cls ? 1 : 0;
}

export class Denoiser extends SeededModel<DiffusionData> {
	readonly schedule: NoiseSchedule = linearSchedule();
	readonly net: Mlp;
	private optimizer: Optimizer;
	private dropClass: number;

	constructor(data: DiffusionData, options: DenoiserOptions) {
		super(data, options, { batch: 256, hidden: 128 });
		this.net = createMlp(
			[INPUTS, ...Array<number>(options.layers ?? 3).fill(this.hidden), 2],
			this.rng,
			'relu'
		);
		this.dropClass = options.dropClass ?? 0.2;
		this.optimizer = tf.train.adam(options.learningRate ?? 3e-3);
	}

	trainStep(): Tensor {
		const { points, labels } = this.data;
		const n = labels.length;
		const B = this.batch;
		const input = new Float32Array(B * INPUTS);
		const target = normals(this.rng, B * 2);
		for (let i = 0; i < B; i++) {
			const j = this.rng.int(n);
			const t = this.rng.int(T);
			const a = Math.sqrt(this.schedule.alphaBar[t]!);
			const s = Math.sqrt(1 - this.schedule.alphaBar[t]!);
			const cls = this.rng.next() < this.dropClass ? NO_CLASS : labels[j]!;
			writeRow(
				input,
				i * INPUTS,
				a * points[2 * j]! + s * target[2 * i]!,
				a * points[2 * j + 1]! + s * target[2 * i + 1]!,
				t,
				cls
			);
		}
		return tf.tidy(() => {
			const x = tf.tensor2d(input, [B, INPUTS]);
			const eps = tf.tensor2d(target, [B, 2]);
			const loss = this.optimizer.minimize(
				() => tf.mean(tf.squaredDifference(this.net.apply(x), eps)),
				true,
				this.net.variables
			);
			return tf.reshape(loss!, [1]);
		});
	}

	/** The guided noise prediction for points xs (flat) at timestep t. */
	async predictNoise(xs: Float32Array, t: number, cls: number, guidance: number) {
		const n = xs.length / 2;
		const guided = cls !== NO_CLASS && guidance !== 1;
		const rows = guided ? 2 * n : n;
		const input = new Float32Array(rows * INPUTS);
		for (let i = 0; i < n; i++) {
			writeRow(input, i * INPUTS, xs[2 * i]!, xs[2 * i + 1]!, t, cls);
			if (guided) writeRow(input, (n + i) * INPUTS, xs[2 * i]!, xs[2 * i + 1]!, t, NO_CLASS);
		}
		const out = tf.tidy(() => this.net.apply(tf.tensor2d(input, [rows, INPUTS])));
		const eps = await out.data();
		out.dispose();
		if (!guided) return eps as Float32Array;
		// ε = ε_none + w · (ε_class − ε_none)
		const mixed = new Float32Array(n * 2);
		for (let i = 0; i < n * 2; i++)
			mixed[i] = eps[n * 2 + i]! + guidance * (eps[i]! - eps[n * 2 + i]!);
		return mixed;
	}

	/**
	 * The reverse process (deterministic DDIM), from seeded noise to points. Returns every
	 * intermediate state, noisiest first, so the page can scrub through them. `between` runs
	 * after each step (the page waits for a frame there).
	 */
	async sample(
		o: SampleOptions,
		between?: () => Promise<void>
	): Promise<{ timesteps: number[]; frames: Float32Array[] }> {
		const rng = seededRng(o.seed);
		let x = normals(rng, o.count * 2);
		const timesteps = samplerTimesteps(o.steps);
		const frames = [x];
		const ab = this.schedule.alphaBar;
		for (let k = 0; k < timesteps.length; k++) {
			const t = timesteps[k]!;
			const next = timesteps[k + 1];
			const eps = await this.predictNoise(x, t, o.cls, o.guidance);
			const a = ab[t]!;
			const aPrev = next === undefined ? 1 : ab[next]!;
			const out = new Float32Array(x.length);
			for (let i = 0; i < x.length; i++) {
				// The clean point this prediction implies, kept in a sane range, then re-noised
				// to the next (smaller) noise level.
				const x0 = Math.max(
					-1.6,
					Math.min(1.6, (x[i]! - Math.sqrt(1 - a) * eps[i]!) / Math.sqrt(a))
				);
				const e = (x[i]! - Math.sqrt(a) * x0) / Math.sqrt(1 - a);
				out[i] = Math.sqrt(aPrev) * x0 + Math.sqrt(1 - aPrev) * e;
			}
			x = out;
			frames.push(x);
			await between?.();
		}
		return { timesteps, frames };
	}

	dispose() {
		this.net.dispose();
		this.optimizer.dispose();
	}
}
