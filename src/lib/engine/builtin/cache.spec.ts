import { describe, expect, it } from 'vitest';
import { withCache } from './cache';
import { BOS, trainTrigram } from './ngram';

const base = trainTrigram([
	'the cat sat on the mat.',
	'the dog sat on the rug.',
	'a bird sang in the tree.'
]);
const sum = (p: Float64Array) => p.reduce((a, b) => a + b, 0);
const at = (p: Float64Array, w: string) => p[base.idOf(w)!]!;

describe('cache model', () => {
	it('is the base model at weight 0 and a proper distribution at any weight', () => {
		const ctx = [BOS, 'sat', 'on'];
		expect([...withCache(base, ['the dog sat on the rug.'], 0)(ctx)]).toEqual([
			...base.distribution(ctx)
		]);
		for (const w of [0.2, 0.35, 0.9])
			expect(sum(withCache(base, ['on the rug'], w)(ctx))).toBeCloseTo(1, 12);
	});

	it('makes what the passages say after the same two words more likely', () => {
		const ctx = ['on', 'the'];
		const mixed = withCache(base, ['the dog sat on the rug.'])(ctx);
		expect(at(mixed, 'rug')).toBeGreaterThan(at(base.distribution(ctx), 'rug'));
		expect(at(mixed, 'mat')).toBeLessThan(at(base.distribution(ctx), 'mat'));
	});

	it('gives a passage word the base model never saw no probability, and stays normalised', () => {
		const mixed = withCache(base, ['on the sofa.'])(['on', 'the']);
		expect(base.idOf('sofa')).toBeUndefined();
		expect(sum(mixed)).toBeCloseTo(1, 12);
	});
});
