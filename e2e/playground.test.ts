import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { writeTinyModel } from '../scripts/fixtures/tiny-model.mjs';
import { startModelServer, type ModelServer } from '../scripts/fixtures/model-server.mjs';
import { waitUntilOfflineReady } from './pwa';
import { chooseEngine } from './engine';

async function say(page: Page, text: string) {
	await page.locator('#prompt').fill(text);
	await page.getByRole('button', { name: 'Send' }).click();
}

test('chats with the built-in engine through the engine worker, and Stop ends a reply', async ({
	page
}) => {
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await page.goto('/playground');
	await expect(page.getByText('Nothing here yet')).toBeVisible();
	await say(page, 'A low temperature makes');
	const reply = page.getByTestId('turn-assistant');
	await expect(reply).toContainText('Built-in trigram model');
	await expect(reply).toContainText(/\d+ tokens/);
	expect(workers.some((u) => /worker/.test(u))).toBe(true);
	await expect(page.getByTestId('turn-user')).toHaveText(/A low temperature makes/);

	// A long reply, stopped after it started.
	await page.getByTestId('max-tokens').fill('2000');
	await page.getByLabel('Temperature', { exact: true }).fill('1.5');
	await page.getByLabel('Seed', { exact: true }).fill('23'); // writes 200+ tokens (checked in concepts.spec.ts)
	await say(page, 'An n-gram model estimates');
	// Stop once words have arrived: a reply stopped before its first token leaves no turn at all
	// (session.svelte.ts), which is what a loaded machine's slow first token once made of this test.
	await expect(page.getByTestId('turn-streaming').locator('.content')).toHaveText(/\w+ \w+/);
	// dispatchEvent skips Playwright's scroll-and-settle checks, which on a loaded 2-core machine
	// can outlast the stream; the click itself is the same DOM event.
	await page.getByRole('button', { name: 'Stop' }).dispatchEvent('click');
	await expect(page.getByTestId('turn-assistant').nth(1)).toContainText('stopped');
	await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
});

test('ELIZA chosen in the header answers the playground by its rules, and stays chosen after a reload', async ({
	page
}) => {
	await page.goto('/playground');
	await chooseEngine(page, 'eliza');
	await expect(page.getByTestId('engine-control')).toContainText('Engine: ELIZA-style rules');
	// The sampling settings stay (top-k 40, a temperature): the rules ignore them, and say so.
	await expect(page.getByTestId('rules-note')).toContainText(
		'ELIZA-style rules is rule-based: it answers by hand-written keyword rules, so it ignores temperature'
	);
	await page.getByLabel('Temperature', { exact: true }).fill('1.5');
	// A rule weighs no alternatives: no token choices are offered (they would all read 100%).
	await expect(page.getByTestId('no-choices')).toContainText('weighs no alternatives');
	await expect(page.getByLabel('Show token choices')).toHaveCount(0);
	// "I" comes back as "you", and "you" as "me": Weizenbaum's reflection.
	await say(page, 'I am tired of you');
	const reply = page.getByTestId('turn-assistant');
	await expect(reply).toContainText('ELIZA-style rules');
	await expect(reply).toContainText(/How long have you been tired of me/);
	await page.reload();
	await expect(page.getByTestId('engine-control')).toContainText('Engine: ELIZA-style rules');
	await chooseEngine(page, 'builtin');
});

test('renders hostile text as text: no script runs, no element is injected', async ({ page }) => {
	await page.goto('/playground');
	const payload =
		'<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> [click me](javascript:window.pwned=3) **bold**';
	await say(page, payload);
	const turn = page.getByTestId('turn-user');
	await expect(turn).toContainText(
		'<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
	);
	await expect(turn.locator('img, script')).toHaveCount(0);
	await expect(turn.locator('a')).toHaveCount(0);
	await expect(turn.locator('strong')).toHaveText('bold');
	await expect(page.getByTestId('turn-assistant')).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
	).toBeUndefined();
});

