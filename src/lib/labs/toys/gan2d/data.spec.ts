import { describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import { modeCentres, modeCoverage, sampleModes } from './data';

describe('GAN data and mode coverage', () => {
	it('draws every blob and counts them all', () => {
		for (const name of ['ring', 'grid', 'line'] as const) {
			const cov = modeCoverage(sampleModes(name, 800, seededRng(1)), name);
			expect(cov.covered).toBe(modeCentres(name).length);
			expect(cov.nearShare).toBeGreaterThan(0.98);
		}
	});

	it('counts a collapsed cloud as one blob, and a smear as none', () => {
		const collapsed = sampleModes('ring', 400, seededRng(2)).map((v, i) => (i % 2 ? 0 : 1));
		expect(modeCoverage(collapsed, 'ring')).toMatchObject({ covered: 1, nearShare: 1 });
		const smear = new Float32Array(800).map((_, i) => (i % 2 ? 0 : (i / 800) * 3 - 1.5) + 3);
		expect(modeCoverage(smear, 'ring').covered).toBe(0);
	});
});
