import { describe, expect, it } from 'vitest';
import { meanNearestDistance, slicedWasserstein } from './metrics';

const cloud = (f: (i: number) => [number, number], n = 200) =>
	Float32Array.from({ length: n * 2 }, (_, k) => f(k >> 1)[k & 1]!);

describe('distances between point clouds', () => {
	it('is 0 for the same cloud and equals the shift for a translated one', () => {
		const a = cloud((i) => [Math.cos(i), Math.sin(i * 0.7)]);
		expect(slicedWasserstein(a, a)).toBeCloseTo(0, 6);
		const shifted = cloud((i) => [Math.cos(i) + 0.5, Math.sin(i * 0.7)]);
		// A shift by 0.5 along x projects to 0.5·|cos θ|, whose mean over directions is 1/π.
		expect(slicedWasserstein(a, shifted, 512)).toBeCloseTo(1 / Math.PI, 1);
		expect(meanNearestDistance(a, a)).toBe(0);
	});
});
