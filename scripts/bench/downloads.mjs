// Download throughput into IndexedDB through the real Models page, for 1 and N parallel
// connections, next to a plain fetch of the same bytes that stores nothing (the ratio shows
// what IndexedDB costs), and the page's peak JS heap during the download.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, quietArgs } from '../chromium.mjs';
import { startServer } from '../serve.mjs';
import { startModelServer } from '../fixtures/model-server.mjs';
import { writeTinyModel } from '../fixtures/tiny-model.mjs';

/** @param {{ shards?: number, shardBytes?: number, connections?: number[] }} [options] */
export async function downloadBench({
	shards = 16,
	shardBytes = 4_000_000,
	connections = [1, 4]
} = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-model-'));
	const fixture = writeTinyModel(dir, { shards, shardBytes });
	const models = await startModelServer({ dir });
	const site = await startServer({ dir: 'build', port: 0 });
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...quietArgs, '--enable-precise-memory-info']
	});
	const rows = [];
	try {
		for (const n of connections) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(`${site.url}models`);
			const id = `bench-q4f32_1-MLC`;
			await page.getByLabel('Weights folder URL').fill(`${models.url}/m/${id}`);
			await page.getByLabel('Model library URL (.wasm)').fill(`${models.url}/l/tiny-model.wasm`);
			await page.getByRole('button', { name: 'Add model' }).click();
			await page.getByLabel('Parallel connections per download').selectOption(String(n));
			const row = page.getByTestId(`model-${id}`);
			await row.getByText('Not downloaded').waitFor();

			// Raw fetch of the same shards, nothing stored.
			const urls = fixture.shards.map((s) => `${models.url}/m/${id}/resolve/main/${s}`);
			const rawSeconds = await page.evaluate(
				async ({ urls, n }) => {
					const t0 = performance.now();
					const queue = [...urls];
					await Promise.all(
						Array.from({ length: n }, async () => {
							for (let u = queue.shift(); u; u = queue.shift()) {
								await (await fetch(u, { cache: 'no-store' })).arrayBuffer();
							}
						})
					);
					return (performance.now() - t0) / 1000;
				},
				{ urls, n }
			);

			await page.evaluate(() => {
				const w = /** @type {any} */ (window);
				w.peakHeap = 0;
				w.heapTimer = setInterval(() => {
					const used = /** @type {any} */ (performance).memory?.usedJSHeapSize ?? 0;
					w.peakHeap = Math.max(w.peakHeap, used);
				}, 50);
			});
			const baseHeap = await page.evaluate(
				() => /** @type {any} */ (performance).memory?.usedJSHeapSize ?? 0
			);
			const t0 = Date.now();
			await row.getByRole('button', { name: 'Download' }).click();
			await row.getByText('✓ Ready offline').waitFor({ timeout: 120_000 });
			const seconds = (Date.now() - t0) / 1000;
			const peak = await page.evaluate(() => /** @type {any} */ (window).peakHeap);
			rows.push({
				connections: n,
				'model size (MB)': (fixture.totalBytes / 1e6).toFixed(1),
				'into IndexedDB (MB/s)': (fixture.totalBytes / 1e6 / seconds).toFixed(1),
				'raw fetch (MB/s)': (fixture.totalBytes / 1e6 / rawSeconds).toFixed(1),
				'IndexedDB / raw': (rawSeconds / seconds).toFixed(2),
				'peak JS heap (MB)': (peak / 1e6).toFixed(1),
				'heap growth (MB)': ((peak - baseHeap) / 1e6).toFixed(1)
			});
			await context.close();
		}
	} finally {
		await browser.close();
		await site.close();
		await models.close();
		rmSync(dir, { recursive: true, force: true });
	}
	return rows;
}
