// The GAN toy's real data: mixtures of small Gaussian blobs in the plane, so "how many modes
// does the generator cover" has a countable answer (the mode-collapse preset shows it drop).
// Drawn from the toy's seeded generator, like every other toy's data.
import type { Rng } from '../random';

export type GanDataName = 'ring' | 'grid' | 'line';

export const ganDataLabels: Record<GanDataName, string> = {
	ring: 'Eight blobs on a ring',
	grid: 'Nine blobs on a grid',
	line: 'Two blobs'
};

/** Blob centres ([x, y] pairs) and their spread, inside the plotted square [-1.6, 1.6]². */
export function modeCentres(name: GanDataName): [number, number][] {
	if (name === 'ring')
		return Array.from({ length: 8 }, (_, i) => {
			const a = (i * Math.PI) / 4;
			return [Math.cos(a), Math.sin(a)];
		});
	if (name === 'grid')
		return [-1, 0, 1].flatMap((x) => [-1, 0, 1].map((y) => [x, y] as [number, number]));
	return [
		[-0.8, -0.4],
		[0.8, 0.4]
	];
}

export const MODE_SPREAD = 0.08;

/** n points as [x0, y0, x1, y1, …], blobs chosen uniformly. */
export function sampleModes(name: GanDataName, n: number, rng: Rng): Float32Array {
	const centres = modeCentres(name);
	const out = new Float32Array(n * 2);
	for (let i = 0; i < n; i++) {
		const [cx, cy] = centres[rng.int(centres.length)]!;
		out[2 * i] = cx + rng.normal() * MODE_SPREAD;
		out[2 * i + 1] = cy + rng.normal() * MODE_SPREAD;
	}
	return out;
}

/**
 * How many blobs the points cover: a blob counts when at least `share` of its fair portion of the
 * points (n / blobs) lies within 3 spreads of its centre. Also returns the share of points that
 * land near any blob (the "quality" side: a generator can cover every blob and still smear).
 */
export function modeCoverage(points: Float32Array, name: GanDataName, share = 0.25) {
	const centres = modeCentres(name);
	const counts = new Array<number>(centres.length).fill(0);
	const n = points.length / 2;
	let near = 0;
	for (let i = 0; i < n; i++) {
		const x = points[2 * i]!;
		const y = points[2 * i + 1]!;
		for (let k = 0; k < centres.length; k++) {
			if (Math.hypot(x - centres[k]![0], y - centres[k]![1]) < 3 * MODE_SPREAD) {
				counts[k]!++;
				near++;
				break;
			}
		}
	}
	const fair = n / centres.length;
	return {
		covered: counts.filter((c) => c >= share * fair).length,
		modes: centres.length,
		nearShare: n ? near / n : 0
	};
}
