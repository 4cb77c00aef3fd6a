// The type scale of a slide (issue 25). Measured on /present before this: at 1920×1080 the
// visible text went down to 12 px and 15–29 text runs per slide were under 24 px, unreadable from
// the back of a room. The floor is 18 px on a 1280×720 screen and 24 px on 1920×1080, in a
// straight line between and held beyond; a 4:3 screen counts by the 16:9 box that fits in it
// (1024×768 reads as 1024 wide, so 18 px), and a 4K screen at 200% zoom is 1920×1080 CSS pixels.
// The same numbers make the CSS (the slide's root size, so rem-sized labs scale with it) and
// the check in e2e/present-fit.test.ts, so the two cannot drift apart.

const SMALL = { width: 1280, px: 18 };
const LARGE = { width: 1920, px: 24 };
const slope = (LARGE.px - SMALL.px) / (LARGE.width - SMALL.width);

/** The width of the largest 16:9 box inside the screen, in CSS pixels. */
function boxWidth(width: number, height: number): number {
	return Math.min(width, (height * 16) / 9);
}

/** The smallest text a slide may show on a screen of this size (CSS pixels). */
export function minTextPx(width: number, height: number): number {
	const px = SMALL.px + (boxWidth(width, height) - SMALL.width) * slope;
	return Math.min(LARGE.px, Math.max(SMALL.px, px));
}

/** minTextPx as a CSS length that follows the window (set as --min-text on a talk's page). */
export const minTextCss = `clamp(${SMALL.px}px, calc(${SMALL.px}px + (min(100vw, ${(1600 / 9).toFixed(4)}vh) - ${SMALL.width}px) * ${slope}), ${LARGE.px}px)`;
