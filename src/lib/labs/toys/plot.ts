// Drawing point clouds on a canvas (a few hundred points a frame: canvas, not SVG, so a redraw
// costs well under a millisecond). Two markers, dot and cross, so classes differ by shape and
// not by colour alone. Colours come from the page's CSS variables (light and dark themes).
import { planeToPixels } from './chart';

export type Marker = 'dot' | 'cross';

export function cssColour(el: Element, name: string, fallback: string): string {
	return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
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
