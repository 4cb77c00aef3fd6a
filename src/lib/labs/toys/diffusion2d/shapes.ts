// The target shapes the diffusion toy learns: point clouds in roughly [-1, 1]², drawn with the
// toy's seed so a run repeats. Each is a curve sampled uniformly along its length plus a little
// jitter, so the model has to learn a thin structure (a blob would look fine after any amount of
// training and teach nothing).
import type { Rng } from '../random';

export type ShapeName = 'spiral' | 'moons' | 'letters';
export type Point = [number, number];

export const shapeLabels: Record<ShapeName | 'drawn', string> = {
	spiral: 'Spiral',
	moons: 'Two moons',
	letters: 'The letters “AI”',
	drawn: 'Your drawing'
};

/** Polylines of the letters A and I, in [-1, 1]² (y up). */
const letterStrokes: Point[][] = [
	[
		[-0.95, -0.8],
		[-0.5, 0.8],
		[-0.05, -0.8]
	],
	[
		[-0.78, -0.2],
		[-0.22, -0.2]
	],
	[
		[0.55, -0.8],
		[0.55, 0.8]
	],
	[
		[0.3, 0.8],
		[0.8, 0.8]
	],
	[
		[0.3, -0.8],
		[0.8, -0.8]
	]
];

/** Points spread evenly (by length) along polylines. */
export function samplePolylines(strokes: Point[][], n: number, rng: Rng, jitter = 0.03) {
	const segments: { a: Point; b: Point; len: number }[] = [];
	for (const s of strokes)
		for (let i = 1; i < s.length; i++) {
			const a = s[i - 1]!;
			const b = s[i]!;
			segments.push({ a, b, len: Math.hypot(b[0] - a[0], b[1] - a[1]) });
		}
	const total = segments.reduce((t, s) => t + s.len, 0);
	const out = new Float32Array(n * 2);
	if (!segments.length || total === 0) return out;
	for (let i = 0; i < n; i++) {
		let d = rng.next() * total;
		let seg = segments[0]!;
		for (const s of segments) {
			seg = s;
			if (d < s.len) break;
			d -= s.len;
		}
		const f = seg.len ? Math.min(1, d / seg.len) : 0;
		out[2 * i] = seg.a[0] + (seg.b[0] - seg.a[0]) * f + rng.normal() * jitter;
		out[2 * i + 1] = seg.a[1] + (seg.b[1] - seg.a[1]) * f + rng.normal() * jitter;
	}
	return out;
}

function spiral(n: number, rng: Rng): Float32Array {
	const out = new Float32Array(n * 2);
	for (let i = 0; i < n; i++) {
		// Uniform along the curve: radius grows linearly with angle, so draw the angle by sqrt.
		const u = Math.sqrt(0.04 + 0.96 * rng.next());
		const angle = u * 3.2 * Math.PI;
		const r = 0.95 * u;
		out[2 * i] = r * Math.cos(angle) + rng.normal() * 0.03;
		out[2 * i + 1] = r * Math.sin(angle) + rng.normal() * 0.03;
	}
	return out;
}

function moons(n: number, rng: Rng): Float32Array {
	const out = new Float32Array(n * 2);
	for (let i = 0; i < n; i++) {
		const a = rng.next() * Math.PI;
		const upper = rng.next() < 0.5;
		const x = upper ? Math.cos(a) : 1 - Math.cos(a);
		const y = upper ? Math.sin(a) : 0.5 - Math.sin(a);
		// The classic moons span x ∈ [-1, 2], y ∈ [-0.5, 1]: centre and scale into [-1, 1].
		out[2 * i] = (x - 0.5) * 0.62 + rng.normal() * 0.03;
		out[2 * i + 1] = (y - 0.25) * 0.62 + rng.normal() * 0.03;
	}
	return out;
}

/** n points of a preset shape, as [x0, y0, x1, y1, …]. */
export function sampleShape(shape: ShapeName, n: number, rng: Rng): Float32Array {
	if (shape === 'spiral') return spiral(n, rng);
	if (shape === 'moons') return moons(n, rng);
	return samplePolylines(letterStrokes, n, rng);
}
