// A signed map over the plane (values in [-1, 1]) painted as one small image: positive in one
// colour, negative in another, zero transparent, scaled up smoothly. Why not plot.ts's
// drawShading: it fills one rectangle per cell, and the neuron maps of a 4 × 16 network are
// 16,384 cells (twice, one pass per sign) five times a second; one putImageData per map and a
// scaled drawImage do the same with a few calls and no seams between cells.

/** "rgb(r, g, b)" (what cssColour returns) as numbers; black if it cannot be read. */
export function rgb(colour: string): [number, number, number] {
	const m = colour.match(/\d+(\.\d+)?/g);
	return m && m.length >= 3 ? [Number(m[0]), Number(m[1]), Number(m[2])] : [0, 0, 0];
}

/** RGBA pixels of a res × res signed map (row by row), opacity |value| × strongest. */
export function mapPixels(
	values: ArrayLike<number>,
	plus: [number, number, number],
	minus: [number, number, number],
	strongest = 0.85
): Uint8ClampedArray<ArrayBuffer> {
	const out = new Uint8ClampedArray(new ArrayBuffer(values.length * 4));
	for (let i = 0; i < values.length; i++) {
		const v = Math.max(-1, Math.min(1, values[i]!));
		const c = v >= 0 ? plus : minus;
		out.set([c[0], c[1], c[2], Math.abs(v) * strongest * 255], 4 * i);
	}
	return out;
}

let scratch: HTMLCanvasElement | null = null;

/** Paints the map into the square at (x, y) of side `size` on ctx. */
export function paintMap(
	ctx: CanvasRenderingContext2D,
	pixels: Uint8ClampedArray<ArrayBuffer>,
	res: number,
	x: number,
	y: number,
	size: number
) {
	scratch ??= document.createElement('canvas');
	scratch.width = res;
	scratch.height = res;
	scratch.getContext('2d')?.putImageData(new ImageData(pixels, res, res), 0, 0);
	ctx.imageSmoothingEnabled = true;
	ctx.drawImage(scratch, x, y, size, size);
}
