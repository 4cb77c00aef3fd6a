// Slides that fit the projector (issue 25): at each screen a talk meets, every kind of slide the
// default deck shows (the "Try it" prompt, the three toys, best-of-N, the majority vote, the consistency
// check, the generations side by side), the sampling lab and an explain slide with a diagram keep the demo's first button on the screen, keep the output on the screen after
// G, show no text under the size floor of fit.ts, and pass axe with AAA contrast (7:1, 4.5:1 for
// large text). One page per screen walks the slides by keyboard, as a clicker would.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { minTextPx } from '../src/lib/present/fit';

/**
 * Contrast is checked where it is strictest: on the two screens with 18 px text (7:1 applies;
 * from 24 px text counts as large and 4.5:1 does), once per theme. The colours are the same at
 * every size, and axe takes seconds a slide on a busy machine.
 */
const screens = [
	{ name: '1280×720', width: 1280, height: 720, scale: 1, scheme: 'light', axe: true },
	{ name: '1366×768', width: 1366, height: 768, scale: 1, scheme: 'dark', axe: false },
	{ name: '1920×1080', width: 1920, height: 1080, scale: 1, scheme: 'light', axe: false },
	{ name: '1024×768 (4:3)', width: 1024, height: 768, scale: 1, scheme: 'dark', axe: true },
	{
		name: '3840×2160 at 200% zoom',
		width: 1920,
		height: 1080,
		scale: 2,
		scheme: 'dark',
		axe: false
	}
] as const;

/** The slide kinds, in deck order: the lab kind of each demo slide, then the explain slide. */
const kinds = [
	'prompt',
	'sampling-lab',
	'diffusion2d',
	'gan2d',
	'vae',
	'best-of-n',
	'self-consistency',
	'consistency',
	'generations',
	'explain'
];
const deck =
	'temperature,temperature:2,diffusion-models,gans,vaes,post-training,reasoning-models,hallucination,history,temperature:explain';
/** Kinds whose run on the built-in engine may end before a check could see its Stop. */
const quick = ['self-consistency', 'consistency', 'generations'];
/** SLIDE_SHOTS=1 saves one picture per slide kind at 1920×1080 in /tmp/slides (for a review). */
const shots = !!process.env.SLIDE_SHOTS;

/** Where a box lies outside the window, in words; empty when inside. */
async function outside(page: Page, selector: string): Promise<string> {
	const box = await page.locator(selector).first().boundingBox();
	const { width, height } = page.viewportSize()!;
	if (!box) return `${selector}: not shown`;
	const out =
		box.x < -1 || box.y < -1 || box.x + box.width > width + 1 || box.y + box.height > height + 1;
	return out ? `${selector}: ${JSON.stringify(box)} outside ${width}×${height}` : '';
}

/** Visible text runs under `min` px (SVG text counted at its drawn size), with their sizes. */
function smallText(page: Page, min: number): Promise<string[]> {
	return page.evaluate((min) => {
		const found: string[] = [];
		// The deck covers the window: the app's header and footer under it are not seen.
		const deck = document.querySelector('[data-testid="deck"]')!;
		const walker = document.createTreeWalker(deck, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const text = n.textContent?.trim();
			const el = n.parentElement;
			if (!text || !el || el.closest('option, script, style, title')) continue;
			if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
			const range = document.createRange();
			range.selectNodeContents(n);
			const rects = [...range.getClientRects()];
			if (!rects.some((r) => r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight))
				continue;
			let px = parseFloat(getComputedStyle(el).fontSize);
			if (el instanceof SVGGraphicsElement) {
				const m = el.getScreenCTM();
				if (m) px *= Math.hypot(m.a, m.b);
			}
			if (px < min - 0.05) found.push(`${px.toFixed(1)}px “${text.slice(0, 40)}”`);
		}
		for (const el of document.querySelectorAll<HTMLElement>(
			'.slide :is(input, select, textarea)'
		)) {
			if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
			const px = parseFloat(getComputedStyle(el).fontSize);
			if (px < min - 0.05) found.push(`${px.toFixed(1)}px <${el.localName}>`);
		}
		return found;
	}, min);
}

