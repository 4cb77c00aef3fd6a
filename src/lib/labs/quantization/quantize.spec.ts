// The quantizer checked by hand: the error bound per group (half a step, plus what rounding the
// scale to float16 adds), exact round trips on the grid, sizes counted on paper, float16 rounding
// on known values, and the edge cases a weight matrix brings (an all-zero group, one outlier, a
// length that is not a whole number of groups).
import { describe, expect, it } from 'vitest';
import {
	BIT_WIDTHS,
	dequantize,
	floatBytes,
	histogram,
	maxCode,
	middleShare,
	quantize,
	quantizedBytes,
	toFloat16,
	weightErrors,
	type Bits,
	type QuantizeOptions
} from './quantize';
import { seededRng } from '../toys/random';

function randomWeights(n: number, seed: number, spread = 0.1): Float32Array {
	const rng = seededRng(seed);
	return Float32Array.from({ length: n }, () => (rng.next() * 2 - 1) * spread);
}

/** The bound for one weight of group g: half its stored step, plus the scale's own rounding. */
function bound(values: Float32Array, o: QuantizeOptions, g: number, stored: number): number {
	const group = values.subarray(g * o.group, (g + 1) * o.group);
	const exact = group.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / maxCode(o.bits);
	return stored / 2 + maxCode(o.bits) * Math.abs(exact - stored) + 1e-7;
}

describe('float16 rounding of the scales', () => {
	it('keeps values float16 can hold and rounds the rest to the nearest one', () => {
		expect(toFloat16(1)).toBe(1);
		expect(toFloat16(-2.5)).toBe(-2.5);
		expect(toFloat16(65504)).toBe(65504);
		expect(toFloat16(70000)).toBe(Infinity);
		expect(toFloat16(2 ** -24)).toBe(2 ** -24); // the smallest subnormal
		expect(toFloat16(2 ** -26)).toBe(0);
		expect(toFloat16(0.1)).toBe(0.0999755859375); // 1638.4 steps of 2^-14 → 1638
		expect(toFloat16(1 / 3)).toBe(0.333251953125);
		// A tie goes to the even neighbour: 1 + 2^-11 lies halfway between 1 and 1 + 2^-10.
		expect(toFloat16(1 + 2 ** -11)).toBe(1);
		expect(toFloat16(1 + 3 * 2 ** -11)).toBe(1 + 2 ** -9);
	});

	it('is never further than half a float16 step from its input', () => {
		const rng = seededRng(4);
		for (let i = 0; i < 2000; i++) {
			const x = 10 ** (rng.next() * 8 - 6);
			const r = toFloat16(x);
			const step = 2 ** (Math.max(Math.floor(Math.log2(x)), -14) - 10);
			expect(Math.abs(r - x)).toBeLessThanOrEqual(step / 2 + 1e-18);
		}
	});
});

