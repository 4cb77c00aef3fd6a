// The single place where next-token probabilities are transformed and drawn from: engines use it
// to sample, and the views use it to show each step (temperature → top-k → top-p → draw).

export interface SamplingParams {
	/** 0 means greedy (always the most likely token). */
	temperature: number;
	/** Keep only the k most likely tokens; 0 turns the filter off. */
	topK: number;
	/** Keep the smallest set whose probability reaches p; 1 turns the filter off. */
	topP: number;
}

export const defaultSampling: SamplingParams = { temperature: 0.8, topK: 40, topP: 0.95 };

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
 * Applies temperature, then top-k, then top-p to a probability vector, and returns the candidates
 * that survive, most likely first, renormalised. Temperature works on log-probabilities, so
 * p_i^(1/T) / Σ p_j^(1/T): T < 1 sharpens, T > 1 flattens.
 */
export function nextTokenDistribution(
	probs: ArrayLike<number>,
	params: SamplingParams
): Candidate[] {
	const ids: number[] = [];
	for (let i = 0; i < probs.length; i++) if (probs[i]! > 0) ids.push(i);
	ids.sort((a, b) => probs[b]! - probs[a]! || a - b);
	if (ids.length === 0) return [];

	if (params.temperature < GREEDY_TEMPERATURE) {
		const id = ids[0]!;
		return [{ id, modelProb: probs[id]!, prob: 1 }];
	}

	// Work in log space relative to the top token, so tiny probabilities do not underflow.
	const top = Math.log(probs[ids[0]!]!);
	let kept = ids.map((id) => ({
		id,
		modelProb: probs[id]!,
		prob: Math.exp((Math.log(probs[id]!) - top) / params.temperature)
	}));
	normalise(kept);

	if (params.topK > 0 && params.topK < kept.length) {
		kept = kept.slice(0, params.topK);
		normalise(kept);
	}

	if (params.topP < 1) {
		let sum = 0;
		let cut = kept.length;
		for (let i = 0; i < kept.length; i++) {
			sum += kept[i]!.prob;
			// A tiny tolerance, so that p = 0.9 over exactly [0.5, 0.4] keeps both.
			if (sum >= params.topP - 1e-12) {
				cut = i + 1;
				break;
			}
		}
		kept = kept.slice(0, Math.max(1, cut));
		normalise(kept);
	}
	return kept;
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
