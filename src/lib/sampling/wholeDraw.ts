// The draw over a model's whole vocabulary, for engines that hold the full logits (WebLLM, in the
// worker) while the page sees only the top 50: the lab's uniform number u walks the cumulative
// probabilities after temperature, top-k, min-p and top-p exactly as sampling.ts does for the
// built-in model, so the token it lands on is named even when it lies far down the tail. Measured
// on 151,936 Qwen logits (wholeDraw.spec.ts): tens of milliseconds, next to a decode step of
// 14 s on SwiftShader and tens of milliseconds on a real GPU.
import {
	GREEDY_TEMPERATURE,
	drawCandidate,
	nextTokenDistribution,
	softmaxDenominator,
	topIndices,
	type SamplingParams
} from './sampling';

export interface WholeDraw {
	id: number;
	/** The model's own probability of the token. */
	modelProb: number;
	/** Its probability after the settings (what the draw walked). */
	prob: number;
	/** 1 for the model's favourite; ties go to the lower id, as topIndices orders them. */
	rank: number;
}

/** Softmax of the logits, in float64 so the walk adds up exactly as sampling.ts's does. */
export function softmax(logits: ArrayLike<number>): Float64Array {
	const probs = new Float64Array(logits.length);
	const top = topIndices(logits, 1)[0];
	if (top === undefined) return probs;
	const max = logits[top]!;
	const z = softmaxDenominator(logits, max);
	for (let i = 0; i < logits.length; i++) probs[i] = Math.exp(logits[i]! - max) / z;
	return probs;
}

/** The token u lands on among all the logits, after the settings; undefined for no logits. */
export function drawWhole(
	logits: ArrayLike<number>,
	params: SamplingParams,
	u: number
): WholeDraw | undefined {
	const probs = softmax(logits);
	const at = Math.min(Math.max(u, 0), 1 - Number.EPSILON);
	const unfiltered =
		params.topK === 0 &&
		params.topP >= 1 &&
		!params.minP &&
		params.temperature >= GREEDY_TEMPERATURE;
	let pick: { id: number; prob: number } | undefined;
	if (unfiltered) pick = walk(probs, 1 / params.temperature, at);
	else {
		const kept = nextTokenDistribution(probs, params);
		pick = kept[drawCandidate(kept, at)];
	}
	if (!pick) return undefined;
	const p = probs[pick.id]!;
	let above = 0;
	for (let i = 0; i < probs.length; i++)
		if (probs[i]! > p || (probs[i] === p && i < pick.id)) above++;
	return { id: pick.id, modelProb: p, prob: pick.prob, rank: above + 1 };
}

/**
 * The draw with no filter on: the same sums as nextTokenDistribution + drawCandidate, walked over
 * the vocabulary sorted once as a typed array of ids. topIndices' heap is built for a few
 * thousand of 151,936; for the whole list a typed-array sort is about four times faster.
 */
function walk(probs: Float64Array, invT: number, u: number): { id: number; prob: number } {
	let pmax = 0;
	let nonZero = 0;
	for (let i = 0; i < probs.length; i++) {
		if (probs[i]! > pmax) pmax = probs[i]!;
		if (probs[i]! > 0) nonZero++;
	}
	const ids = new Uint32Array(nonZero);
	for (let i = 0, n = 0; i < probs.length; i++) if (probs[i]! > 0) ids[n++] = i;
	ids.sort((a, b) => probs[b]! - probs[a]! || a - b);
	const tempered = (p: number) => Math.pow(p / pmax, invT);
	let total = 0;
	if (invT === 1) total = 1 / pmax;
	else for (const id of ids) total += tempered(probs[id]!);
	let sum = 0;
	for (const id of ids) {
		const prob = tempered(probs[id]!) / total;
		sum += prob;
		if (u < sum) return { id, prob };
	}
	const id = ids[nonZero - 1]!;
	return { id, prob: tempered(probs[id]!) / total };
}
