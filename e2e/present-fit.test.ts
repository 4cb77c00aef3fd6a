// Slides that fit the projector (issue 25): every lab's demo slide (the first slide of each lab
// kind in the concept list, so a new lab is covered the day it lands) and an explain slide with a
// diagram, at each screen a talk meets, keep the demo's first button on the screen, keep the output
// on the screen after G, show no text under the size floor of fit.ts, and pass axe with AAA
// contrast (7:1, 4.5:1 for large text), each slide in one theme, alternating, so each walk
// checks both. A clicker walks the deck by keyboard; at each slide the window takes the four sizes in turn before and after G (a resize re-lays the
// slide out as a new window would, and costs a fraction of a new page: the five-screen version
// walked nine kinds in 162 s of test time, this one walks every kind).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { minTextPx } from '../src/lib/present/fit';
import { readFileSync } from 'node:fs';

/** The concept list the build made (npm run gen): each concept's slug and experiment kinds. */
const list: { slug: string; experiments: string[] }[] = JSON.parse(
	readFileSync(new URL('../src/lib/concepts/list.json', import.meta.url), 'utf8')
);

/**
 * 3840×2160 at 200% zoom lays a page out at 1920×1080 CSS pixels, as 1920×1080 does: one group
 * of slides runs at device pixel ratio 2, so that screen's canvases and text are drawn too.
 */
const sizes = [
	{ name: '1280×720', width: 1280, height: 720 },
	{ name: '1366×768', width: 1366, height: 768 },
	{ name: '1920×1080', width: 1920, height: 1080 },
	{ name: '1024×768 (4:3)', width: 1024, height: 768 }
];

/** The first slide of every lab kind, in the concept list's order, then an explain slide. */
function everyKind(): { kind: string; key: string }[] {
	const seen = new Map<string, string>();
	for (const c of list)
		c.experiments.forEach((kind, i) => {
			if (!seen.has(kind)) seen.set(kind, i === 0 ? c.slug : `${c.slug}:${i + 1}`);
		});
	return [
		...[...seen].map(([kind, key]) => ({ kind, key })),
		{ kind: 'explain', key: 'temperature:explain' }
	];
}
const slides = everyKind();
/** Three walks side by side (the suite's workers), each in one theme, one at pixel ratio 2. */
const groups = [0, 1, 2].map((g) => ({
	slides: slides.filter((_, i) => i % 3 === g),
	scheme: g === 1 ? ('dark' as const) : ('light' as const),
	scale: g === 2 ? 2 : 1
}));
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

/** Checks `what` at every size, the window resized in turn; returns the problems, with the size. */
async function atEverySize(page: Page, what: (min: number) => Promise<string[]>) {
	const problems: string[] = [];
	for (const size of sizes) {
		await page.setViewportSize({ width: size.width, height: size.height });
		// Two frames: the resize's layout, then the slide's own fitting (container queries, charts).
		await page.evaluate(
			() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
		);
		problems.push(
			...(await what(minTextPx(size.width, size.height))).map((p) => `${size.name}: ${p}`)
		);
	}
	return problems;
}

for (const [g, group] of groups.entries()) {
	test(`every lab's demo slide fits every screen, walk ${g + 1} of 3 (${group.scheme}, ×${group.scale}): ${group.slides.map((s) => s.kind).join(', ')}`, async ({
		browser
	}) => {
		test.setTimeout(180_000);
		const context = await browser.newContext({
			viewport: sizes[0]!,
			deviceScaleFactor: group.scale,
			colorScheme: group.scheme
		});
		const page = await context.newPage();
		await page.goto(`/present?deck=${group.slides.map((s) => s.key).join(',')}`);
		const problems: string[] = [];
		for (const [i, { kind, key }] of group.slides.entries()) {
			const slide = page.locator(`.slide[data-slide-kind="${kind}"]`);
			await expect(slide, key).toBeVisible();
			// The pointer away from the top edge: the presenter's bar stays out of the audience's view.
			await page.mouse.move(400, 360);
			const where = `${key} (${kind})`;
			const run = slide.locator('[data-demo="run"]');
			const runs = kind !== 'explain';
			if (runs) await expect(run, `${where}: no enabled Run for G`).toBeEnabled();
			else await expect(slide.locator('[data-slide-output] svg text').first()).toBeVisible();
			const first = runs ? '.slide [data-demo="run"]' : '.slide [data-slide-output]';
			problems.push(
				...(
					await atEverySize(page, async (min) =>
						[await outside(page, first), ...(await smallText(page, min))].filter(Boolean)
					)
				).map((p) => `${where} before G, ${p}`)
			);
			// Contrast in one theme per slide, alternating, so each walk checks both: axe took 2 to
			// 10 s a slide on this machine, two thirds of the walk when it ran in both.
			await page.setViewportSize(sizes[0]!);
			const scheme = i % 2 === 0 ? group.scheme : group.scheme === 'light' ? 'dark' : 'light';
			await page.emulateMedia({ colorScheme: scheme });
			problems.push(...(await contrast(page)).map((t) => `${where} ${scheme}: ${t}`));
			await page.emulateMedia({ colorScheme: group.scheme });
			if (kind === 'prompt') {
				// The sampling settings wait behind "More settings"; the prompt stays on the slide.
				const temperature = slide.getByRole('slider', { name: /temperature/i });
				await expect(slide.getByRole('textbox')).toBeVisible();
				await expect(temperature).toBeHidden();
				await slide.getByRole('button', { name: 'More settings' }).click();
				await expect(temperature).toBeVisible();
				await slide.getByRole('button', { name: 'Fewer settings' }).click();
				await expect(temperature).toBeHidden();
				await page.mouse.move(400, 360);
			}
			if (runs) {
				// G: the demo starts (its Stop shows) or, on the built-in engine, has already
				// answered (the output changed).
				const output = slide.locator('[data-slide-output]').first();
				const before = await output.innerText();
				await page.keyboard.press('g');
				await expect
					.poll(
						async () =>
							(await slide.locator('[data-demo="stop"]').count()) > 0 ||
							(await output.innerText()) !== before,
						{ message: `${where}: G changed nothing`, timeout: 30_000 }
					)
					.toBe(true);
				// Stopped before the output is measured: a toy training on the main thread made each
				// resize wait for its step (28 s for the scaling law's five sizes); what G showed
				// stays on the slide.
				if ((await slide.locator('[data-demo="stop"]').count()) > 0) {
					await page.keyboard.press('Escape');
					await expect(run, `${where}: Esc did not stop the demo`).toBeVisible({
						timeout: 30_000
					});
				}
				problems.push(
					...(
						await atEverySize(page, async () =>
							[await outside(page, '.slide [data-slide-output]')].filter(Boolean)
						)
					).map((p) => `${where} after G, ${p}`)
				);
				await page.setViewportSize(sizes[0]!);
			}
			if (shots) {
				await page.setViewportSize(sizes[2]!);
				await page.screenshot({ path: `/tmp/slides/${kind}.png` });
				await page.setViewportSize(sizes[0]!);
			}
			if (i < group.slides.length - 1) await page.keyboard.press('PageDown');
		}
		expect(problems).toEqual([]);
		await context.close();
	});
}
