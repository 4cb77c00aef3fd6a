// Group-wise symmetric quantization, the scheme behind the `q4f16_1` and `q4f32_1` in the app's
// model names, written out on plain arrays so the spec can check it by hand and the lab can run it
// on a tiny GPT's weights without the tensor library. Each run of G consecutive weights (a group)
// shares one scale s = max|w| / qmax with qmax = 2^(b−1) − 1, and each weight keeps only the
// integer code round(w / s) in [−qmax, qmax]; reading it back gives code · s. So the error of a
// weight is at most half a step (s / 2), and a group with one large weight has a large step for
// all its neighbours: that is why smaller groups lose less and cost more scales.
//
// Choices and why:
// - Symmetric with qmax = 2^(b−1) − 1, as MLC's group quantizer does (its 4-bit codes are stored
//   unsigned with an offset of 7): zero stays exactly zero, and at 2 bits the grid has only three
//   levels (−s, 0, s). One code of the b-bit range goes unused; the sizes still count b bits.
// - The scale is stored as float16 or float32 and the codes are computed against the stored
//   scale, so what is measured is what a reader of the stored numbers would get. Rounding the
//   scale to float16 can leave the group's largest weight just past qmax · s; it is clamped to
//   qmax, which adds at most qmax · |s − s16| to its error (the bound the spec checks).
// - Groups run along the array as given: for a weight matrix, row after row as it is stored.
//   MLC groups along the input dimension of each matrix; for the error statistics measured here
//   the direction matters little, and the page says which one this is.

export type Bits = 8 | 4 | 3 | 2;
export const BIT_WIDTHS: readonly Bits[] = [8, 4, 3, 2];
export type ScaleFormat = 'float16' | 'float32';
/** Weights per scale offered: 32 as in WebLLM's q4f16_1 models, and two coarser choices. */
export const GROUP_SIZES = [32, 64, 128] as const;

export interface QuantizeOptions {
	bits: Bits;
	/** Weights per group (one scale each). */
	group: number;
	scale: ScaleFormat;
}

export interface Quantized {
	/** One integer code per weight, in [−qmax, qmax]. */
	codes: Int8Array;
	/** One stored scale per group (already rounded to the scale format). */
	scales: Float32Array;
	options: QuantizeOptions;
}

/** The largest code of a symmetric b-bit grid. */
export const maxCode = (bits: Bits) => 2 ** (bits - 1) - 1;

const FLOAT16_MAX = 65504;

/** x rounded to the nearest float16 (ties to even), as a number; ±Infinity past its range. */
export function toFloat16(x: number): number {
	if (!Number.isFinite(x) || x === 0) return x;
	const a = Math.abs(x);
	// 65520 is halfway between the largest float16 and the next power of two: it rounds up.
	if (a >= 65520) return Math.sign(x) * Infinity;
	// The exponent of a, kept at −14 and above (below it float16 has subnormals with a fixed step).
	let e = Math.floor(Math.log2(a));
	if (2 ** e > a) e--;
	else if (2 ** (e + 1) <= a) e++;
	const step = 2 ** (Math.max(e, -14) - 10);
	const v = a / step;
	let r = Math.round(v);
	if (r - v === 0.5 && r % 2 !== 0) r -= 1;
	return Math.sign(x) * r * step;
}

const storeScale = (s: number, format: ScaleFormat) =>
	format === 'float16' ? toFloat16(Math.min(s, FLOAT16_MAX)) : Math.fround(s);

/** Rounds half away from zero, so a weight and its negative get opposite codes. */
const roundSym = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

export function quantize(values: Float32Array, options: QuantizeOptions): Quantized {
	const { bits, group } = options;
	if (!Number.isInteger(group) || group < 1) throw new Error(`group size ${group} is not a count`);
	const qmax = maxCode(bits);
	const groups = Math.ceil(values.length / group);
	const codes = new Int8Array(values.length);
	const scales = new Float32Array(groups);
	for (let g = 0; g < groups; g++) {
		const start = g * group;
		const end = Math.min(start + group, values.length);
		let peak = 0;
		for (let i = start; i < end; i++) peak = Math.max(peak, Math.abs(values[i]!));
		const s = storeScale(peak / qmax, options.scale);
		scales[g] = s;
		// A scale of 0 (an all-zero group, or one so small that float16 cannot hold its scale)
		// leaves every code at 0.
		if (s === 0) continue;
		for (let i = start; i < end; i++)
			codes[i] = Math.max(-qmax, Math.min(qmax, roundSym(values[i]! / s)));
	}
	return { codes, scales, options };
}

export function dequantize(q: Quantized): Float32Array {
	const out = new Float32Array(q.codes.length);
	const G = q.options.group;
	for (let i = 0; i < out.length; i++) out[i] = q.codes[i]! * q.scales[Math.floor(i / G)]!;
	return out;
}

/** Bytes of n weights stored this way: b bits per code, packed, plus one scale per group. */
export function quantizedBytes(n: number, options: QuantizeOptions): number {
	const codeBytes = Math.ceil((n * options.bits) / 8);
	const scaleBytes = Math.ceil(n / options.group) * (options.scale === 'float16' ? 2 : 4);
	return codeBytes + scaleBytes;
}

/** Bytes of n weights as float32. */
export const floatBytes = (n: number) => 4 * n;

/** What each weight lost: restored − original, one per weight. */
export function weightErrors(original: Float32Array, restored: Float32Array): Float32Array {
	if (original.length !== restored.length) throw new Error('the two arrays differ in length');
	const out = new Float32Array(original.length);
	for (let i = 0; i < out.length; i++) out[i] = restored[i]! - original[i]!;
	return out;
}

export interface Histogram {
	/** Lower edge of the first bin; the bins are `width` wide and cover [from, from + bins·width]. */
	from: number;
	width: number;
	counts: number[];
	/** Values counted, and the largest |value| among them. */
	total: number;
	peak: number;
	/** Mean of |value|. */
	meanAbs: number;
}

/**
 * Counts of values in `bins` equal bins over [−limit, limit]; limit defaults to the largest
 * |value| (so nothing falls outside); a value on or past an outer edge goes in that outer bin.
 */
export function histogram(values: ArrayLike<number>, bins: number, limit?: number): Histogram {
	let peak = 0;
	let sum = 0;
	for (let i = 0; i < values.length; i++) {
		const a = Math.abs(values[i]!);
		peak = Math.max(peak, a);
		sum += a;
	}
	const edge = limit ?? peak;
	const width = edge > 0 ? (2 * edge) / bins : 1 / bins;
	const from = edge > 0 ? -edge : -0.5;
	const counts = new Array<number>(bins).fill(0);
	for (let i = 0; i < values.length; i++) {
		const b = Math.floor((values[i]! - from) / width);
		counts[Math.max(0, Math.min(bins - 1, b))]!++;
	}
	return {
		from,
		width,
		counts,
		total: values.length,
		peak,
		meanAbs: values.length ? sum / values.length : 0
	};
}

/** The share of the counted values in the middle fifth of the histogram's range (its central bins). */
export function middleShare(h: Histogram): number {
	if (!h.total) return 0;
	const bins = h.counts.length;
	const from = Math.floor((bins * 2) / 5);
	const to = Math.ceil((bins * 3) / 5);
	return h.counts.slice(from, to).reduce((a, b) => a + b, 0) / h.total;
}
