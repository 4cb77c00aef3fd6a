// The VAE toy's images: 16×16 glyphs drawn in JavaScript from a tiny built-in bitmap font (5×7
// cells per letter), each with a random rotation, scale and shift, sampled with bilinear
// interpolation so edges are grey, not jagged. Not system fonts on a canvas: fonts differ from
// one machine to the next, so the same seed would give a presenter a different data set at the
// venue, and Node (the unit tests) has no canvas. The seeded generator makes the set identical
// everywhere.
import type { Rng } from '../random';

export const SIDE = 16;
export const PIXELS = SIDE * SIDE;

/** Four letters with clearly different shapes (round, crossed, barred, cornered). */
export const glyphNames = ['O', 'X', 'T', 'L'] as const;

const font: Record<(typeof glyphNames)[number], string[]> = {
	O: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
	X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
	T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
	L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####']
};

function cell(g: string[], col: number, row: number): number {
	return g[row]?.[col] === '#' ? 1 : 0;
}

/** One glyph: class `cls`, rotated by `angle` (radians), scaled by `scale`, shifted by (dx, dy). */
export function drawGlyph(cls: number, angle: number, scale: number, dx = 0, dy = 0): Float32Array {
	const g = font[glyphNames[cls]!];
	const out = new Float32Array(PIXELS);
	// A glyph cell is `unit` pixels at scale 1: the 7-row letter fills about 12 of 16 pixels.
	const unit = (1.7 * scale) as number;
	const cos = Math.cos(angle);
	const sin = Math.sin(angle);
	for (let y = 0; y < SIDE; y++)
		for (let x = 0; x < SIDE; x++) {
			// Pixel centre → glyph coordinates (inverse rotation and scale about the centre).
			const px = x + 0.5 - SIDE / 2 - dx;
			const py = y + 0.5 - SIDE / 2 - dy;
			const gx = (cos * px + sin * py) / unit + 2.5 - 0.5;
			const gy = (-sin * px + cos * py) / unit + 3.5 - 0.5;
			const x0 = Math.floor(gx);
			const y0 = Math.floor(gy);
			const fx = gx - x0;
			const fy = gy - y0;
			out[y * SIDE + x] =
				cell(g, x0, y0) * (1 - fx) * (1 - fy) +
				cell(g, x0 + 1, y0) * fx * (1 - fy) +
				cell(g, x0, y0 + 1) * (1 - fx) * fy +
				cell(g, x0 + 1, y0 + 1) * fx * fy;
		}
	return out;
}

export interface GlyphSet {
	/** count × PIXELS, values in [0, 1]. */
	images: Float32Array;
	labels: Uint8Array;
}

/** count glyphs, classes in turn, each with its own rotation (±20°), scale (0.8–1.1) and shift. */
export function makeGlyphs(count: number, rng: Rng): GlyphSet {
	const images = new Float32Array(count * PIXELS);
	const labels = new Uint8Array(count);
	for (let i = 0; i < count; i++) {
		const cls = i % glyphNames.length;
		const angle = ((rng.next() - 0.5) * 2 * 20 * Math.PI) / 180;
		const scale = 0.8 + rng.next() * 0.3;
		images.set(drawGlyph(cls, angle, scale, rng.next() - 0.5, rng.next() - 0.5), i * PIXELS);
		labels[i] = cls;
	}
	return { images, labels };
}
