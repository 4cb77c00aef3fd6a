// The sampling lab's views in Chromium: slider-to-DOM time of the 50-bar step (recompute with the
// lab's arithmetic + Svelte update, then with the browser's style and layout too; p50/p95 over
// 200 slider values) and the render time
// of a 500-token surprise trace. The harness in src/bench/lab/ mounts the real components.
import { openHarness } from './harness.mjs';

export async function labViewBench() {
	const harness = await openHarness('lab');
	const { browser } = harness;
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(harness.url);
		await page.waitForFunction(() => 'runLabBench' in window);
		// A warm-up run (JIT, style caches), then the measured one.
		await page.evaluate(() => /** @type {any} */ (window).runLabBench(50));
		const r = await page.evaluate(() => /** @type {any} */ (window).runLabBench(200));
		return {
			'recompute + Svelte update p50 (ms)': r.updateP50.toFixed(2),
			'recompute + Svelte update p95 (ms)': r.updateP95.toFixed(2),
			'slider → bars p50 (ms)': r.sliderP50.toFixed(2),
			'slider → bars p95 (ms)': r.sliderP95.toFixed(2),
			'500-token trace p50 (ms)': r.traceP50.toFixed(2),
			'500-token trace max (ms)': r.traceMax.toFixed(2)
		};
	} finally {
		await harness.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.table(await labViewBench());
}
