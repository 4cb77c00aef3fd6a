import { describe, expect, it } from 'vitest';
import { trainTrigram } from '$lib/engine/builtin/ngram';
import { evaluationVocabulary, perplexity, UNKNOWN_MIX } from './perplexity';

// Trained on "a b" and "a c". By hand, with Kneser-Ney's discount 0.75 (ngram.ts):
// continuation unigram: </s> 2/5, a 1/5, b 1/5, c 1/5 (five distinct bigrams);
// P(a | <s> <s>) = 0.375 · (0.75 · 0.2 + 0.25) + 1.25 / 2 = 0.775
// P(b | <s> a)   = 0.75 · (0.75 · 0.2 + 0.25 / 2) + 0.25 / 2 = 0.33125
// P(</s> | a b)  = 0.75 · (0.75 · 0.4 + 0.25) + 0.25 = 0.6625
const model = trainTrigram(['a b', 'a c']);

describe('perplexity', () => {
	it('matches the hand-computed value without the uniform mix', () => {
		const r = perplexity(model, ['a b'], 4, 0);
		expect(r.tokens).toBe(3);
		expect(r.unknown).toBe(0);
		expect(r.perplexity).toBeCloseTo((0.775 * 0.33125 * 0.6625) ** (-1 / 3), 10);
	});

	it('mixes in a uniform share λ/|V|, which gives an unknown word a finite cost', () => {
		const V = evaluationVocabulary(['a b', 'a c'], ['a z']);
		expect([...V].sort()).toEqual(['</s>', 'a', 'b', 'c', 'z']);
		const l = UNKNOWN_MIX;
		const mix = (p: number) => (1 - l) * p + l / 5;
		// After "a z" the model knows neither context: the continuation unigram, P(</s>) = 0.4.
		const expected = (mix(0.775) * mix(0) * mix(0.4)) ** (-1 / 3);
		const r = perplexity(model, ['a z'], V.size);
		expect(r.unknown).toBe(1);
		expect(r.perplexity).toBeCloseTo(expected, 10);
		expect(Number.isFinite(r.perplexity)).toBe(true);
	});

	it('is lower on the training text than on a text with other word orders; NaN for no text', () => {
		const seen = perplexity(model, ['a b', 'a c'], 4).perplexity;
		expect(seen).toBeLessThan(perplexity(model, ['b a c'], 4).perplexity);
		expect(perplexity(model, ['', '  '], 4)).toEqual({ perplexity: NaN, tokens: 0, unknown: 0 });
	});
});
