import { describe, expect, it } from 'vitest';
import { MAX_STEPS_PER_FRAME, nextStepsPerFrame, smoothRate } from './schedule';

describe('steps per frame', () => {
	it('grows while frames are cheap, halves when one runs long, stays within bounds', () => {
		expect(nextStepsPerFrame(4, 2)).toBe(8);
		expect(nextStepsPerFrame(8, 9)).toBe(9);
		expect(nextStepsPerFrame(8, 14)).toBe(7);
		expect(nextStepsPerFrame(8, 40)).toBe(4);
		expect(nextStepsPerFrame(1, 500)).toBe(1);
		expect(nextStepsPerFrame(MAX_STEPS_PER_FRAME, 1)).toBe(MAX_STEPS_PER_FRAME);
	});

	it('settles near the budget for a steady cost per step', () => {
		let n = 1;
		for (let i = 0; i < 50; i++) n = nextStepsPerFrame(n, n * 1.5);
		expect(n * 1.5).toBeGreaterThan(6);
		expect(n * 1.5).toBeLessThanOrEqual(18);
	});

	it('smooths the rate', () => {
		expect(smoothRate(0, 10, 100)).toBe(100);
		expect(smoothRate(100, 20, 100)).toBeCloseTo(120);
	});
});
