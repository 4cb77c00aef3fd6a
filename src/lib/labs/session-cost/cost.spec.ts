import { describe, expect, it } from 'vitest';
import { apiCost, inferenceFlops, joules, joulesAt, scientific, sessionsFor } from './cost';

describe('session-cost arithmetic, against values worked by hand', () => {
	it('counts 2 operations per weight per token', () => {
		// 360 million weights, 1,000 tokens: 2 × 3.6e8 × 1e3 = 7.2e11.
		expect(inferenceFlops(360e6, 1000)).toBe(7.2e11);
		expect(inferenceFlops(1.5e9, 0)).toBe(0);
	});

	it('turns power and time, or operations and efficiency, into energy', () => {
		// 25 W for 12 s = 300 J = 300 / 3600 Wh ≈ 0.0833 Wh.
		expect(joules(25, 12)).toBe(300);
		// 7.2e11 operations at 100 GFLOP per joule = 7.2 J.
		expect(joulesAt(7.2e11, 100)).toBeCloseTo(7.2, 10);
		expect(joulesAt(1, 0)).toBeNaN();
	});

	it('prices prompt and written tokens per million', () => {
		// 2,000 in at $0.15/M and 500 out at $0.60/M: 0.0003 + 0.0003 = $0.0006.
		expect(apiCost({ input: 0.15, output: 0.6 }, 2000, 500)).toBeCloseTo(0.0006, 12);
		// 1M out at $10/M is $10.
		expect(apiCost({ input: 2.5, output: 10 }, 0, 1e6)).toBe(10);
	});

	it('compares with a training run and writes large numbers readably', () => {
		expect(sessionsFor(3.14e23, 7.2e11)).toBeCloseTo(4.36e11, -9);
		expect(sessionsFor(1, 0)).toBe(Infinity);
		expect(scientific(3.14e23)).toBe('3.1 × 10²³');
		expect(scientific(7.2e11)).toBe('7.2 × 10¹¹');
		expect(scientific(0.005)).toBe('5.0 × 10⁻³');
		expect(scientific(0)).toBe('0');
	});
});
