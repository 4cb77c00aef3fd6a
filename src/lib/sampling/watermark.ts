// The "green list" watermark of Kirchenbauer et al. (2023, arXiv:2301.10226), shared by both
// engines: before each token is drawn, a secret key and the previous token decide which tokens
// are "green" (a fraction γ of the vocabulary), and δ is added to their logits, so the text leans
// towards green tokens in a way only someone with the key can count (labs/watermark/detect.ts).
// The paper seeds a generator and permutes the vocabulary; we hash (key, previous, token) into
// [0, 1) and call a token green below γ instead. Each token is then green with probability γ,
// independently, which is all the detector's z-score assumes, and no permutation of a 150,000-
// token vocabulary is built per step (hashing one takes about 1 ms in V8). The built-in engine's
// tokens are words whose ids depend on its training run, so it hashes the word itself (wordKey):
// a detector then needs only the tokenizer, not the model.

export interface WatermarkSettings {
	/** The secret: whoever has it can detect the mark (and could forge or remove it). */
	key: string;
	/** Fraction of the vocabulary that is green at each step, 0 < γ < 1. */
	gamma: number;
	/** What is added to a green token's logit: e^δ times the odds. 0 leaves the text unmarked. */
	delta: number;
}

/** The largest δ a request may ask for: beyond it the mark overrides the model entirely. */
export const MAX_DELTA = 10;

/** FNV-1a, 32 bits: a stable number for a text (the key, or a built-in word). */
export function wordKey(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** murmur3's finaliser: spreads every input bit over the output. */
function mix(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** Whether `token` is green after `previous`, for the key's seed (wordKey(key)). */
export function isGreen(seed: number, previous: number, token: number, gamma: number): boolean {
	const h = mix(mix(mix(seed) ^ previous) ^ Math.imul(token, 0x9e3779b1));
	return h < gamma * 2 ** 32;
}

/** Adds δ to every green logit, in place; index = token id (the WebLLM chain's step). */
export function markLogits(
	logits: Float32Array,
	previous: number,
	settings: WatermarkSettings
): Float32Array {
	const seed = wordKey(settings.key);
	for (let i = 0; i < logits.length; i++)
		if (isGreen(seed, previous, i, settings.gamma)) logits[i]! += settings.delta;
	return logits;
}

/**
 * The same on probabilities (the built-in engine): a green token's probability times e^δ, then
 * renormalised, which is what adding δ to its logit does. `keys[i]` is token i's key.
 */
export function markProbs(
	probs: ArrayLike<number>,
	previous: number,
	keys: ArrayLike<number>,
	settings: WatermarkSettings
): Float64Array {
	const seed = wordKey(settings.key);
	const boost = Math.exp(settings.delta);
	const out = new Float64Array(probs.length);
	let total = 0;
	for (let i = 0; i < probs.length; i++) {
		const p = isGreen(seed, previous, keys[i]!, settings.gamma) ? probs[i]! * boost : probs[i]!;
		out[i] = p;
		total += p;
	}
	if (total > 0) for (let i = 0; i < out.length; i++) out[i]! /= total;
	return out;
}

/** What is wrong with a request's watermark, if anything. */
export function watermarkProblem(w: WatermarkSettings): string | null {
	const ok =
		typeof w.key === 'string' &&
		w.key.length > 0 &&
		Number.isFinite(w.gamma) &&
		w.gamma > 0 &&
		w.gamma < 1 &&
		Number.isFinite(w.delta) &&
		w.delta >= 0 &&
		w.delta <= MAX_DELTA;
	return ok
		? null
		: `The watermark needs a key, a green fraction between 0 and 1 and a strength from 0 to ${MAX_DELTA}.`;
}
