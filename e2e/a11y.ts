// One accessibility check for every browser test: axe over the page, or over one part of it, and
// no serious or critical violation, each named with its rule and first element. Nine test files
// wrote this helper out, word for word. A lab's test checks its own lab (`within`): axe over a
// whole concept page with every lab loaded took 4.5 to 5 s on the 2-core machine, over one lab
// 0.2 s, and the lab tests ran it about thirty times. Whole pages are checked by their own
// tests (concepts.test.ts: the index and three concept pages; home, playground, models, present).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** @param within a CSS selector: only that part of the page is checked. */
export async function expectNoSeriousA11yIssues(page: Page, within?: string): Promise<void> {
	const builder = new AxeBuilder({ page });
	const { violations } = await (within ? builder.include(within) : builder).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
}
