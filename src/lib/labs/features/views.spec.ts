import { describe, expect, it } from 'vitest';
import { signed, gridPoints, neuronMaps, NEURON_RES, shareOfOne, strongest } from './views';
import { Net } from './net';

describe('the features lab views', () => {
	it('lays the grid out top row first, left to right', () => {
		const g = gridPoints(2, 1);
		expect(Array.from(g)).toEqual([-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]);
	});

	it('shades each class by how sure the network is, nothing at a coin toss', () => {
		const p = Float32Array.from([0, 0.5, 1]);
		expect(Array.from(signed(p))).toEqual([-1, 0, 1]);
		expect(shareOfOne(p)).toBeCloseTo(2 / 3);
	});

	it('gives one map per hidden neuron, scaled into [-1, 1]', () => {
		const maps = neuronMaps(new Net({ hidden: [3, 2], activation: 'tanh' }, 1));
		expect(maps.map((l) => l.length)).toEqual([3, 2]);
		for (const m of maps.flat()) {
			expect(m.length).toBe(NEURON_RES * NEURON_RES);
			expect(Math.max(...m.map(Math.abs))).toBeCloseTo(1);
		}
	});

	it('says where a map is strongest', () => {
		const res = 4;
		const upperLeft = new Float32Array(16);
		upperLeft[0] = 1;
		expect(strongest(upperLeft, res)).toBe('upper left');
		const right = new Float32Array(16);
		for (const k of [3, 7, 11, 15]) right[k] = 1;
		expect(strongest(right, res)).toBe('right');
		expect(strongest(new Float32Array(16), res)).toBe('nowhere');
		expect(strongest(new Float32Array(16).fill(1), res)).toBe('everywhere');
	});
});
