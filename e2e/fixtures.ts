// The fixtures every browser test uses: Playwright's own `test`, with one change to the pages it opens.
// A concept page fetches a lab's code when the lab nears the screen, or after four quiet seconds
// (src/lib/demos/whenNeeded.ts). A test that clicks a lab's Run button right after arriving
// would wait those four seconds on every page: about sixty waits, two minutes of a clean
// `npm test`. Here the quiet while is zero, so the labs load in the browser's first idle time;
// everything else is the real page. e2e/budget.test.ts, which checks what a visit that only
// reads the top fetches, imports Playwright's test directly and keeps the real four seconds.
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Locator, Page, Response } from '@playwright/test';

export const test = base.extend({
	context: async ({ context }, use) => {
		await context.addInitScript(() => {
			(globalThis as { __labsQuietMs?: number }).__labsQuietMs = 0;
		});
		await use(context);
	}
});
