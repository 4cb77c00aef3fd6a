// Render time of the worst Markdown inputs, in Chromium through the real component: the harness
// in src/bench/markdown/ parses each input of src/lib/markdown/hostileInputs.ts (hostile.timed.spec's
// cases and the slowest motifs the property test found, up to a million characters) and mounts
// Markdown.svelte with it, then forces layout. Budget: 100 ms for any message (issue 15).
import { openHarness } from './harness.mjs';

/** $app/paths outside SvelteKit: concept links resolve at the domain root. */
const appPaths = {
	name: 'app-paths',
	resolveId: (/** @type {string} */ id) => (id === '$app/paths' ? '\0app-paths' : undefined),
	load: (/** @type {string} */ id) =>
		id === '\0app-paths'
			? 'export const resolve = (route, params = {}) => route.replace(/\\[(\\w+)\\]/g, (_, k) => params[k]);'
			: undefined
};

export async function markdownRenderBench() {
	const harness = await openHarness('markdown', { plugins: [appPaths] });
	const { browser } = harness;
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(harness.url);
		await page.waitForFunction(() => 'runMarkdownBench' in window);
		// A warm-up pass (JIT, style caches), then the measured one (median of three per input).
		await page.evaluate(() => /** @type {any} */ (window).runMarkdownBench(1));
		/** @type {{ name: string, policy: string, chars: number, parse: number, mount: number, layout: number, total: number }[]} */
		const rows = await page.evaluate(() => /** @type {any} */ (window).runMarkdownBench(3));
		return rows.sort((a, b) => b.total - a.total);
	} finally {
		await harness.close();
	}
}

/** @param {Awaited<ReturnType<typeof markdownRenderBench>>} rows */
export function markdownTable(rows, top = 8) {
	return rows.slice(0, top).map((r) => ({
		input: `${r.name} (${r.policy})`,
		characters: r.chars,
		'parse (ms)': r.parse.toFixed(1),
		'render (ms)': r.mount.toFixed(1),
		'layout (ms)': r.layout.toFixed(1),
		'total (ms)': r.total.toFixed(1)
	}));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.table(markdownTable(await markdownRenderBench(), 100));
}
