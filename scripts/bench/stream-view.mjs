// The token stream view under a synthetic source: how many tokens per second it keeps up with and
// how long its frames take as the text grows to 8,000 tokens (probability shading, alternatives
// and a 10-token captured distribution on every token, as with capture on). The harness in
// src/bench/stream/ mounts the real TokenChoices + GenerationRun, built here with Vite.
import { openHarness } from './harness.mjs';

/**
 * @param {{ total?: number, rates?: number[], marks?: number[] }} [options]
 */
export async function streamViewBench({
	total = 8000,
	rates = process.env.BENCH_RATES
		? process.env.BENCH_RATES.split(',').map(Number)
		: [1000, 2000, 4000],
	marks = [1000, 2000, 4000, 8000]
} = {}) {
	const harness = await openHarness('stream');
	const { browser } = harness;
	const rows = [];
	try {
		/** @type {[number, boolean, boolean][]} rate, view on, batched like the engine worker */
		const runs = [
			[2000, false, false],
			[2000, true, false],
			...rates.map((r) => /** @type {[number, boolean, boolean]} */ ([r, true, true]))
		];
		// One page for every run, as in a long talk; the first run warms it up (JIT, fonts, style
		// caches) and is not measured: a fresh page's first seconds run up to 3x slower here.
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(harness.url);
		await page.waitForFunction(() => 'runStreamBench' in window);
		await page.evaluate(() => /** @type {any} */ (window).runStreamBench(4000, 2000, [4000]));
		for (const [rate, withView, batched] of runs) {
			const result = await page.evaluate(
				({ total, rate, marks, withView, batched }) =>
					/** @type {any} */ (window).runStreamBench(total, rate, marks, withView, batched),
				{ total, rate, marks, withView, batched }
			);

			for (const f of result.frames) {
				rows.push({
					source: `${rate}/s, ${batched ? 'batched' : 'a message per token'}${withView ? '' : ', no view'}`,
					'tokens on screen': `≤ ${f.upTo}`,
					'frame p50 (ms)': f.p50.toFixed(1),
					'frame p95 (ms)': f.p95.toFixed(1),
					'frame max (ms)': f.max.toFixed(1),
					'shown (tokens/s)': Math.round(result.tokensPerSecond)
				});
			}
		}
		await page.close();
	} finally {
		await harness.close();
	}
	return rows;
}

// Run on its own: node scripts/bench/stream-view.mjs
if (import.meta.url === `file://${process.argv[1]}`) {
	console.table(await streamViewBench());
}
