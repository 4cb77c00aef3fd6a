import { describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import { drawGlyph, glyphNames, makeGlyphs, PIXELS } from './glyphs';

describe('glyphs', () => {
	it('draws each letter differently, inside the image, with grey edges', () => {
		const upright = glyphNames.map((_, c) => drawGlyph(c, 0, 1));
		for (const g of upright) {
			const ink = g.reduce((s, v) => s + v, 0);
			expect(ink).toBeGreaterThan(15);
			// Nothing touches the border at scale 1.
			for (let i = 0; i < 16; i++) expect(g[i]).toBe(0);
		}
		for (let a = 0; a < upright.length; a++)
			for (let b = a + 1; b < upright.length; b++) {
				const diff = upright[a]!.reduce((s, v, i) => s + Math.abs(v - upright[b]![i]!), 0);
				expect(diff, `${glyphNames[a]} vs ${glyphNames[b]}`).toBeGreaterThan(10);
			}
		expect(drawGlyph(0, 0.3, 0.9).some((v) => v > 0 && v < 1)).toBe(true);
	});

	it('makes the same set from the same seed, classes in turn', () => {
		const a = makeGlyphs(8, seededRng(3));
		expect(a.images).toHaveLength(8 * PIXELS);
		expect(Array.from(a.labels)).toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
		expect(makeGlyphs(8, seededRng(3)).images).toEqual(a.images);
	});
});
