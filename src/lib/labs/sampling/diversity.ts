// Diversity against coherence in numbers: distinct-n is the share of n-grams across a set of
// texts that are different (1 = no n-gram repeats, near 0 = the same words over and over), and
// the mean surprisal says how far from the model's favourites the texts wandered. Pure; words are
// split on whitespace so the score means the same for every engine's tokens.

export function distinctN(texts: string[], n: number): number {
	const grams: string[] = [];
	for (const text of texts) {
		const words = text.toLowerCase().split(/\s+/).filter(Boolean);
		for (let i = 0; i + n <= words.length; i++) grams.push(words.slice(i, i + n).join(' '));
	}
	return grams.length ? new Set(grams).size / grams.length : 0;
}

/** Mean of −log₂ p over the tokens of every text (p: the model's own probability of each). */
export function meanSurprisal(runs: { prob: number }[][]): number {
	const all = runs.flat().filter((t) => t.prob > 0);
	return all.length ? all.reduce((s, t) => s - Math.log2(t.prob), 0) / all.length : 0;
}
