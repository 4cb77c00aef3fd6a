// The single place where next-token probabilities are transformed and drawn from: engines use it
// to sample, and the views use it to show each step (temperature → top-k → min-p → top-p → draw).
// That order is the one WebLLM ends up with too: our logit processors apply top-k and min-p (with
// the request's temperature) before WebLLM renormalises and applies top-p on the GPU.

export interface SamplingParams {
	/** 0 means greedy (always the most likely token). */
	temperature: number;
	/** Keep only the k most likely tokens; 0 turns the filter off. */
	topK: number;
	/** Keep the smallest set whose probability reaches p; 1 turns the filter off. */
	topP: number;
	/**
	 * Keep only tokens whose probability (after temperature) is at least this fraction of the most
	 * likely token's; 0 turns the filter off.
	 */
	minP?: number;
}

export interface Candidate {
	/** Token id (index into the engine's vocabulary). */
	id: number;
	/** The model's own probability, before sampling changed anything. */
	modelProb: number;
	/** Probability after temperature, top-k and top-p (sums to 1 over the kept candidates). */
	prob: number;
}

/** Below this temperature sampling is greedy: dividing by ~0 would overflow. */
export const GREEDY_TEMPERATURE = 1e-3;

/**
 * Indices of the m largest values, largest first. A min-heap of size m makes this one pass over
 * the array (O(n log m)), which matters for LLM vocabularies of 150,000 tokens.
 */
export function topIndices(values: ArrayLike<number>, m: number): number[] {
	const heap: number[] = [];
	const less = (a: number, b: number) =>
		values[a]! < values[b]! || (values[a] === values[b] && a > b);
	const siftDown = () => {
		for (let c = 0; ;) {
			const l = 2 * c + 1;
			const r = l + 1;
			let min = c;
			if (l < heap.length && less(heap[l]!, heap[min]!)) min = l;
			if (r < heap.length && less(heap[r]!, heap[min]!)) min = r;
			if (min === c) return;
			[heap[c], heap[min]] = [heap[min]!, heap[c]!];
			c = min;
		}
	};
	// The smallest value kept so far: most entries of a vocabulary fall below it and cost one
	// comparison each, which is what makes this fast on 150,000 logits.
	let floor = -Infinity;
	for (let i = 0; i < values.length; i++) {
		const v = values[i]!;
		if (heap.length === m) {
			if (v <= floor) continue;
			heap[0] = i;
			siftDown();
			floor = values[heap[0]!]!;
			continue;
		}
		heap.push(i);
		for (let c = heap.length - 1; c > 0;) {
			const p = (c - 1) >> 1;
			if (!less(heap[c]!, heap[p]!)) break;
			[heap[c], heap[p]] = [heap[p]!, heap[c]!];
			c = p;
		}
		if (heap.length === m) floor = values[heap[0]!]!;
	}
	return heap.sort((a, b) => values[b]! - values[a]! || a - b);
}

// e^d for d ≤ 0 as 2^t with t = d·log2(e): the table holds 2^(-m/64) for every step of 1/64
// down to t = -58 (d ≈ -40); a cubic covers the remaining sliver (|r| < 1/64, error < 1e-10).
const STEPS = 64;
const TABLE_END = 58 * STEPS;
const POW2_STEPS = Float64Array.from({ length: TABLE_END + 1 }, (_, m) => 2 ** (-m / STEPS));
const D1 = Math.LN2;
const D2 = (D1 * D1) / 2;
const D3 = (D2 * D1) / 3;

/**
 * Σ e^(x_i - max) over a logits vector, the softmax denominator. Math.exp for 150,000 entries
 * costs ~1.5–2 ms on a laptop CPU; a table lookup plus a cubic costs a quarter of that, with a
 * relative error below 1e-10. Terms below e^-40 are skipped: even 150,000 of them change the
 * total by less than 1e-12.
 */
export function softmaxDenominator(logits: ArrayLike<number>, max: number): number {
	let z = 0;
	const scale = Math.LOG2E * STEPS;
	for (let i = 0; i < logits.length; i++) {
		const u = (logits[i]! - max) * scale;
		if (u > -TABLE_END) {
			const m = u | 0; // truncates toward zero, so r lies in (-1/64, 0]
			const r = (u - m) / STEPS;
			z += POW2_STEPS[-m]! * (1 + r * (D1 + r * (D2 + r * D3)));
		}
	}
	return z;
}

/**
 * The top n tokens of a logits vector with their softmax probabilities: what the views show as
 * "the model's distribution" at one step. Two passes plus a heap, no sort of the vocabulary.
 */
