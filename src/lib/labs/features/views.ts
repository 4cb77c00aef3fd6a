// What the features lab draws, worked out without a canvas: the decision region (the network's
// P(class 1) over a grid of the plane), each hidden neuron's output over a coarser grid scaled to
// [-1, 1], and the numbers its text alternatives read (the share of the plane given to each
// class, where each neuron fires). The grids are coarse on purpose: 40 × 40 for the region and
// 16 × 16 per neuron keep a redraw of a 4 × 16 network to a few milliseconds (net.ts measures a
// step; a view is about eight steps' worth of forward passes).
import type { Net } from './net';

/** The plane shown: [-EXTENT, EXTENT]² (toys/chart.ts planeToPixels' default). */
export const EXTENT = 1.6;
export const REGION_RES = 40;
export const NEURON_RES = 16;

/** Cell centres of a res × res grid over the plane, top row first, as [x0, y0, …]. */
export function gridPoints(res: number, extent = EXTENT): Float32Array {
	const out = new Float32Array(res * res * 2);
	const cell = (2 * extent) / res;
	for (let r = 0; r < res; r++)
		for (let c = 0; c < res; c++) {
			out[2 * (r * res + c)] = -extent + (c + 0.5) * cell;
			out[2 * (r * res + c) + 1] = extent - (r + 0.5) * cell;
		}
	return out;
}

const regionGrid = gridPoints(REGION_RES);
const neuronGrid = gridPoints(NEURON_RES);

/** P(class 1) over the region grid. */
export function region(net: Net): Float32Array {
	return Float32Array.from(net.predict(regionGrid));
}

/** P(class 1) as a signed map for paint.ts: 1 sure of class 1, −1 sure of class 0, 0 unsure. */
export function signed(p: Float32Array): Float32Array {
	return p.map((v) => 2 * v - 1);
}

/** The share of the plane where the network says class 1. */
export function shareOfOne(p: Float32Array): number {
	let n = 0;
	for (const v of p) if (v >= 0.5) n++;
	return n / p.length;
}

/**
 * Each hidden layer's neurons as maps over the neuron grid, each divided by its largest absolute
 * value so a weak neuron still shows its shape (a silent ReLU stays all zero).
 */
export function neuronMaps(net: Net): Float32Array[][] {
	const outs = net.forward(neuronGrid);
	const cells = NEURON_RES * NEURON_RES;
	return outs.slice(1, -1).map((layer, l) => {
		const width = net.sizes[l + 1]!;
		return Array.from({ length: width }, (_, j) => {
			const map = new Float32Array(cells);
			let top = 0;
			for (let k = 0; k < cells; k++) {
				map[k] = layer[k * width + j]!;
				top = Math.max(top, Math.abs(map[k]!));
			}
			return top > 1e-6 ? map.map((v) => v / top) : map;
		});
	});
}

export type Where =
	'nowhere' | 'everywhere' | 'centre' | `${'' | 'upper ' | 'lower '}${'left' | 'right' | ''}`;

/** Where on the plane a neuron's map is strongest (its positive part's centre of mass). */
export function strongest(map: Float32Array, res = NEURON_RES): Where {
	let sum = 0;
	let x = 0;
	let y = 0;
	let on = 0;
	for (let r = 0; r < res; r++)
		for (let c = 0; c < res; c++) {
			const v = map[r * res + c]!;
			if (v <= 0.05) continue;
			on++;
			sum += v;
			x += v * ((c + 0.5) / res - 0.5);
			y += v * (0.5 - (r + 0.5) / res);
		}
	if (sum === 0) return 'nowhere';
	if (on > 0.9 * res * res) return 'everywhere';
	const cx = x / sum;
	const cy = y / sum;
	if (Math.hypot(cx, cy) < 0.08) return 'centre';
	const side = cx > 0.06 ? 'right' : cx < -0.06 ? 'left' : '';
	const height = cy > 0.06 ? 'upper ' : cy < -0.06 ? 'lower ' : '';
	return `${side ? height : height.trim()}${side}` as Where;
}