describe('group-wise symmetric quantization', () => {
	it.each(
		BIT_WIDTHS.flatMap((bits) =>
			[32, 64, 128].flatMap((group) =>
				(['float16', 'float32'] as const).map((scale) => ({ bits, group, scale }))
			)
		)
	)('loses at most half a step per weight ($bits bits, groups of $group, $scale scales)', (o) => {
		const values = randomWeights(1000, o.bits * 1000 + o.group);
		const q = quantize(values, o);
		const back = dequantize(q);
		expect(q.scales).toHaveLength(Math.ceil(1000 / o.group));
		// The worst weight's error less its bound, and the largest code: one expect each.
		let excess = -Infinity;
		let code = 0;
		for (let i = 0; i < values.length; i++) {
			const g = Math.floor(i / o.group);
			code = Math.max(code, Math.abs(q.codes[i]!));
			excess = Math.max(
				excess,
				Math.abs(back[i]! - values[i]!) - bound(values, o, g, q.scales[g]!)
			);
		}
		expect(code).toBe(maxCode(o.bits));
		expect(excess).toBeLessThanOrEqual(0);
	});

	it('gives back values on the grid exactly', () => {
		for (const bits of BIT_WIDTHS) {
			const qmax = maxCode(bits);
			const step = 0.0078125; // 2^-7: a float16 number, so the scale survives its rounding
			// Codes from −qmax to qmax, with qmax itself in every group so the scale is the step.
			const codes = Array.from({ length: 96 }, (_, i) =>
				i % 32 === 0 ? qmax : (i % (2 * qmax + 1)) - qmax
			);
			const values = Float32Array.from(codes, (c) => c * step);
			const q = quantize(values, { bits, group: 32, scale: 'float16' });
			expect(Array.from(q.scales)).toEqual([step, step, step]);
			expect(Array.from(q.codes)).toEqual(codes);
			expect(Array.from(dequantize(q))).toEqual(Array.from(values));
		}
	});

	it('counts codes and scales in bytes as worked out by hand', () => {
		// 1000 weights at 4 bits: 500 bytes of codes; 32 groups (31 full, one of 8) of 2 bytes each.
		expect(quantizedBytes(1000, { bits: 4, group: 32, scale: 'float16' })).toBe(500 + 64);
		expect(quantizedBytes(1000, { bits: 4, group: 32, scale: 'float32' })).toBe(500 + 128);
		// 3 bits: 3000 bits = 375 bytes; 8 groups of 128.
		expect(quantizedBytes(1000, { bits: 3, group: 128, scale: 'float16' })).toBe(375 + 16);
		// 2 bits of 5 weights is 10 bits: 2 bytes; one group.
		expect(quantizedBytes(5, { bits: 2, group: 32, scale: 'float16' })).toBe(2 + 2);
		expect(quantizedBytes(4096, { bits: 8, group: 64, scale: 'float32' })).toBe(4096 + 256);
		expect(floatBytes(1000)).toBe(4000);
		// q4f16_1's 4 bits plus a 16-bit scale per 32 weights: 4.5 bits a weight, about 1/7 of float32.
		expect(quantizedBytes(32_000, { bits: 4, group: 32, scale: 'float16' }) * 8).toBe(32_000 * 4.5);
	});

	it('keeps an all-zero group at zero, with a zero scale', () => {
		const values = new Float32Array(64);
		values.fill(0.05, 32);
		const q = quantize(values, { bits: 4, group: 32, scale: 'float16' });
		expect(q.scales[0]).toBe(0);
		const back = dequantize(q);
		expect(Array.from(back.subarray(0, 32))).toEqual(new Array(32).fill(0));
		expect(back.every(Number.isFinite)).toBe(true);
	});

	it('lets one large weight coarsen its whole group, and only its group', () => {
		const values = randomWeights(64, 9, 0.01);
		values[5] = 1; // an outlier 100 times the others
		const o = { bits: 4 as Bits, group: 32, scale: 'float16' as const };
		const q = quantize(values, o);
		const err = weightErrors(values, dequantize(q));
		// Step 1/7: every small weight of the first group rounds to 0 and loses all of itself.
		for (let i = 0; i < 32; i++) if (i !== 5) expect(q.codes[i]).toBe(0);
		expect(Math.abs(err[5]!)).toBeLessThanOrEqual(7 * Math.abs(1 / 7 - q.scales[0]!) + 1e-7);
		// The second group keeps its own fine step.
		const worstSecond = Math.max(...Array.from(err.subarray(32), Math.abs));
		expect(worstSecond).toBeLessThanOrEqual(q.scales[1]! / 2 + 1e-7);
		expect(q.scales[1]!).toBeLessThan(q.scales[0]! / 50);
	});

	it('handles a length that is not a whole number of groups', () => {
		const values = randomWeights(70, 2);
		const o = { bits: 3 as Bits, group: 32, scale: 'float32' as const };
		const q = quantize(values, o);
		expect(q.scales).toHaveLength(3); // 32 + 32 + 6
		const back = dequantize(q);
		expect(back).toHaveLength(70);
		for (let i = 64; i < 70; i++)
			expect(Math.abs(back[i]! - values[i]!)).toBeLessThanOrEqual(
				bound(values, o, 2, q.scales[2]!)
			);
	});

	it('loses more as the bits fall', () => {
		const values = randomWeights(4096, 3);
		const meanErr = (bits: Bits) =>
			histogram(
				weightErrors(values, dequantize(quantize(values, { bits, group: 32, scale: 'float16' }))),
				10
			).meanAbs;
		const e = BIT_WIDTHS.map(meanErr);
		for (let i = 1; i < e.length; i++) expect(e[i]).toBeGreaterThan(e[i - 1]!);
	});
});

describe('histogram of the errors', () => {
	it('puts every value in one of equal bins over ±the largest |value|', () => {
		const h = histogram([-1, -0.5, 0, 0.2, 1], 4);
		expect(h.from).toBe(-1);
		expect(h.width).toBe(0.5);
		expect(h.counts).toEqual([1, 1, 2, 1]);
		expect(h.total).toBe(5);
		expect(h.peak).toBe(1);
		expect(h.meanAbs).toBeCloseTo(0.54, 10);
	});

	it('keeps values past a given limit in the outer bins, and copes with all zeros', () => {
		expect(histogram([-3, 0.1, 3], 2, 1).counts).toEqual([1, 2]);
		const zeros = histogram(new Float32Array(8), 4);
		expect(zeros.counts.reduce((a, b) => a + b, 0)).toBe(8);
		expect(zeros.peak).toBe(0);
	});

	it('says what share of the values sits in the middle fifth of the range', () => {
		// 25 bins over ±1: the middle fifth is bins 10 to 14, [−0.2, 0.2).
		const h = histogram([-1, -0.19, 0, 0.1, 0.5, 1], 25);
		expect(middleShare(h)).toBeCloseTo(3 / 6, 10);
		expect(middleShare(histogram([], 25))).toBe(0);
	});
});
