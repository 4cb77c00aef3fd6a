// Generating text from the tiny GPT, one character at a time, two ways:
// - without a cache, every new character runs the whole text so far through the model again, so
//   the work per character grows with its position;
// - with a key/value cache, each layer keeps the keys and values of the positions already seen
//   and a new character computes only its own row: its query against the kept keys.
// Both give the same scores up to float rounding, so the same draws give the same characters
// (generate.spec.ts); the time per character against position is the KV-cache chart. The draws
// come from a generator seeded per call, never from the training generator, so showing a sample
// in the middle of training does not change the training curve.
import { seededRng } from '../toys/random';
import { tf, type Tensor, type Tensor2D } from '../toys/tensor';
import type { TinyGpt } from './model';

export interface Generated {
	/** The new characters' ids (the prompt not included). */
	ids: number[];
	/** Milliseconds each new character took, scores read back included. */
	ms: number[];
}

export interface GenerateOptions {
	/** New characters; prompt plus these never exceed the model's context. */
	count: number;
	/** 0 picks the most likely character; otherwise scores are divided by it before the draw. */
	temperature: number;
	seed: number;
	cache: boolean;
	/** Awaited between characters, outside the timing (the page yields to input there). */
	between?: () => Promise<void>;
}

/** The character drawn from scores with temperature t, using the uniform draw u. */
export function pick(logits: ArrayLike<number>, t: number, u: number): number {
	let best = 0;
	for (let i = 1; i < logits.length; i++) if (logits[i]! > logits[best]!) best = i;
	if (t <= 0) return best;
	const max = logits[best]!;
	const w = Array.from(logits, (l) => Math.exp((l - max) / t));
	let r = u * w.reduce((a, b) => a + b, 0);
	for (let i = 0; i < w.length; i++) if ((r -= w[i]!) < 0) return i;
	return best;
}

/** One position through the model with the cache: scores for it, and the caches grown by one. */
function cachedStep(model: TinyGpt, id: number, at: number, cache: Tensor[]) {
	const { layers, heads: H, width: d } = model.shape;
	const dh = d / H;
	const v = (n: string) => model.param(n);
	const norm = (x: Tensor, g: string, b: string) => model.norm(x, g, b);
	return tf.tidy(() => {
		let x: Tensor = tf.add(
			tf.gather(v('tok'), tf.tensor1d([id], 'int32')),
			tf.slice(v('pos'), [at, 0], [1, d])
		);
		const grown: Tensor[] = [];
		for (let l = 0; l < layers; l++) {
			const h = norm(x, `${l}.ln1g`, `${l}.ln1b`) as Tensor2D;
			const [q, k, val] = tf.split(tf.matMul(h, v(`${l}.qkv`)), 3, 1);
			const keys = cache[2 * l] ? tf.concat([cache[2 * l]!, k!]) : k!;
			const values = cache[2 * l + 1] ? tf.concat([cache[2 * l + 1]!, val!]) : val!;
			grown.push(keys, values);
			const n = at + 1;
			const perHead = (t: Tensor) => tf.transpose(tf.reshape(t, [n, H, dh]), [1, 0, 2]);
			const scores = tf.mul(
				tf.matMul(tf.reshape(q!, [H, 1, dh]), perHead(keys), false, true),
				1 / Math.sqrt(dh)
			);
			const mixed = tf.reshape(tf.matMul(tf.softmax(scores), perHead(values)), [1, d]);
			x = tf.add(x, tf.matMul(mixed as Tensor2D, v(`${l}.proj`)));
			const h2 = norm(x, `${l}.ln2g`, `${l}.ln2b`) as Tensor2D;
			const hidden = tf.relu(tf.add(tf.matMul(h2, v(`${l}.fc1`)), v(`${l}.fc1b`))) as Tensor2D;
			x = tf.add(x, tf.add(tf.matMul(hidden, v(`${l}.fc2`)), v(`${l}.fc2b`)));
		}
		return { logits: tf.matMul(norm(x, 'lnfg', 'lnfb') as Tensor2D, v('head')), grown };
	});
}

/** The whole text so far through the model; the scores of its last position. */
function fullStep(model: TinyGpt, ids: number[]): Tensor {
	return tf.tidy(() => {
		const logits = model.forward(tf.tensor2d(Int32Array.from(ids), [1, ids.length], 'int32'));
		return tf.slice(logits, [ids.length - 1, 0], [1, model.shape.vocab]);
	});
}

const now = () => performance.now();

/** New characters after `prompt` (ids, at least one), timed one by one. */
export async function generate(
	model: TinyGpt,
	prompt: number[],
	o: GenerateOptions
): Promise<Generated> {
	const rng = seededRng(o.seed);
	const count = Math.max(0, Math.min(o.count, model.shape.context - prompt.length));
	const text = [...prompt];
	const out: Generated = { ids: [], ms: [] };
	let cache: Tensor[] = [];
	const advance = (id: number, at: number): Tensor => {
		const { logits, grown } = cachedStep(model, id, at, cache);
		for (const t of cache) t.dispose();
		cache = grown;
		return logits;
	};
	try {
		// With the cache, the prompt but its last character fills it first (not timed: both ways
		// start from the prompt); each timed step then feeds the text's last character.
		if (o.cache) for (let i = 0; i < prompt.length - 1; i++) advance(prompt[i]!, i).dispose();
		for (let i = 0; i < count; i++) {
			const started = now();
			const logits = o.cache ? advance(text.at(-1)!, text.length - 1) : fullStep(model, text);
			const scores = (await logits.data()) as Float32Array;
			logits.dispose();
			const id = pick(scores, o.temperature, rng.next());
			out.ms.push(now() - started);
			out.ids.push(id);
			text.push(id);
			await o.between?.();
		}
	} finally {
		for (const t of cache) t.dispose();
	}
	return out;
}
