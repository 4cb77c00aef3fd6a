import { describe, expect, it } from 'vitest';
import { makePoints } from '../features/data';
import { fitBoth, GenerativeLab, probe, SAMPLES } from './lab.svelte';

describe('generative against discriminative', () => {
	const fit = fitBoth(makePoints('circle', 1), 3, 1);

	it('fits both sides: the classifier separates the circle, EM raises each class likelihood', () => {
		expect(fit.accuracy).toBeGreaterThan(0.95);
		for (const t of fit.traces) expect(t.at(-1)!).toBeGreaterThan(t[0]!);
		expect(fit.samples.map((s) => s.length)).toEqual([2 * SAMPLES, 2 * SAMPLES]);
	});

	it('agrees near the data; far from it only the generative side says the point is unusual', () => {
		const centre = probe(fit, 0, 0);
		expect(centre.generative[0]).toBeGreaterThan(0.9);
		expect(centre.classifier[0]).toBeGreaterThan(0.9);
		expect(centre.unusual).toBe(false);
		const far = probe(fit, 1.5, -1.5);
		expect(far.unusual).toBe(true);
		expect(Math.max(...far.classifier)).toBeGreaterThan(0.9);
		expect(far.generative[0]! + far.generative[1]!).toBeCloseTo(1, 9);
	});

	it('forgets its fit when the points change, and keeps the probe on the plane', () => {
		const lab = new GenerativeLab({ data: 'xor', components: 2, seed: 4 });
		lab.run();
		expect(lab.scored).not.toBeNull();
		lab.change({ data: 'moons' });
		expect(lab.fit).toBeNull();
		lab.moveTo(9, -0.123);
		expect([lab.x, lab.y]).toEqual([1.5, -0.12]);
	});
});
