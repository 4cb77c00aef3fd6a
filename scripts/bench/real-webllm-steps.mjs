// What a sampling-lab step costs on real WebLLM: the first distribution of a ~40-token text (a whole
// prefill), then three steps. Not part of `npm test` or `npm run bench`: it needs the real-WebLLM
// setup (../shared/tools/real-webllm: a real Qwen2-0.5B library, real vocabulary, random weights)
// and runs for minutes on SwiftShader, where a prefill reads about 0.45 tokens/s and a decode takes
// about 14 s. Run it against a production build of any commit to compare before and after:
//   REAL_WEBLLM=/tmp/real-webllm [REAL_WEBLLM_TOOLS=../shared/tools/real-webllm] node scripts/bench/real-webllm-steps.mjs [BUILD_DIR] [draw|pick]
// `draw` presses Next token (the lab's seeded draw); `pick` chooses the top candidate instead, which
// any version of the lab can do (one that stops on a draw it cannot name still takes a pick).
// `score` instead times the probability-is-not-truth lab's first statement (two endings scored
// through the engine's `score`: a read of the start, then one decode per token) and stops.
import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, quietArgs, webgpuArgs } from '../chromium.mjs';
import { startModelServer } from '../fixtures/model-server.mjs';
import { startServer } from '../serve.mjs';

const setup = process.env.REAL_WEBLLM;
if (!setup) {
	console.error('Set REAL_WEBLLM to the folder ../shared/tools/real-webllm/setup.sh built.');
	process.exit(2);
}
const buildDir = process.argv[2] ?? 'build';
const mode = ['pick', 'score'].includes(process.argv[3] ?? '') ? process.argv[3] : 'draw';
// The tool's prelude (an ABI adapter for the older library) goes in front of the engine worker.
const tools = resolve(process.env.REAL_WEBLLM_TOOLS ?? '../shared/tools/real-webllm');
const { workerPrelude } = await import(join(tools, 'prelude.mjs'));

// About 40 Qwen tokens of plain English (38 words and three commas).
const TEXT =
	'The lecture hall went quiet when the speaker opened her laptop, plugged in the projector, and asked the audience to guess which word a small language model would write after this long sentence, and then';

// The model server maps every path to a file name in one folder: weights, config and library.
const flat = mkdtempSync(join(tmpdir(), 'real-webllm-'));
const weights = join(setup, 'www/m/resolve/main');
for (const f of readdirSync(weights)) symlinkSync(join(weights, f), join(flat, f));
symlinkSync(join(setup, 'www/lib.wasm'), join(flat, 'lib.wasm'));

const site = await startServer({ dir: buildDir, port: 0 });
const models = await startModelServer({ dir: flat });
const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: [...quietArgs, ...webgpuArgs]
});
const context = await browser.newContext({ serviceWorkers: 'block', baseURL: site.url });
await context.route(/\/_app\/immutable\/workers\/[^/]+\.js$/, async (route) => {
	const original = await (await route.fetch()).text();
	await route.fulfill({ body: workerPrelude() + original, contentType: 'text/javascript' });
});
const page = await context.newPage();
page.setDefaultTimeout(30 * 60_000);
const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);

try {
	const id = 'qwen2-random-q4f32_1-MLC';
	await page.goto('/models');
	await page.getByLabel('Weights folder URL').fill(`${models.url}/m/${id}`);
	await page.getByLabel('Model library URL (.wasm)').fill(`${models.url}/l/lib.wasm`);
	await page.getByRole('button', { name: 'Add model' }).click();
	const row = page.getByTestId(`model-${id}`);
	await row.getByRole('button', { name: 'Download' }).click();
	await row.getByTestId('status').filter({ hasText: 'Ready offline' }).waitFor();

	const control = page.getByTestId('engine-control');
	await control.click();
	await page.locator(`input[type="radio"][value="${id}"]`).check();
	await page.keyboard.press('Escape');

	if (mode === 'score') {
		await page.goto('/concepts/large-language-models');
		const lab = page.getByTestId('lab-probability-truth');
		const t0 = performance.now();
		await lab.getByRole('button', { name: /^Score \d+ statements$/ }).click();
		const row = lab.getByTestId('truth-table').locator('tbody tr').first();
		await lab.getByTestId('truth-tally').waitFor();
		console.log(`load + first statement's two endings scored: ${seconds(t0)} s`);
		console.log((await row.innerText()).replace(/\s+/g, ' '));
		await lab.getByRole('button', { name: 'Stop' }).click();
		process.exitCode = 0;
	} else {
		await page.goto('/concepts/temperature');
		const lab = page.getByTestId('sampling-lab');
		const next = lab.getByRole('button', { name: 'Next token' });
		const path = lab.getByTestId('lab-path').getByRole('button');
		const ready = async () => {
			await lab.getByTestId('lab-stats').waitFor();
			await next.and(page.locator(':enabled')).waitFor();
		};
		let t0 = performance.now();
		await ready();
		console.log(`load + the default text's first distribution: ${seconds(t0)} s`);

		await lab.getByLabel('Start from').fill(TEXT);
		t0 = performance.now();
		await lab.getByRole('button', { name: 'Start again' }).click();
		await path
			.first()
			.waitFor({ state: 'detached' })
			.catch(() => {});
		await ready();
		console.log(`first distribution of the ~40-token text: ${seconds(t0)} s`);

		for (let i = 1; i <= 3; i++) {
			t0 = performance.now();
			const before = await path.count();
			if (mode === 'draw') await next.click();
			else await lab.getByTestId('lab-bars').getByRole('button').first().click();
			await page.waitForFunction(
				([sel, n]) => document.querySelectorAll(sel).length > n,
				[`[data-testid="sampling-lab"] [data-testid="lab-path"] button`, before]
			);
			await ready();
			const stats = await lab.getByTestId('lab-stats').innerText();
			console.log(`step ${i} (${mode}): ${seconds(t0)} s — ${stats.split('.')[0]}`);
		}
		const halted = await lab.getByText('cannot name').count();
		if (halted) console.log('(the lab said it cannot name a draw)');
	}
} finally {
	await browser.close();
	await site.close();
	await models.close();
}
