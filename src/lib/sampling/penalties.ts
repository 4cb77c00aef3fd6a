// Repetition penalties: how an engine discourages saying the same thing again. They act on the
// tokens already generated, before temperature, top-k and top-p. Logits here are log-probabilities
// (the built-in model has probabilities, not raw scores), so every logit is ≤ 0.

export interface Penalties {
	/** Subtracted from a token's logit once per earlier occurrence (OpenAI), -2..2. */
	frequency?: number;
	/** Subtracted once from every token that occurred at all (OpenAI), -2..2. */
	presence?: number;
	/**
	 * CTRL's penalty: a positive logit is divided by it, a negative one multiplied. With
	 * log-probabilities that is p → p^r, so r > 1 makes repeats rarer. 1 = off.
	 */
	repetition?: number;
}

export const hasPenalties = (p: Penalties) =>
	(p.frequency ?? 0) !== 0 || (p.presence ?? 0) !== 0 || (p.repetition ?? 1) !== 1;

/** How often each token id occurred so far. */
export function countTokens(ids: Iterable<number>): Map<number, number> {
	const counts = new Map<number, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

/**
 * A new probability vector with the penalties applied to every token in `counts`, renormalised.
 * Returns the input unchanged when no penalty is set, so the common case costs nothing.
 */
export function applyPenalties(
	probs: ArrayLike<number>,
	counts: ReadonlyMap<number, number>,
	penalties: Penalties
): ArrayLike<number> {
	if (!hasPenalties(penalties) || counts.size === 0) return probs;
	const { frequency = 0, presence = 0, repetition = 1 } = penalties;
	const out = Float64Array.from(probs as ArrayLike<number>);
	let total = 0;
	for (let i = 0; i < out.length; i++) total += out[i]!;
	for (const [id, count] of counts) {
		const p = out[id];
		if (p === undefined || p <= 0 || count <= 0) continue;
		let logit = Math.log(p);
		logit = logit < 0 ? logit * repetition : logit / repetition;
		logit -= frequency * count + presence;
		const q = Math.exp(logit);
		total += q - p;
		out[id] = q;
	}
	for (let i = 0; i < out.length; i++) out[i]! /= total;
	return out;
}
