import { describe, expect, it } from 'vitest';
import {
	captureTopN,
	createRng,
	drawCandidate,
	entropyBits,
	nextTokenDistribution,
	softmaxDenominator,
	topIndices
} from './sampling';

const probs = [0.05, 0.5, 0.2, 0.15, 0.1, 0];
const off = { temperature: 1, topK: 0, topP: 1 };

const sum = (xs: { prob: number }[]) => xs.reduce((s, c) => s + c.prob, 0);

describe('nextTokenDistribution', () => {
	it('at temperature 1 with no filters keeps the model distribution, most likely first', () => {
		const c = nextTokenDistribution(probs, off);
		expect(c.map((x) => x.id)).toEqual([1, 2, 3, 4, 0]); // zero-probability token dropped
		c.forEach((x) => expect(x.prob).toBeCloseTo(x.modelProb, 12));
		expect(sum(c)).toBeCloseTo(1, 12);
	});

	it('temperature → 0 is argmax', () => {
		for (const temperature of [0, 1e-4]) {
			expect(nextTokenDistribution(probs, { ...off, temperature })).toEqual([
				{ id: 1, modelProb: 0.5, prob: 1 }
			]);
		}
	});

	it('low temperature sharpens, high temperature flattens', () => {
		const base = entropyBits(nextTokenDistribution(probs, off).map((c) => c.prob));
		const cold = entropyBits(
			nextTokenDistribution(probs, { ...off, temperature: 0.5 }).map((c) => c.prob)
		);
		const hot = entropyBits(
			nextTokenDistribution(probs, { ...off, temperature: 2 }).map((c) => c.prob)
		);
		expect(cold).toBeLessThan(base);
		expect(hot).toBeGreaterThan(base);
		// T = 0.5 squares the probabilities: 0.5² / Σp² for the top token.
		const sq = probs.reduce((s, p) => s + p * p, 0);
		expect(nextTokenDistribution(probs, { ...off, temperature: 0.5 })[0]!.prob).toBeCloseTo(
			0.25 / sq,
			12
		);
	});

	it('top-k keeps exactly the k most likely tokens, renormalised', () => {
		const c = nextTokenDistribution(probs, { ...off, topK: 2 });
		expect(c.map((x) => x.id)).toEqual([1, 2]);
		expect(c[0]!.prob).toBeCloseTo(0.5 / 0.7, 12);
		expect(sum(c)).toBeCloseTo(1, 12);
	});

	it('top-p keeps the smallest set whose probability reaches p', () => {
		expect(nextTokenDistribution(probs, { ...off, topP: 0.5 }).map((x) => x.id)).toEqual([1]);
		expect(nextTokenDistribution(probs, { ...off, topP: 0.7 }).map((x) => x.id)).toEqual([1, 2]);
		expect(nextTokenDistribution(probs, { ...off, topP: 0.71 }).map((x) => x.id)).toEqual([
			1, 2, 3
		]);
		expect(sum(nextTokenDistribution(probs, { ...off, topP: 0.71 }))).toBeCloseTo(1, 12);
	});

	it('applies temperature before top-p', () => {
		// After T = 0.5 the top token holds 0.25/0.3375 ≈ 0.74 of the mass, so top-p 0.7 keeps it alone.
		const c = nextTokenDistribution(probs, { temperature: 0.5, topK: 0, topP: 0.7 });
		expect(c.map((x) => x.id)).toEqual([1]);
	});
});

describe('drawing', () => {
	it('walks the cumulative probabilities', () => {
		const c = nextTokenDistribution([0.5, 0.3, 0.2], off);
		expect(drawCandidate(c, 0)).toBe(0);
		expect(drawCandidate(c, 0.49)).toBe(0);
		expect(drawCandidate(c, 0.5)).toBe(1);
		expect(drawCandidate(c, 0.79)).toBe(1);
		expect(drawCandidate(c, 0.99)).toBe(2);
	});

	it('the same seed gives the same numbers, another seed others, all in [0, 1)', () => {
		const a = createRng(42);
		const b = createRng(42);
		const c = createRng(43);
		const xs = Array.from({ length: 1000 }, () => a());
		expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
		expect(c()).not.toBe(xs[0]);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		expect(mean).toBeGreaterThan(0.45);
		expect(mean).toBeLessThan(0.55);
	});
});

