import { describe, expect, it } from 'vitest';
import { seededRng } from '../toys/random';
import { pca } from './pca';

describe('pca', () => {
	it('finds the direction the points spread along, then the next one', () => {
		// 200 points in 5-D: spread 10 along (1,1,0,0,0)/√2, 3 along e3, 0.1 elsewhere.
		const rng = seededRng(3);
		const n = 200;
		const d = 5;
		const rows = new Float64Array(n * d);
		const along: number[] = [];
		const across: number[] = [];
		for (let i = 0; i < n; i++) {
			const a = rng.normal() * 10;
			const b = rng.normal() * 3;
			along.push(a);
			across.push(b);
			rows.set([a / Math.SQRT2, a / Math.SQRT2, b, rng.normal() * 0.1, rng.normal() * 0.1], i * d);
		}
		const map = pca(rows, n, d);
		// Each coordinate is the point's spread along that direction (up to sign, around the mean).
		const worst = (xs: number[], c: number) => {
			const m = xs.reduce((s, v) => s + v, 0) / n;
			const sign = Math.sign(map[c]! * (xs[0]! - m));
			return Math.max(...xs.map((x, i) => Math.abs(sign * map[i * 2 + c]! - (x - m))));
		};
		expect(worst(along, 0)).toBeLessThan(0.5);
		expect(worst(across, 1)).toBeLessThan(0.5);
	});

	it('gives the same map for the same rows (no flip between updates)', () => {
		const rows = Float64Array.from({ length: 40 }, (_, i) => Math.sin(i * 1.7) * (i % 4));
		expect(Array.from(pca(rows, 10, 4))).toEqual(Array.from(pca(rows.slice(), 10, 4)));
		const flipped = rows.map((x) => -x);
		// The sign rule makes the map independent of the rows' overall sign too.
		const a = pca(rows, 10, 4);
		const b = pca(flipped, 10, 4);
		for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]!)).toBeCloseTo(Math.abs(b[i]!), 6);
	});
});
