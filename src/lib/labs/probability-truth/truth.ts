// The arithmetic of the "probability is not truth" lab, pure: an ending's probability is the
// product of its tokens' probabilities (a sum of log-probabilities), and the engine "prefers" the
// ending with the higher one. That preference is all a language model has to offer; whether the
// preferred ending is the true one is the question the lab asks. Where the engine cannot write an
// ending at all (the trigram model never saw one of its words), there is no preference to report.
import type { Scored } from '$lib/engine/types';

export type Verdict =
	/** The true ending is the likelier one. */
	| { kind: 'truthful'; ratio: number }
	/** The false ending is the likelier one: fluent, and wrong. */
	| { kind: 'untrue'; ratio: number }
	/** Both endings exactly as likely (the trigram model backing off the same way for both). */
	| { kind: 'tie' }
	/** The engine cannot write one ending (or either): it has no preference to compare. */
	| { kind: 'unknown'; missing: 'truthful' | 'untrue' | 'both' };

/** The natural log of the whole ending's probability; -Infinity when a token has none. */
export function totalLogprob(scored: Scored): number {
	return scored.tokens.reduce((sum, t) => sum + t.logprob, 0);
}

/** Which ending the engine finds likelier, and by what factor (≥ 1). */
export function verdict(truthful: Scored, untrue: Scored): Verdict {
	const t = totalLogprob(truthful);
	const u = totalLogprob(untrue);
	if (!Number.isFinite(t) || !Number.isFinite(u))
		return {
			kind: 'unknown',
			missing:
				!Number.isFinite(t) && !Number.isFinite(u)
					? 'both'
					: Number.isFinite(t)
						? 'untrue'
						: 'truthful'
		};
	if (t === u) return { kind: 'tie' };
	return t > u
		? { kind: 'truthful', ratio: Math.exp(t - u) }
		: { kind: 'untrue', ratio: Math.exp(u - t) };
}

/** A probability as a reader takes it in: "1 in 340", "43%", "never". */
export function chance(logprob: number): string {
	if (!Number.isFinite(logprob)) return 'never';
	const p = Math.exp(logprob);
	if (p >= 0.01) return `${(p * 100).toFixed(p >= 0.1 ? 0 : 1)}%`;
	const n = 1 / p;
	if (n >= 1e9) return `1 in ${n.toExponential(1).replace('e+', ' × 10^')}`;
	return `1 in ${Math.round(n).toLocaleString('en')}`;
}

/** A factor between two probabilities: "1.4×", "38×", "12,000×". */
export function times(ratio: number): string {
	if (ratio < 10) return `${ratio.toFixed(1)}×`;
	if (ratio >= 1e9) return `${ratio.toExponential(1).replace('e+', ' × 10^')}×`;
	return `${Math.round(ratio).toLocaleString('en')}×`;
}

/** How many statements went each way. */
export function tally(verdicts: readonly (Verdict | undefined)[]) {
	const count = (kind: Verdict['kind']) => verdicts.filter((v) => v?.kind === kind).length;
	return {
		truthful: count('truthful'),
		untrue: count('untrue'),
		unknown: count('unknown') + count('tie')
	};
}