test('a shared link opens the exact demo: prompt, system prompt and parameters', async ({
	page
}) => {
	await page.goto(
		'/playground?prompt=Top-k%20is%20the%20simple&system=Be%20brief&temperature=0.2&max_tokens=30&seed=7'
	);
	await expect(page.locator('#prompt')).toHaveValue('Top-k is the simple');
	await expect(page.getByLabel('System prompt')).toHaveValue('Be brief');
	await expect(page.getByLabel('Temperature', { exact: true })).toHaveValue('0.2');
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByTestId('turn-assistant')).toContainText(/\d+ tokens/);
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
	).toEqual([]);
});

test.describe('with the real WebLLM library in the worker', () => {
	test.use({ serviceWorkers: 'allow' }); // offline, from the service worker
	let dir: string;
	let server: ModelServer;
	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'e2e-webllm-'));
		writeTinyModel(dir, { shards: 2, shardBytes: 64 * 1024 });
		server = await startModelServer({ dir });
	});
	/** Adds the fixture model under `id` on the Models page and downloads it. */
	async function addAndDownload(page: Page, id: string) {
		await page.getByLabel('Weights folder URL').fill(`${server.url}/m/${id}`);
		await page.getByLabel('Model library URL (.wasm)').fill(`${server.url}/l/tiny-model.wasm`);
		await page.getByRole('button', { name: 'Add model' }).click();
		const row = page.getByTestId(`model-${id}`);
		await row.getByRole('button', { name: 'Download' }).click();
		await expect(row.getByTestId('status')).toHaveText('✓ Ready offline', { timeout: 30_000 });
	}

	test.afterAll(async () => {
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	});

	test('a link to a model that is not downloaded, opened offline, says so and the built-in engine answers', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitUntilOfflineReady(page);
		await context.setOffline(true);
		await page.goto('/playground?engine=Qwen3-0.6B-q4f32_1-MLC');
		await expect(page.getByTestId('engine-notice')).toContainText(
			'which is not on this device, so the built-in engine runs instead. Download it on the Models page'
		);
		await say(page, 'A low temperature makes');
		await expect(page.getByTestId('turn-assistant')).toContainText('Built-in trigram model');
		await expect(page.getByTestId('turn-assistant')).toContainText(/\d+ tokens/);
	});

	test('an invalid model library fails within 15 s with its message, and the page stays usable', async ({
		page
	}) => {
		const id = 'broken-q4f32_1-MLC';
		await page.goto('/models');
		await addAndDownload(page, id);

		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Playground' })
			.click();
		await chooseEngine(page, id);
		// The model's own defaults, read from its downloaded config, one click away.
		await expect(page.getByTestId('model-defaults')).toHaveText(
			'This model’s defaults: temperature 0.6, top-p 0.9, repetition ×1.1. It reads at most 512 tokens (prompt and answer together).'
		);
		await page.getByRole('button', { name: 'Use the model’s defaults' }).click();
		await expect(page.getByLabel('Temperature', { exact: true })).toHaveValue('0.6');
		await expect(page.getByText('Repetition penalties (on)')).toBeVisible();
		const started = Date.now();
		await say(page, 'Hello');
		await expect(page.getByTestId('engine-error')).toContainText(
			'model library could not be started',
			{
				timeout: 15_000
			}
		);
		expect(Date.now() - started).toBeLessThan(15_000);

		// Still usable: the built-in engine answers.
		await chooseEngine(page, 'builtin');
		await say(page, 'The pipeline has three');
		await expect(page.getByTestId('turn-assistant').last()).toContainText(/\d+ tokens/);
	});

	test('a downloaded model is read from IndexedDB offline: WebLLM gets as far as the GPU step', async ({
		page,
		context
	}) => {
		// No real weights or model library can exist here, so this model fails when WebLLM starts
		// its library. What matters: offline, it fails there (the files came from IndexedDB), not
		// with "you are offline, download it first".
		const id = 'cached-q4f32_1-MLC';
		await page.goto('/');
		await waitUntilOfflineReady(page);
		await page.goto('/models');
		await addAndDownload(page, id);

		await context.setOffline(true);
		await page.goto('/playground');
		await chooseEngine(page, id);
		await say(page, 'Hello');
		const error = page.getByTestId('engine-error');
		await expect(error).toContainText('model library could not be started', { timeout: 30_000 });
		await expect(error).not.toContainText('offline');
	});
});
