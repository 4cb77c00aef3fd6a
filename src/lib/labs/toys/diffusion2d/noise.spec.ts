import { describe, expect, it } from 'vitest';
import { linearSchedule, noised, samplerTimesteps, T, timeFeatures } from './noise';

describe('noise schedule', () => {
	it('leaves the data almost intact at the start and almost nothing at the end', () => {
		const s = linearSchedule();
		expect(s.alphaBar[0]).toBeCloseTo(0.999, 3);
		expect(Math.sqrt(s.alphaBar[T - 1]!)).toBeLessThan(0.1);
		for (let t = 1; t < T; t++) expect(s.alphaBar[t]!).toBeLessThan(s.alphaBar[t - 1]!);
		const x0 = Float32Array.of(1, -1);
		const eps = Float32Array.of(0.5, 0.5);
		expect(Array.from(noised(x0, eps, -1, s))).toEqual([1, -1]);
		expect(Math.abs(noised(x0, eps, T - 1, s)[0]! - 0.5)).toBeLessThan(0.1);
	});

	it('visits sampler timesteps from noisiest to clean, evenly', () => {
		expect(samplerTimesteps(5)).toEqual([99, 74, 50, 25, 0]);
		expect(samplerTimesteps(1)).toEqual([99]);
		expect(samplerTimesteps(1000)).toHaveLength(T);
		expect(timeFeatures(3)).toHaveLength(10);
	});
});
