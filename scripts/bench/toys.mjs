// The generative toys: training steps per second on WebGPU (SwiftShader on a machine without a
// GPU) and on the CPU backend, in Chromium, with the real model code (harness in
// src/bench/toys/); and what a toy's page downloads before and after training starts (the
// tensor library and its backend load only then), measured on the app build.
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { chromiumPath, quietArgs, webgpuArgs } from '../chromium.mjs';
import { startServer } from '../serve.mjs';
import { openHarness } from './harness.mjs';

export async function toySpeedBench(steps = Number(process.env.BENCH_TOY_STEPS ?? 100)) {
	const harness = await openHarness('toys', { args: webgpuArgs });
	const { browser } = harness;
	const rows = [];
	const toys = {
		diffusion2d: 'diffusion2d (MLP 3×64, batch 128)',
		gan2d: 'gan2d (two MLPs 2×32, batch 128, 2 D + 1 G updates)',
		vae: 'vae (16×16 glyphs, MLPs 256→64→2→64→256, batch 32)'
	};
	try {
		for (const [toy, label] of Object.entries(toys))
			for (const want of ['auto', 'cpu']) {
				// A fresh page per backend: TF.js keeps one active backend per page.
				const page = await browser.newPage();
				await page.goto(harness.url);
				await page.waitForFunction(() => 'runToyBench' in window);
				const r = await page.evaluate(
					({ want, steps, toy }) => /** @type {any} */ (window).runToyBench(want, steps, toy),
					{ want, steps, toy }
				);
				rows.push({
					toy: label,
					backend: r.backend + (r.adapter ? ` (${r.adapter})` : ''),
					'steps/s': r.stepsPerSecond.toFixed(1),
					'tensor memory': `${(r.memory / 1e6).toFixed(2)} MB`
				});
				await page.close();
			}
	} finally {
		await harness.close();
	}
	return rows;
}

/** JS a toy's page loads (gzip): on arrival, and once Train has started the backend. */
export async function toyDownloads(dir = 'build', path = '/concepts/diffusion-models') {
	const server = await startServer({ dir, port: 0 });
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...quietArgs, ...webgpuArgs]
	});
	try {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		let gzip = 0;
		const pending = [];
		page.on('response', (res) => {
			if (res.request().resourceType() !== 'script') return;
			pending.push(res.body().then((b) => (gzip += gzipSync(b, { level: 9 }).length)));
		});
		await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
		await Promise.all(pending);
		const onArrival = gzip;
		await page.getByRole('button', { name: 'Train', exact: true }).click();
		await page
			.getByTestId('toy-backend')
			.filter({ hasText: /GPU|CPU/ })
			.waitFor();
		await page.waitForLoadState('networkidle');
		await Promise.all(pending);
		return { path, onArrival, afterTrain: gzip };
	} finally {
		await browser.close();
		await server.close();
	}
}

// Run on its own: node scripts/bench/toys.mjs
if (import.meta.url === `file://${process.argv[1]}`) {
	console.table(await toySpeedBench());
	console.table(await toyDownloads(process.env.BENCH_BUILD ?? 'build'));
}
