// How surprised the model was by each token of a run: surprisal −log₂ p in bits, with p the
// model's own probability (before temperature and filters: the view asks "how likely did the
// model find this?"), and the text's perplexity 2^(mean surprisal) — "as unsure as a fair choice
// among this many tokens at every step". Pure, for the trace chart and its text alternative.
import type { TokenChoice } from './tree';

export const surprisal = (p: number) => (p > 0 ? -Math.log2(p) : Infinity);

export interface SurprisePoint {
	index: number;
	text: string;
	bits: number;
}

export interface SurpriseTrace {
	points: SurprisePoint[];
	meanBits: number;
	perplexity: number;
	/** Indices of the most surprising tokens, most surprising first. */
	peaks: number[];
}

export function surpriseTrace(tokens: TokenChoice[], peakCount = 3): SurpriseTrace {
	const points = tokens.map((t, index) => ({ index, text: t.text, bits: surprisal(t.modelProb) }));
	const finite = points.filter((p) => Number.isFinite(p.bits));
	const meanBits = finite.length ? finite.reduce((s, p) => s + p.bits, 0) / finite.length : 0;
	const peaks = [...finite]
		.sort((a, b) => b.bits - a.bits || a.index - b.index)
		.slice(0, peakCount)
		.map((p) => p.index);
	return { points, meanBits, perplexity: 2 ** meanBits, peaks };
}
