// The sampling lab's views in Chromium: slider-to-DOM time of the 50-bar step (recompute with the
// lab's arithmetic + Svelte update, then with the browser's style and layout too; p50/p95 over
// 200 slider values) and the render time
// of a 500-token surprise trace. The harness in src/bench/lab/ mounts the real components.
import { chromium } from '@playwright/test';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { build } from 'vite';
import { chromiumPath, quietArgs } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

const OUT = 'build-bench/lab';

export async function labViewBench() {
	await build({
		configFile: false,
		logLevel: 'warn',
		root: resolve('src/bench/lab'),
		base: './',
		plugins: [svelte()],
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: { outDir: resolve(OUT), emptyOutDir: true }
	});
	const site = await startServer({ dir: OUT, port: 0 });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietArgs });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(site.url);
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
		await browser.close();
		await site.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.table(await labViewBench());
}
