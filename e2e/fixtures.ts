// The fixtures every browser test uses: Playwright's own `test`, with two changes to the pages it opens.
// A concept page fetches a lab's code when the lab nears the screen, or after four quiet seconds
// (src/lib/demos/whenNeeded.ts). A test that clicks a lab's Run button right after arriving
// would wait those four seconds on every page: about sixty waits, two minutes of a clean
// `npm test`. Here the quiet while is zero, so the labs load in the browser's first idle time;
// and `page.goto` and `page.reload` return once the page is live (see `live` below); everything
// else is the real page. e2e/budget.test.ts, which checks what a visit that only reads the top
// fetches, imports Playwright's test directly and keeps the real four seconds.
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Locator, Page, Response } from '@playwright/test';

/**
 * Waits until an app page is live. The start page and the concepts are rendered at build time,
 * so their buttons are on screen before the script that answers them: a test that clicked at
 * once could click a page that is not listening yet. The root layout marks <html data-live> when
 * it mounts; a page that is not the app's (a file, a model server's listing) has nothing to wait for.
 */
export async function live(page: Page): Promise<void> {
	await page
		.waitForFunction(
			() =>
				document.documentElement.hasAttribute('data-live') ||
				!document.querySelector('[data-sveltekit-preload-data]'),
			undefined,
			{ timeout: 15_000 }
		)
		.catch(() => {
			throw new Error(`${page.url()} never went live: its script did not start within 15 s`);
		});
}

export const test = base.extend({
	context: async ({ context }, use) => {
		await context.addInitScript(() => {
			(globalThis as { __labsQuietMs?: number }).__labsQuietMs = 0;
		});
		await use(context);
	},
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		const reload = page.reload.bind(page);
		page.goto = async (...args) => {
			const response = await goto(...args);
			await live(page);
			return response;
		};
		page.reload = async (...args) => {
			const response = await reload(...args);
			await live(page);
			return response;
		};
		await use(page);
	}
});
