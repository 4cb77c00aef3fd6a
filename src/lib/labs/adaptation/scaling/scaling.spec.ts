import { describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { fitPowerLaw, runScaling, scalingSummary } from './scaling';

describe('fitPowerLaw', () => {
	it('recovers an exact power law', () => {
		const pts = [10, 100, 1000, 10_000].map((x) => ({ x, y: 3 * x ** -0.5 }));
		const fit = fitPowerLaw(pts)!;
		expect(fit.a).toBeCloseTo(3, 10);
		expect(fit.b).toBeCloseTo(-0.5, 10);
		expect(fit.r2).toBeCloseTo(1, 10);
	});

	it('fits noisy points by least squares on the logarithms', () => {
		// ln y = 2 − ln x ± e, alternating: with u = ln x − mean = (k − 1.5)·ln 10, the slope is
		// −1 + Σu·noise / Σu² = −1 + (2e·ln 10) / (5·ln² 10).
		const e = 0.1;
		const pts = [1, 10, 100, 1000].map((x, i) => ({ x, y: Math.exp(2 + (i % 2 ? e : -e)) / x }));
		const fit = fitPowerLaw(pts)!;
		expect(fit.b).toBeCloseTo(-1 + (2 * e) / (5 * Math.LN10), 10);
		expect(fit.r2).toBeLessThan(1);
		expect(fit.r2).toBeGreaterThan(0.99);
	});

	it('needs two distinct positive sizes', () => {
		expect(fitPowerLaw([{ x: 10, y: 2 }])).toBeNull();
		expect(
			fitPowerLaw([
				{ x: 10, y: 2 },
				{ x: 10, y: 3 }
			])
		).toBeNull();
		expect(
			fitPowerLaw([
				{ x: 0, y: 2 },
				{ x: 10, y: 3 }
			])
		).toBeNull();
	});
});

describe('runScaling on the concept texts', () => {
	const fractions = [0.01, 0.03, 0.1, 0.3, 1];

	it('held-out perplexity falls as the training share grows; the fitted exponent is negative', async () => {
		const { points, heldOut, stopped } = await runScaling(trainingParagraphs(), fractions, 7);
		expect(stopped).toBe(false);
		expect(points.map((p) => p.fraction)).toEqual(fractions);
		expect(heldOut.paragraphs).toBeGreaterThan(10);
		for (let i = 1; i < points.length; i++) {
			expect(points[i]!.tokens).toBeGreaterThan(points[i - 1]!.tokens);
			expect(points[i]!.perplexity).toBeLessThan(points[i - 1]!.perplexity);
			expect(points[i]!.unknown).toBeLessThanOrEqual(points[i - 1]!.unknown);
		}
		const fit = fitPowerLaw(points.map((p) => ({ x: p.tokens, y: p.perplexity })))!;
		expect(fit.b).toBeLessThan(0);
		expect(fit.r2).toBeGreaterThan(0.9);
	});

	it('gives the same numbers for the same seed, and stops when asked', async () => {
		const run = () => runScaling(trainingParagraphs(), fractions, 3);
		const [a, b] = [await run(), await run()];
		expect(b.points.map((p) => p.perplexity)).toEqual(a.points.map((p) => p.perplexity));

		const controller = new AbortController();
		const seen: number[] = [];
		const stopped = await runScaling(trainingParagraphs(), fractions, 3, {
			signal: controller.signal,
			onPoint: (_p, i) => {
				seen.push(i);
				if (i === 1) controller.abort();
			}
		});
		expect(stopped.stopped).toBe(true);
		expect(stopped.points).toHaveLength(2);
		expect(seen).toEqual([0, 1]);
	});
});

describe('scalingSummary', () => {
	const point = (tokens: number, perplexity: number) => ({
		fraction: 1,
		paragraphs: 1,
		tokens,
		perplexity,
		unknown: 0,
		trigrams: 0,
		ms: 0
	});

	it('names the range and the fitted exponent with a true minus sign', () => {
		const pts = [point(160, 5182.9), point(9387, 465.7)];
		const fit = fitPowerLaw(pts.map((p) => ({ x: p.tokens, y: p.perplexity })));
		expect(scalingSummary(pts, fit)).toBe(
			'Held-out perplexity from 5,183 at 160 tokens to 466 at 9,387 tokens over 2 sizes. ' +
				`Fitted power law: exponent b = −${(-fit!.b).toFixed(2)}, R² = 1.000.`
		);
		expect(scalingSummary([], null)).toBe('No sizes trained yet.');
		expect(scalingSummary([pts[0]!], null)).toBe('Held-out perplexity 5,183 at 160 tokens.');
	});
});