describe('large vocabularies', () => {
	it('topIndices finds the m largest, largest first, ties by lower id', () => {
		expect(topIndices([3, 9, -2, 9, 5, 0], 3)).toEqual([1, 3, 4]);
		expect(topIndices([1, 2], 5)).toEqual([1, 0]);
	});

	it('captureTopN returns softmax probabilities of the best logits, negatives included', () => {
		const logits = [-1, -3, -0.5, -10];
		const top = captureTopN(logits, 2);
		const z = logits.reduce((s, l) => s + Math.exp(l), 0);
		expect(top.map((t) => t.id)).toEqual([2, 0]);
		expect(top[0]!.prob).toBeCloseTo(Math.exp(-0.5) / z, 8);
	});

	it('the fast softmax denominator matches Math.exp to 1e-9 across the whole range', () => {
		const rng = createRng(3);
		const logits = Float32Array.from({ length: 20_000 }, () => (rng() - 0.5) * 80);
		const max = Math.max(...logits);
		let exact = 0;
		for (const l of logits) exact += Math.exp(l - max);
		expect(Math.abs(softmaxDenominator(logits, max) / exact - 1)).toBeLessThan(1e-9);
		// Every single term, including exact powers of two and values just below zero.
		for (const d of [0, -1e-9, -0.5, -Math.LN2, -1, -7.3, -20, -38.9]) {
			expect(softmaxDenominator([d], 0) / Math.exp(d)).toBeCloseTo(1, 8);
		}
	});

	it('top-p without top-k widens its selection until the nucleus is complete', () => {
		// 300 equally likely tokens: a 0.9 nucleus needs 270 of them, beyond the first 64 picked.
		const flat = new Array(300).fill(1 / 300);
		const kept = nextTokenDistribution(flat, { temperature: 1, topK: 0, topP: 0.9 });
		expect(kept).toHaveLength(270);
		expect(kept.reduce((s, c) => s + c.prob, 0)).toBeCloseTo(1, 12);
	});
});

describe('min-p (after temperature and top-k, before top-p)', () => {
	const probs = [0.5, 0.3, 0.15, 0.05];
	const run = (params: Partial<Parameters<typeof nextTokenDistribution>[1]>) =>
		nextTokenDistribution(probs, { temperature: 1, topK: 0, topP: 1, ...params }).map((c) => [
			c.id,
			Number(c.prob.toFixed(4))
		]);

	it('keeps tokens at least min-p times the favourite, renormalised', () => {
		// threshold 0.4 × 0.5 = 0.2: 0.5 and 0.3 stay → 0.625 / 0.375
		expect(run({ minP: 0.4 })).toEqual([
			[0, 0.625],
			[1, 0.375]
		]);
		expect(run({ minP: 0 })).toHaveLength(4);
		expect(run({ minP: 1 })).toEqual([[0, 1]]);
	});

	it('keeps exact ties at min-p 1', () => {
		const tied = nextTokenDistribution([0.4, 0.4, 0.2], {
			temperature: 1,
			topK: 0,
			topP: 1,
			minP: 1
		});
		expect(tied.map((c) => c.prob)).toEqual([0.5, 0.5]);
	});

	it('measures against the tempered favourite: a high temperature lets more through', () => {
		// T = 2: √p ∝ [0.7071, 0.5477, 0.3873, 0.2236], favourite share 0.3789; threshold 0.1516
		// keeps three, renormalised over 0.7071 + 0.5477 + 0.3873 = 1.6421.
		expect(run({ temperature: 2, minP: 0.4 })).toEqual([
			[0, 0.4306],
			[1, 0.3335],
			[2, 0.2359]
		]);
	});

	it('runs before top-p: the nucleus is taken from the min-p survivors', () => {
		// min-p 0.4 leaves 0.625 / 0.375; top-p 0.6 then needs only the first.
		expect(run({ minP: 0.4, topP: 0.6 })).toEqual([[0, 1]]);
		// Without min-p, top-p 0.6 needs two tokens (0.5 < 0.6 ≤ 0.8).
		expect(run({ topP: 0.6 })).toHaveLength(2);
	});

	it('finds every survivor beyond the first 64 selected in a large vocabulary', () => {
		const flat = Array.from({ length: 1000 }, (_, i) => (i < 300 ? 1 : 0.1));
		const kept = nextTokenDistribution(flat, { temperature: 1, topK: 0, topP: 1, minP: 0.5 });
		expect(kept).toHaveLength(300);
	});
});
