import { describe, expect, it } from 'vitest';
import { minTextCss, minTextPx } from './fit';

describe('the slide type scale', () => {
	it('is 18 px at 720p and 24 px at 1080p, the sizes a back row can read', () => {
		expect(minTextPx(1280, 720)).toBe(18);
		expect(minTextPx(1920, 1080)).toBe(24);
	});

	it('grows in between and holds beyond, so a 4K screen at 200% zoom reads as 1080p', () => {
		expect(minTextPx(1366, 768)).toBeCloseTo(18.8, 1);
		expect(minTextPx(1600, 900)).toBe(21);
		expect(minTextPx(800, 600)).toBe(18);
		expect(minTextPx(2560, 1440)).toBe(24);
		expect(minTextPx(3840 / 2, 2160 / 2)).toBe(24);
	});

	it('counts a 4:3 or very wide screen by the 16:9 box inside it', () => {
		expect(minTextPx(1024, 768)).toBe(18);
		expect(minTextPx(1920, 1440)).toBe(24);
		expect(minTextPx(2560, 720)).toBe(18);
	});

	it('gives the CSS the same floor and ceiling', () => {
		expect(minTextCss).toMatch(
			/^clamp\(18px, calc\(18px \+ \(min\(100vw, 177\.7778vh\) - 1280px\) \* 0\.009375\), 24px\)$/
		);
	});
});