export function captureTopN(logits: ArrayLike<number>, n: number): { id: number; prob: number }[] {
	const top = topIndices(logits, n);
	if (top.length === 0) return [];
	const max = logits[top[0]!]!;
	const z = softmaxDenominator(logits, max);
	return top.map((id) => ({ id, prob: Math.exp(logits[id]! - max) / z }));
}

/**
 * Applies temperature, then top-k, then top-p to a probability vector, and returns the candidates
 * that survive, most likely first, renormalised. Temperature works on log-probabilities, so
 * p_i^(1/T) / Σ p_j^(1/T): T < 1 sharpens, T > 1 flattens. It never changes the order, so the
 * candidates can be selected on the raw probabilities first.
 */
export function nextTokenDistribution(
	probs: ArrayLike<number>,
	params: SamplingParams
): Candidate[] {
	let nonZero = 0;
	for (let i = 0; i < probs.length; i++) if (probs[i]! > 0) nonZero++;
	if (nonZero === 0) return [];

	if (params.temperature < GREEDY_TEMPERATURE) {
		const id = topIndices(probs, 1)[0]!;
		return [{ id, modelProb: probs[id]!, prob: 1 }];
	}

	const invT = 1 / params.temperature;
	const topK = params.topK > 0 ? Math.min(params.topK, nonZero) : 0;
	const minP = params.minP ?? 0;
	// Without top-k, top-p needs the tempered total over the whole vocabulary.
	let pmax = 0;
	for (let i = 0; i < probs.length; i++) if (probs[i]! > pmax) pmax = probs[i]!;
	const tempered = (p: number) => Math.pow(p / pmax, invT);
	let total = 0;
	if (!topK) {
		if (invT === 1) total = 1 / pmax;
		else for (let i = 0; i < probs.length; i++) if (probs[i]! > 0) total += tempered(probs[i]!);
	}

	const filtering = params.topP < 1 || minP > 0;
	for (let m = topK || (filtering ? 64 : nonZero); ; m = Math.min(nonZero, m * 4)) {
		const ids = topIndices(probs, m).filter((i) => probs[i]! > 0);
		let kept: Candidate[] = ids.map((id) => ({
			id,
			modelProb: probs[id]!,
			prob: tempered(probs[id]!)
		}));
		const mass = kept.reduce((sum, c) => sum + c.prob, 0);
		const denominator = topK ? mass : total;
		for (const c of kept) c.prob /= denominator;
		const more = !topK && m < nonZero;
		if (minP > 0) {
			// Relative to the favourite after temperature; the kept set is renormalised before top-p.
			const threshold = minP * kept[0]!.prob * (1 - 1e-12);
			const cut = kept.findIndex((c) => c.prob < threshold);
			// Every selected token passed: more beyond the m selected may pass too.
			if (cut < 0 && more) continue;
			if (cut >= 0) {
				kept = kept.slice(0, Math.max(1, cut));
				normalise(kept);
			}
		}
		if (params.topP < 1) {
			let sum = 0;
			let cut = -1;
			for (let i = 0; i < kept.length; i++) {
				sum += kept[i]!.prob;
				// A tiny tolerance, so that p = 0.9 over exactly [0.5, 0.4] keeps both.
				if (sum >= params.topP - 1e-12) {
					cut = i + 1;
					break;
				}
			}
			// The nucleus may reach beyond the m selected: select more and try again.
			if (cut < 0 && more && minP === 0) continue;
			kept = kept.slice(0, Math.max(1, cut < 0 ? kept.length : cut));
		}
		normalise(kept);
		return kept;
	}
}

function normalise(cands: Candidate[]): void {
	let total = 0;
	for (const c of cands) total += c.prob;
	for (const c of cands) c.prob /= total;
}

/**
 * Picks a candidate with a uniform number u in [0, 1): walking the cumulative probabilities,
 * the first candidate whose running total passes u wins. The views show this u as "the draw".
 */
export function drawCandidate(cands: Candidate[], u: number): number {
	let sum = 0;
	for (let i = 0; i < cands.length; i++) {
		sum += cands[i]!.prob;
		if (u < sum) return i;
	}
	return cands.length - 1;
}

/** A small seeded random number generator (mulberry32): the same seed gives the same draws. */
export function createRng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Shannon entropy in bits: how uncertain a distribution is (0 = certain). */
export function entropyBits(probs: ArrayLike<number>): number {
	let h = 0;
	for (let i = 0; i < probs.length; i++) {
		const p = probs[i]!;
		if (p > 0) h -= p * Math.log2(p);
	}
	return h;
}
