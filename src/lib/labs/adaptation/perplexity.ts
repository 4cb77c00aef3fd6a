// Held-out perplexity of a trigram model: exp of the mean surprise (−ln p) per token, the end
// mark included, on text the model never trained on. The fine-tuning and scaling-law labs compare
// models trained on different texts, whose vocabularies differ, so the model's own probabilities
// are mixed with a uniform distribution over one fixed evaluation vocabulary:
//   p(w) = (1 − λ)·p_model(w) + λ/|V|
// Without the mix a word the model never saw has probability 0 and infinite cost; with it, every
// model pays the same, finite price for an unknown word, and |V| is the same for all of them.
// λ = 0.01: a known word loses at most 1% of its probability (≤ 0.01 nats, perplexity at most 1%
// higher), while an unknown word costs ln(|V|/λ), about 12 nats for a few thousand words, which
// is what makes a model trained on little text pay for its gaps. The price of an unknown word is
// a choice, and it shows in the scaling lab's exponent (measured on the concept texts, seed 7:
// b = −0.83, −0.60, −0.44 for λ = 0.001, 0.01, 0.05); the ranking of models does not change.
import { BOS, EOS, tokenize, type NgramModel } from '$lib/engine/builtin/ngram';

export const UNKNOWN_MIX = 0.01;

/** The evaluation vocabulary: every token of the given texts, plus the end mark. */
export function evaluationVocabulary(...texts: string[][]): Set<string> {
	const vocab = new Set<string>([EOS]);
	for (const paragraphs of texts)
		for (const p of paragraphs) for (const t of tokenize(p)) vocab.add(t);
	return vocab;
}

export interface Perplexity {
	perplexity: number;
	/** Tokens scored, end marks included. */
	tokens: number;
	/** Of those, how many the model had never seen (they cost ln(|V|/λ) each). */
	unknown: number;
}

/**
 * Perplexity of `model` on `paragraphs`, each scored as one sequence after BOS BOS and ending
 * with EOS (as the model was trained). `vocabularySize` is |V| of the uniform mix: pass the same
 * number for every model you compare.
 */
export function perplexity(
	model: NgramModel,
	paragraphs: string[],
	vocabularySize: number,
	lambda = UNKNOWN_MIX
): Perplexity {
	const floor = lambda / vocabularySize;
	let nats = 0;
	let tokens = 0;
	let unknown = 0;
	for (const text of paragraphs) {
		const words = tokenize(text);
		if (words.length === 0) continue;
		const seq = [BOS, BOS, ...words, EOS];
		for (let i = 2; i < seq.length; i++) {
			const id = model.idOf(seq[i]!);
			let p = 0;
			if (id === undefined) unknown++;
			else p = model.distribution(seq.slice(i - 2, i))[id]!;
			nats -= Math.log((1 - lambda) * p + floor);
			tokens++;
		}
	}
	return { perplexity: tokens ? Math.exp(nats / tokens) : NaN, tokens, unknown };
}
