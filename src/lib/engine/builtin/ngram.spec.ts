import { describe, expect, it } from 'vitest';
import { BOS, EOS, detokenize, tokenize, trainTrigram } from './ngram';

const corpus = [
	'The model predicts the next word.',
	'The model samples the next word from a distribution.',
	'A distribution assigns a probability to every word.'
];

describe('tokenizer', () => {
	it('splits words and punctuation and joins them back', () => {
		const t = tokenize('Top-p (nucleus) sampling keeps 90% of the mass, roughly.');
		expect(t).toEqual([
			'Top-p',
			'(',
			'nucleus',
			')',
			'sampling',
			'keeps',
			'90',
			'%',
			'of',
			'the',
			'mass',
			',',
			'roughly',
			'.'
		]);
		expect(detokenize(t)).toBe('Top-p (nucleus) sampling keeps 90% of the mass, roughly.');
		expect(detokenize([BOS, 'Hi', '.', EOS])).toBe('Hi.');
	});
});

describe('trigram model with Kneser-Ney smoothing', () => {
	const model = trainTrigram(corpus);

	it('gives a distribution that sums to 1 after any context, even unseen ones', () => {
		for (const ctx of [[], ['The', 'model'], ['model', 'samples'], ['never', 'seen'], ['a']]) {
			const p = model.distribution(ctx);
			expect(p.length).toBe(model.vocab.length);
			expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
			expect(Math.min(...p)).toBeGreaterThanOrEqual(0);
		}
	});

	it('prefers what followed the same two words in training', () => {
		const p = model.distribution(['The', 'model']);
		const best = p.indexOf(Math.max(...p));
		expect(['predicts', 'samples']).toContain(model.vocab[best]);
		expect(p[model.idOf('predicts')!]).toBeCloseTo(p[model.idOf('samples')!]!, 12);
		expect(p[model.idOf('predicts')!]).toBeGreaterThan(0.2);
	});

	it('ends sequences with EOS after the final full stop', () => {
		const argmax = (p: Float64Array) => model.vocab[p.indexOf(Math.max(...p))];
		expect(argmax(model.distribution(['next', 'word']))).toBe('.');
		expect(argmax(model.distribution(['word', '.']))).toBe(EOS);
	});

	it('never predicts the start marker, and reports its size', () => {
		expect(model.idOf(BOS)).toBeUndefined();
		expect(model.stats.sentences).toBe(3);
		expect(model.stats.tokens).toBe(tokenize(corpus.join(' ')).length + 3);
	});
});
