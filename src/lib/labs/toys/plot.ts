// Drawing point clouds on a canvas (a few hundred points a frame: canvas, not SVG, so a redraw
// costs well under a millisecond). Two markers, dot and cross, so classes differ by shape and
// not by colour alone. Colours come from the page's CSS variables (light and dark themes).
import { planeToPixels } from './chart';

export type Marker = 'dot' | 'cross';

export function cssColour(el: HTMLElement, name: string, fallback: string): string {
	// Resolved through the element's own colour: the theme's variables hold light-dark(…), which a
	// canvas fillStyle cannot parse, while the computed colour is a plain rgb().
	const before = el.style.color;
	el.style.color = `var(${name}, ${fallback})`;
	const colour = getComputedStyle(el).color;
	el.style.color = before;
	return colour || fallback;
}

export function clearCanvas(ctx: CanvasRenderingContext2D, size: number, background: string) {
	ctx.fillStyle = background;
	ctx.fillRect(0, 0, size, size);
}

/** Points as [x0, y0, …] in the data plane; marker per point from `markers` (by label) or one. */
export function drawPoints(
	ctx: CanvasRenderingContext2D,
	size: number,
	points: Float32Array,
	colour: string,
	marker: Marker | ((i: number) => Marker) = 'dot',
	radius = 2
) {
	const { x, y } = planeToPixels(size);
	ctx.fillStyle = colour;
	ctx.strokeStyle = colour;
	ctx.lineWidth = 1.2;
	for (let i = 0; i < points.length / 2; i++) {
		const px = x(points[2 * i]!);
		const py = y(points[2 * i + 1]!);
		const m = typeof marker === 'function' ? marker(i) : marker;
		if (m === 'dot') {
			ctx.beginPath();
			ctx.arc(px, py, radius, 0, 2 * Math.PI);
			ctx.fill();
		} else {
			ctx.beginPath();
			ctx.moveTo(px - radius, py - radius);
			ctx.lineTo(px + radius, py + radius);
			ctx.moveTo(px - radius, py + radius);
			ctx.lineTo(px + radius, py - radius);
			ctx.stroke();
		}
	}
}

/**
 * A res × res grid of values in [0, 1] (rows from the top, covering the whole canvas) as shading
 * of one colour: 0 leaves the background, 1 is the colour at `strongest` opacity. One hue, so
 * the meaning is "more or less", read from lightness (and spelled out in the text alternative).
 */
export function drawShading(
	ctx: CanvasRenderingContext2D,
	size: number,
	values: Float32Array,
	res: number,
	colour: string,
	strongest = 0.55
) {
	const cell = size / res;
	ctx.fillStyle = colour;
	for (let r = 0; r < res; r++)
		for (let c = 0; c < res; c++) {
			ctx.globalAlpha = Math.min(1, Math.max(0, values[r * res + c]!)) * strongest;
			ctx.fillRect(c * cell, r * cell, Math.ceil(cell), Math.ceil(cell));
		}
	ctx.globalAlpha = 1;
}

/** Greyscale images (side × side each, values in [0, 1]) in a grid of `cols` columns, ink in `colour`. */
export function drawImages(
	ctx: CanvasRenderingContext2D,
	images: Float32Array,
	side: number,
	cols: number,
	cellSize: number,
	colour: string
) {
	const px = cellSize / side;
	ctx.fillStyle = colour;
	const n = images.length / (side * side);
	for (let k = 0; k < n; k++) {
		const ox = (k % cols) * cellSize;
		const oy = Math.floor(k / cols) * cellSize;
		for (let i = 0; i < side * side; i++) {
			const v = images[k * side * side + i]!;
			if (v < 0.02) continue;
			ctx.globalAlpha = Math.min(1, v);
			ctx.fillRect(
				ox + (i % side) * px,
				oy + Math.floor(i / side) * px,
				Math.ceil(px),
				Math.ceil(px)
			);
		}
	}
	ctx.globalAlpha = 1;
}
