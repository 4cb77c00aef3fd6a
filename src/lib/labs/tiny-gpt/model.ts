// A character-level, decoder-only transformer small enough to train in a tab: token and position
// embeddings summed, then blocks of (layer norm → multi-head causal self-attention → residual,
// layer norm → two-layer ReLU MLP → residual), a final layer norm and a linear read-out to one
// score per character. Written out op by op on TF.js (through the toys' one tensor module) so
// every piece the page shows is a real tensor of the model: the summed input rows, each head's
// attention matrix, the embedding table the PCA view projects.
//
// Choices and why:
// - Weights, batches and held-out batches are drawn from the seed in JavaScript (toys/random.ts),
//   so one seed gives the same curve on the CPU, on WebGPU and in the specs, up to float rounding.
// - The causal mask adds −1e9 above the diagonal before the softmax: exp of that is exactly 0 in
//   float32, so a character provably gets no weight from later ones (model.spec.ts checks both the
//   zeros and that changing a later character leaves earlier outputs unchanged).
// - ReLU rather than GELU: tfjs-core has no GELU op, and at this size the difference is noise.
// - The held-out loss is measured every HELD_OUT_EVERY steps on fixed batches rather than every
//   step, so the second curve costs about a tenth of a step on average.
import { normals } from '../toys/random';
import { SeededModel } from '../toys/seededModel';
import { tf, type Optimizer, type Tensor, type Tensor2D, type Variable } from '../toys/tensor';
import type { Corpus } from './corpus';
import type { GptShape } from './presets';

export const HELD_OUT_EVERY = 10;

export interface GptOptions extends GptShape {
	seed: number;
	vocab: number;
	batch: number;
	learningRate: number;
}

/** The variables of one block, in the order they are saved. */
const blockNames = ['ln1g', 'ln1b', 'qkv', 'proj', 'ln2g', 'ln2b', 'fc1', 'fc1b', 'fc2', 'fc2b'];

/** Every variable's name and shape, in a fixed order (saving, loading and the spec use it). */
export function parameterShapes(o: GptShape & { vocab: number }): [string, number[]][] {
	const d = o.width;
	const shapes: [string, number[]][] = [
		['tok', [o.vocab, d]],
		['pos', [o.context, d]]
	];
	for (let l = 0; l < o.layers; l++) {
		const dims: Record<string, number[]> = {
			ln1g: [d],
			ln1b: [d],
			qkv: [d, 3 * d],
			proj: [d, d],
			ln2g: [d],
			ln2b: [d],
			fc1: [d, 4 * d],
			fc1b: [4 * d],
			fc2: [4 * d, d],
			fc2b: [d]
		};
		for (const n of blockNames) shapes.push([`${l}.${n}`, dims[n]!]);
	}
	shapes.push(['lnfg', [d]], ['lnfb', [d]], ['head', [d, o.vocab]]);
	return shapes;
}

/** What one forward pass can hand back besides the scores. */
export interface Inside {
	/** Each input character's embedding row, [T, width]. */
	token: Float32Array;
	/** Each position's embedding row, [T, width]. */
	position: Float32Array;
	/** What the first block reads: the two summed, [T, width]. */
	input: Float32Array;
	/** attention[layer][head] is a T × T matrix, row = the position that looks, column = where. */
	attention: Float32Array[][];
}

/** The same, as tensors, filled by forward() inside a tf.tidy. */
interface InsideTensors {
	token?: Tensor;
	position?: Tensor;
	input?: Tensor;
	attention: Tensor[];
}

export class TinyGpt extends SeededModel<Corpus> {
	readonly shape: GptShape & { vocab: number };
	readonly vars = new Map<string, Variable>();
	private optimizer: Optimizer;
	private mask: Tensor2D;
	private heldOut: number | null = null;
	private steps = 0;
	private readonly heldOutStarts: number[];

	constructor(data: Corpus, options: GptOptions) {
		super(data, options, { batch: options.batch, hidden: options.width });
		const { layers, heads, width, context, vocab } = options;
		if (width % heads) throw new Error(`width ${width} does not divide into ${heads} heads`);
		this.shape = { layers, heads, width, context, vocab };
		for (const [name, shape] of parameterShapes(this.shape)) {
			const init = this.initial(name, shape);
			this.vars.set(
				name,
				tf.tidy(() => tf.variable(tf.tensor(init, shape)))
			);
		}
		this.mask = tf.tidy(() => {
			const m = new Float32Array(context * context);
			for (let i = 0; i < context; i++)
				for (let j = i + 1; j < context; j++) m[i * context + j] = -1e9;
			return tf.tensor2d(m, [context, context]);
		});
		this.optimizer = tf.train.adam(options.learningRate);
		// Fixed held-out windows, from their own generator so they never shift the training draws.
		const span = Math.max(1, data.heldOut.length - context - 1);
		this.heldOutStarts = Array.from({ length: 4 * this.batch }, (_, i) =>
			Math.floor((i * span) / (4 * this.batch))
		);
	}

