// The watermark detector: with the key, recount how many tokens fell in their green list and ask
// how surprising that count is for a text written without the mark. Unmarked, each scored token
// is green with probability γ, so the green count g of T tokens has mean γT and variance
// Tγ(1 − γ); z = (g − γT) / √(Tγ(1 − γ)) is then close to a standard normal, and "marked" is
// said when z passes the normal's (1 − FPR) quantile: that many unmarked texts in a hundred are
// flagged wrongly, whatever their topic (detect.spec.ts counts it on 1,000 texts). The first
// token is not scored: its previous token (the prompt's last) is not in the text.
import { tokenize } from '$lib/engine/builtin/ngram';
import { isGreen, wordKey, type WatermarkSettings } from '$lib/sampling/watermark';

export type TokenMark = 'green' | 'red' | 'unscored';

export interface Detection {
	/** Tokens scored (all but the first). */
	scored: number;
	green: number;
	/** NaN when nothing was scored. */
	z: number;
	/** Per token, in order. */
	marks: TokenMark[];
}

/** Counts green tokens in a sequence of token keys (ids, or wordKey of built-in words). */
export function detect(
	keys: readonly number[],
	w: Pick<WatermarkSettings, 'key' | 'gamma'>
): Detection {
	const seed = wordKey(w.key);
	const marks: TokenMark[] = keys.map((k, i) =>
		i === 0 ? 'unscored' : isGreen(seed, keys[i - 1]!, k, w.gamma) ? 'green' : 'red'
	);
	const scored = Math.max(keys.length - 1, 0);
	const green = marks.filter((m) => m === 'green').length;
	const z = scored ? (green - w.gamma * scored) / Math.sqrt(scored * w.gamma * (1 - w.gamma)) : NaN;
	return { scored, green, z, marks };
}

/** The built-in engine's tokens of a text (its own tokenizer, ngram.ts), as the mark hashed them. */
export function builtinTokens(text: string): { text: string; key: number }[] {
	return tokenize(text).map((word) => ({ text: word, key: wordKey(word) }));
}

/** The standard normal's upper tail P(Z > z) (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
export function upperTail(z: number): number {
	const x = Math.abs(z) / Math.SQRT2;
	const t = 1 / (1 + 0.3275911 * x);
	const poly =
		t *
		(0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	const erfc = poly * Math.exp(-x * x);
	return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** The z a text must pass to be called marked at this false-positive rate (bisection). */
export function zThreshold(fpr: number): number {
	let lo = -10;
	let hi = 10;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (upperTail(mid) > fpr) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

export type Verdict = 'marked' | 'unmarked' | 'too-short';

/** Fewer scored tokens than this and the normal approximation (and any verdict) is not trusted. */
export const MIN_SCORED = 16;

export function verdict(d: Detection, fpr: number): Verdict {
	if (d.scored < MIN_SCORED) return 'too-short';
	return d.z > zThreshold(fpr) ? 'marked' : 'unmarked';
}
