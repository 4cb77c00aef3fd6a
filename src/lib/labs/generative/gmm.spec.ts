import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../toys/random';
import {
	emStep,
	fitMixture,
	initMixture,
	logDensity,
	meanLogLikelihood,
	posterior,
	sample,
	type Mixture
} from './gmm';

const known: Mixture = [
	{ weight: 0.3, mean: [-1, 0.5], cov: [0.04, 0.01, 0.09] },
	{ weight: 0.7, mean: [0.8, -0.4], cov: [0.16, -0.05, 0.04] }
];

describe('the Gaussian mixture', () => {
	it('never lowers the log-likelihood with an EM step, whatever the points', () => {
		const points = fc
			.array(
				fc.tuple(
					fc.double({ min: -1.5, max: 1.5, noNaN: true }),
					fc.double({ min: -1.5, max: 1.5, noNaN: true })
				),
				{
					minLength: 4,
					maxLength: 60
				}
			)
			.map((p) => Float64Array.from(p.flat()));
		fc.assert(
			fc.property(points, fc.integer({ min: 1, max: 4 }), fc.nat(1000), (xy, k, seed) => {
				let m = initMixture(xy, k, seededRng(seed));
				let before = meanLogLikelihood(m, xy);
				for (let s = 0; s < 15; s++) {
					m = emStep(m, xy);
					const after = meanLogLikelihood(m, xy);
					expect(after).toBeGreaterThanOrEqual(before - 1e-9 * Math.max(1, Math.abs(before)));
					before = after;
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('draws samples whose mean and spread match the mixture', () => {
		const xy = sample(known, 4000, seededRng(5));
		let mx = 0;
		let my = 0;
		for (let i = 0; i < 4000; i++) {
			mx += xy[2 * i]! / 4000;
			my += xy[2 * i + 1]! / 4000;
		}
		expect(mx).toBeCloseTo(0.3 * -1 + 0.7 * 0.8, 1);
		expect(my).toBeCloseTo(0.3 * 0.5 + 0.7 * -0.4, 1);
		// Refitting the samples finds the two components again, means within 0.05.
		const { mixture } = fitMixture(xy, 2, seededRng(1), 30);
		const means = mixture.map((c) => c.mean).sort((a, b) => a[0] - b[0]);
		expect(Math.hypot(means[0]![0] + 1, means[0]![1] - 0.5)).toBeLessThan(0.05);
		expect(Math.hypot(means[1]![0] - 0.8, means[1]![1] + 0.4)).toBeLessThan(0.05);
	});

	it('scores a point near a mean as more likely than one far away', () => {
		expect(logDensity(known, 0.8, -0.4)).toBeGreaterThan(logDensity(known, 0, 1.5) + 5);
	});

	it('gives a posterior over the classes that sums to 1', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e4, max: 50, noNaN: true }), { minLength: 2, maxLength: 4 }),
				(logs) => {
					const p = posterior(
						logs,
						logs.map(() => 1 / logs.length)
					);
					expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
					for (const v of p) expect(v).toBeGreaterThanOrEqual(0);
				}
			)
		);
	});
});
