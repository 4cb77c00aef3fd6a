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
		const corr = (xs: number[], c: number) => {
			const ys = Array.from({ length: n }, (_, i) => map[i * 2 + c]!);
			const mx = xs.reduce((s, v) => s + v, 0) / n;
			const my = ys.reduce((s, v) => s + v, 0) / n;
			let sxy = 0;
			let sxx = 0;
			let syy = 0;
			for (let i = 0; i < n; i++) {
				sxy += (xs[i]! - mx) * (ys[i]! - my);
				sxx += (xs[i]! - mx) ** 2;
				syy += (ys[i]! - my) ** 2;
			}
			return sxy / Math.sqrt(sxx * syy);
		};
		expect(Math.abs(corr(along, 0))).toBeGreaterThan(0.999);
		expect(Math.abs(corr(across, 1))).toBeGreaterThan(0.99);
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