async function contrast(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.include('.slide')
		.withRules(['color-contrast-enhanced']) // AAA; it implies the AA rule's ratios
		.analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => `${n.target} ${n.any[0]?.message ?? ''}`).join(' | ')}`
	);
}

for (const screen of screens) {
	test(`every slide kind fits ${screen.name} (${screen.scheme})`, async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: screen.width, height: screen.height },
			deviceScaleFactor: screen.scale,
			colorScheme: screen.scheme
		});
		const page = await context.newPage();
		await page.goto(`/present?deck=${deck}`);
		// The pointer away from the top edge: the presenter's bar stays out of the audience's view.
		await page.mouse.move(screen.width / 2, screen.height / 2);
		const min = minTextPx(screen.width, screen.height);
		const problems: string[] = [];
		for (const [i, kind] of kinds.entries()) {
			const slide = page.locator(`.slide[data-slide-kind="${kind}"]`);
			await expect(slide).toBeVisible();
			const where = `${kind}:`;
			if (kind === 'explain') {
				await expect(slide.locator('[data-slide-output] svg text').first()).toBeVisible();
				problems.push(...[await outside(page, '.slide [data-slide-output]')].filter(Boolean));
			} else {
				await expect(slide.locator('[data-demo="run"]')).toBeEnabled();
				problems.push(...[await outside(page, '.slide [data-demo="run"]')].filter(Boolean));
			}
			problems.push(...(await smallText(page, min)).map((t) => `${where} ${t}`));
			if (kind === 'prompt') {
				// The sampling settings wait behind "More settings"; the prompt stays on the slide.
				const temperature = slide.getByRole('slider', { name: /temperature/i });
				await expect(slide.getByRole('textbox')).toBeVisible();
				await expect(temperature).toBeHidden();
				await slide.getByRole('button', { name: 'More settings' }).click({ timeout: 15_000 });
				await expect(temperature).toBeVisible();
				await slide.getByRole('button', { name: 'Fewer settings' }).click({ timeout: 15_000 });
				await expect(temperature).toBeHidden();
				await page.mouse.move(screen.width / 2, screen.height / 2);
			}
			if (screen.axe) problems.push(...(await contrast(page)).map((t) => `${where} ${t}`));
			if (kind === 'prompt') {
				// The built-in engine answers in a blink: the answer's stats say the run is over.
				await page.keyboard.press('g');
				await expect(slide.getByTestId('experiment-stats')).toBeVisible();
			} else if (kind === 'sampling-lab') {
				// G takes one token: the path grows by one.
				const path = slide.getByTestId('lab-path').getByRole('button');
				const before = await path.count();
				await page.keyboard.press('g');
				await expect(path).toHaveCount(before + 1);
			} else if (quick.includes(kind)) {
				await page.keyboard.press('g');
				await expect(slide.locator('[data-demo="run"], [data-demo="stop"]').first()).toBeVisible();
			} else if (kind !== 'explain') {
				await page.keyboard.press('g');
				await expect(slide.locator('[data-demo="stop"]')).toBeVisible();
			}
			const out = await outside(page, '.slide [data-slide-output]');
			if (out) problems.push(`${where} after G ${out}`);
			if (kind !== 'explain' && kind !== 'prompt' && kind !== 'sampling-lab') {
				await page.keyboard.press('Escape');
				await expect(slide.locator('[data-demo="run"]')).toBeVisible();
			}
			if (shots && screen.width === 1920 && screen.scale === 1)
				await page.screenshot({ path: `/tmp/slides/${kind}.png` });
			if (i < kinds.length - 1) await page.keyboard.press('PageDown');
		}
		expect(problems).toEqual([]);
		await context.close();
	});
}
