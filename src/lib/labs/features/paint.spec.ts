import { describe, expect, it } from 'vitest';
import { mapPixels, rgb } from './paint';

describe('painting a signed map', () => {
	it('reads a computed colour', () => {
		expect(rgb('rgb(12, 34, 255)')).toEqual([12, 34, 255]);
		expect(rgb('oops')).toEqual([0, 0, 0]);
	});

	it('colours each sign apart, opacity by strength, zero clear', () => {
		const px = mapPixels([1, -0.5, 0], [255, 0, 0], [0, 0, 255], 1);
		expect(Array.from(px.slice(0, 4))).toEqual([255, 0, 0, 255]);
		expect(Array.from(px.slice(4, 8))).toEqual([0, 0, 255, 128]);
		expect(px[11]).toBe(0);
	});
});
