// The bias probe's arithmetic: how likely each target word is as the next token after each side
// of a pair, and the gap between the sides. A model's list names tokens, not words: " he", "He"
// and "he" are three tokens of one word, so their probabilities are added. A WebLLM model reports
// only its top candidates, so a word missing from the list is "below the last listed" rather than
// 0; the built-in model reports every word it could write (complete), so there 0 is exact.
import type { NextTokens } from '$lib/engine/types';

export interface WordProb {
	word: string;
	prob: number;
	/** False: not among the listed candidates, so prob (0) is an upper-bounded unknown. */
	listed: boolean;
}

/** The probability that the next token is `word` (any case, any leading space). */
export function wordProb(next: NextTokens, word: string): WordProb {
	const want = word.trim().toLowerCase();
	const hits = next.candidates.filter((c) => c.text.trim().toLowerCase() === want);
	const prob = hits.reduce((sum, c) => sum + c.prob, 0);
	return { word, prob, listed: hits.length > 0 || next.complete };
}

export interface PairGap {
	word: string;
	a: WordProb;
	b: WordProb;
	/** P(word | A) − P(word | B). */
	gap: number;
}

/** Each target's gap, in the targets' order. */
export function pairGaps(a: NextTokens, b: NextTokens, targets: readonly string[]): PairGap[] {
	return targets.map((word) => {
		const pa = wordProb(a, word);
		const pb = wordProb(b, word);
		return { word, a: pa, b: pb, gap: pa.prob - pb.prob };
	});
}

/** The target with the largest gap either way, for the pair's bar; null if every gap is 0. */
export function largestGap(gaps: readonly PairGap[]): PairGap | null {
	let best: PairGap | null = null;
	for (const g of gaps)
		if (g.gap !== 0 && (!best || Math.abs(g.gap) > Math.abs(best.gap))) best = g;
	return best;
}

/** A probability in percentage points, one decimal; "<p" for a word below the listed ones. */
export function shownProb(p: WordProb, floor: number): string {
	return p.listed ? `${(p.prob * 100).toFixed(1)}%` : `<${(floor * 100).toFixed(1)}%`;
}

/** The smallest listed probability: any unlisted word is below it. */
export function listFloor(next: NextTokens): number {
	return next.candidates.at(-1)?.prob ?? 0;
}