	/** Scaled normal weights; layer-norm gains 1, biases 0, the read-out small (first loss ≈ ln V). */
	private initial(name: string, shape: number[]): Float32Array {
		const n = shape.reduce((a, b) => a * b, 1);
		const key = name.split('.').at(-1)!;
		if (key.endsWith('g')) return new Float32Array(n).fill(1);
		if (key.endsWith('b') && shape.length === 1) return new Float32Array(n);
		if (key === 'tok' || key === 'pos') return normals(this.rng, n, 0.1);
		if (key === 'head') return normals(this.rng, n, 0.02);
		const residual = key === 'proj' || key === 'fc2' ? 1 / Math.sqrt(2 * this.shape.layers) : 1;
		return normals(this.rng, n, residual / Math.sqrt(shape[0]!));
	}

	/** A weight matrix or vector by name (parameterShapes); generate.ts reads them for its cache. */
	param(name: string): Tensor2D {
		return this.vars.get(name)! as Tensor2D;
	}

	private v(name: string): Variable {
		return this.vars.get(name)!;
	}

	/** Layer norm over the last axis with the named gain and bias. Call inside tf.tidy. */
	norm(x: Tensor, g: string, b: string): Tensor {
		const { mean, variance } = tf.moments(x, -1, true);
		return tf.add(
			tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, 1e-5))), this.v(g)),
			this.v(b)
		);
	}

	/**
	 * Scores [B·T, vocab] for token ids [B, T] (T ≤ context). Call inside tf.tidy. With `inside`,
	 * each layer's attention [B·heads, T, T] and the input rows are pushed to it (as tensors).
	 */
	forward(ids: Tensor2D, inside?: InsideTensors): Tensor2D {
		const [B, T] = ids.shape;
		const { heads: H, width: d, layers } = this.shape;
		const dh = d / H;
		const pos = tf.slice(this.v('pos'), [0, 0], [T, d]);
		// A one-hot product rather than tf.gather: the same rows exactly, and its gradient is one
		// matrix product, where gather's took 6× a whole forward pass on the CPU backend.
		const oneHot = tf.oneHot(tf.reshape(ids, [B * T]), this.shape.vocab) as Tensor2D;
		const tok = tf.matMul(tf.cast(oneHot, 'float32'), this.v('tok') as Tensor2D);
		let x: Tensor = tf.add(tok, tf.tile(pos, [B, 1]));
		if (inside) Object.assign(inside, { token: tok, position: pos, input: x });
		const mask = tf.slice(this.mask, [0, 0], [T, T]);
		const split = (t: Tensor) =>
			tf.reshape(tf.transpose(tf.reshape(t, [B, T, H, dh]), [0, 2, 1, 3]), [B * H, T, dh]);
		for (let l = 0; l < layers; l++) {
			const h = this.norm(x, `${l}.ln1g`, `${l}.ln1b`);
			const [q, k, v] = tf.split(tf.matMul(h as Tensor2D, this.v(`${l}.qkv`) as Tensor2D), 3, 1);
			const scores = tf.add(
				tf.mul(tf.matMul(split(q!), split(k!), false, true), 1 / Math.sqrt(dh)),
				mask
			);
			const att = tf.softmax(scores);
			inside?.attention.push(att);
			const mixed = tf.reshape(
				tf.transpose(tf.reshape(tf.matMul(att, split(v!)), [B, H, T, dh]), [0, 2, 1, 3]),
				[B * T, d]
			);
			x = tf.add(x, tf.matMul(mixed, this.v(`${l}.proj`) as Tensor2D));
			const h2 = this.norm(x, `${l}.ln2g`, `${l}.ln2b`) as Tensor2D;
			const hidden = tf.relu(
				tf.add(tf.matMul(h2, this.v(`${l}.fc1`) as Tensor2D), this.v(`${l}.fc1b`))
			);
			x = tf.add(
				x,
				tf.add(tf.matMul(hidden as Tensor2D, this.v(`${l}.fc2`) as Tensor2D), this.v(`${l}.fc2b`))
			);
		}
		return tf.matMul(this.norm(x, 'lnfg', 'lnfb') as Tensor2D, this.v('head') as Tensor2D);
	}

	/** Mean cross-entropy (nats per character) of predicting each next character. */
	private loss(inputs: Int32Array, targets: Int32Array, B: number): tf.Scalar {
		const T = inputs.length / B;
		const logits = this.forward(tf.tensor2d(inputs, [B, T], 'int32'));
		const truth = tf.oneHot(tf.tensor1d(targets, 'int32'), this.shape.vocab);
		return tf.neg(tf.mean(tf.sum(tf.mul(truth, tf.logSoftmax(logits)), 1)));
	}

	/** B windows of context + 1 characters starting at the given offsets, as inputs and targets. */
	private windows(text: Uint8Array, starts: number[]) {
		const T = this.shape.context;
		const inputs = new Int32Array(starts.length * T);
		const targets = new Int32Array(starts.length * T);
		starts.forEach((s, b) => {
			for (let t = 0; t < T; t++) {
				inputs[b * T + t] = text[s + t]!;
				targets[b * T + t] = text[s + t + 1]!;
			}
		});
		return { inputs, targets };
	}

	/** One Adam step on a random batch; returns [training loss, latest held-out loss]. */
	trainStep(): Tensor {
		const T = this.shape.context;
		const starts = Array.from({ length: this.batch }, () =>
			this.rng.int(this.data.train.length - T - 1)
		);
		const { inputs, targets } = this.windows(this.data.train, starts);
		if (this.heldOut === null || this.steps % HELD_OUT_EVERY === 0)
			this.heldOut = this.heldOutLoss();
		this.steps++;
		const held = this.heldOut;
		return tf.tidy(() => {
			const cost = this.optimizer.minimize(() => this.loss(inputs, targets, this.batch), true)!;
			return tf.stack([cost, tf.scalar(held)]);
		});
	}

	/** The loss on fixed held-out windows (no training), read back at once. */
	heldOutLoss(): number {
		const { inputs, targets } = this.windows(this.data.heldOut, this.heldOutStarts);
		return tf.tidy(() => this.loss(inputs, targets, this.heldOutStarts.length).dataSync()[0]!);
	}

	/** The scores after each position of `ids` (≤ context) and, optionally, what happened inside. */
	async look(ids: ArrayLike<number>): Promise<{ logits: Float32Array; inside: Inside }> {
		const T = ids.length;
		const { heads: H, layers } = this.shape;
		const parts = tf.tidy(() => {
			const inside: InsideTensors = { attention: [] };
			const logits = this.forward(tf.tensor2d(Int32Array.from(ids), [1, T], 'int32'), inside);
			return [logits, inside.token!, inside.position!, inside.input!, ...inside.attention];
		});
		try {
			const [logits, token, position, input, ...att] = await Promise.all(
				parts.map((p) => p.data() as Promise<Float32Array>)
			);
			const attention = Array.from({ length: layers }, (_, l) =>
				Array.from({ length: H }, (_, h) => att[l]!.slice(h * T * T, (h + 1) * T * T))
			);
			return {
				logits: logits!,
				inside: { token: token!, position: position!, input: input!, attention }
			};
		} finally {
			for (const p of parts) p.dispose();
		}
	}

	/** The character embedding table [vocab × width], row by row. */
	async embeddings(): Promise<Float32Array> {
		return (await this.v('tok').data()) as Float32Array;
	}

	/** Every variable's values in parameterShapes order (saving and exporting). */
	async weights(): Promise<Float32Array[]> {
		return Promise.all(
			parameterShapes(this.shape).map(([n]) => this.v(n).data() as Promise<Float32Array>)
		);
	}

	/** Replaces the weights (a saved model, a quantized copy); shapes are checked by the caller. */
	setWeights(values: Float32Array[]) {
		parameterShapes(this.shape).forEach(([n, shape], i) =>
			tf.tidy(() => this.v(n).assign(tf.tensor(values[i]!, shape)))
		);
		this.heldOut = null;
	}

	get parameterCount(): number {
		return parameterShapes(this.shape).reduce((s, [, sh]) => s + sh.reduce((a, b) => a * b, 1), 0);
	}

	dispose() {
		for (const v of this.vars.values()) v.dispose();
		this.vars.clear();
		this.mask.dispose();
		this.optimizer.dispose();
	}
}
