import { describe, expect, it } from 'vitest';
import { logTickValues, margin, scatterChart } from './logChart';

describe('logTickValues', () => {
	it('gives the powers of ten in range, or 1-2-5 steps when there are fewer than three', () => {
		expect(logTickValues(90, 20_000)).toEqual([100, 1000, 10_000]);
		expect(logTickValues(300, 6000)).toEqual([500, 1000, 2000, 5000]);
	});
});

describe('scatterChart', () => {
	const points = [
		{ x: 100, y: 5000 },
		{ x: 1000, y: 1500 },
		{ x: 10_000, y: 450 }
	];

	it('maps larger x to the right and, on a log y axis, larger y upwards, inside the margins', () => {
		const c = scatterChart(points, { width: 400, height: 240, yLog: true });
		const [a, b, d] = c.dots;
		expect(a!.cx).toBeLessThan(b!.cx);
		expect(b!.cx).toBeLessThan(d!.cx);
		expect(a!.cy).toBeLessThan(d!.cy);
		for (const p of c.dots) {
			expect(p.cx).toBeGreaterThanOrEqual(margin.left);
			expect(p.cx).toBeLessThanOrEqual(400 - margin.right);
			expect(p.cy).toBeGreaterThanOrEqual(margin.top);
			expect(p.cy).toBeLessThanOrEqual(240 - margin.bottom);
		}
		expect(c.xTicks.map((t) => t.label)).toEqual(['100', '1K', '10K']);
		expect(c.curve).toBe('');
	});

	it('draws a power law as a straight path on log–log axes', () => {
		const c = scatterChart(points, {
			width: 400,
			height: 240,
			yLog: true,
			curve: (x) => 5e5 * x ** -1
		});
		const coords = [...c.curve.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(
			(m) => [+m[1]!, +m[2]!] as const
		);
		expect(coords.length).toBeGreaterThan(10);
		const slope = (i: number) =>
			(coords[i + 1]![1] - coords[i]![1]) / (coords[i + 1]![0] - coords[i]![0]);
		expect(slope(0)).toBeCloseTo(slope(coords.length - 2), 3);
	});

	it('keeps a fixed linear y range', () => {
		const c = scatterChart([{ x: 1e9, y: 50 }], {
			width: 300,
			height: 200,
			yLog: false,
			yDomain: [0, 100]
		});
		expect(c.dots[0]!.cy).toBeCloseTo((200 - margin.bottom + margin.top) / 2, 6);
		expect(c.yTicks[0]!.label).toBe('0');
	});
});
