import { describe, expect, it } from 'vitest';
import { example, temperatureColumns, topPKept } from './data';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const isDescending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! >= x);

describe('diagram data', () => {
	const [cold, neutral, hot] = temperatureColumns([0.3, 1, 1.8]).map((c) => c.bars);

	it('each temperature column is a distribution over the five example tokens', () => {
		for (const bars of [cold!, neutral!, hot!]) {
			expect(bars).toHaveLength(example.length);
			expect(sum(bars)).toBeCloseTo(1, 10);
		}
	});

	it('T = 1 shows the model’s own probabilities', () => {
		neutral!.forEach((p, i) => expect(p).toBeCloseTo(example[i]!.p, 10));
	});

	it('T = 0.3 puts most of the mass on the first token', () => {
		expect(cold![0]).toBeGreaterThan(0.8);
	});

	it('T = 1.8 flattens the bars but keeps their order', () => {
		expect(isDescending(hot!)).toBe(true);
		expect(hot![0]).toBeLessThan(neutral![0]!);
		expect(hot![4]).toBeGreaterThan(neutral![4]!);
		expect(Math.max(...hot!) - Math.min(...hot!)).toBeLessThan(
			Math.max(...neutral!) - Math.min(...neutral!)
		);
	});

	it('top-p = 0.9 keeps cat, dog, fox and owl (0.42 + 0.25 + 0.15 + 0.10 = 0.92)', () => {
		expect(topPKept(0.9)).toBe(4);
		expect(topPKept(1)).toBe(5);
	});
});
