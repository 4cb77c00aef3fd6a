// A bring-your-own model hosted on this computer (a presenter's laptop server), downloaded on the
// Models page, must then load with no network at all. WebLLM 0.2.86 never caches a model library
// whose URL contains "localhost" (src/lib/webllm/record.ts explains the fix), so the localhost
// case is the one that used to fail here; 127.0.0.1 is the control.
//
// No real model library can exist on this machine: the fixture's library is valid WebAssembly
// with nothing of TVM inside, so WebLLM fails right after reading it from IndexedDB, when tvmjs
// looks for its functions. The GPU steps after that (runtime start, WebGPU, tokenizer, weights,
// shaders) cannot be reached without a real compiled library. What this proves: offline, every file WebLLM reads up to that point comes from
// IndexedDB (the fixture server sees no request, the error is the library's and not "offline").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { writeTinyModel } from '../scripts/fixtures/tiny-model.mjs';
import { startModelServer, type ModelServer } from '../scripts/fixtures/model-server.mjs';
import { chooseEngine } from './engine';
import { waitUntilOfflineReady } from './pwa';

test.use({ serviceWorkers: 'allow' }); // offline, from the service worker

let dir: string;
let server: ModelServer;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'e2e-offline-models-'));
	writeTinyModel(dir, { shards: 2, shardBytes: 64 * 1024 });
	server = await startModelServer({ dir });
});

test.afterAll(async () => {
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Adds the fixture model under `id` from `origin` on the Models page and downloads it. */
async function addAndDownload(page: Page, origin: string, id: string) {
	await page.goto('/models');
	await page.getByLabel('Weights folder URL').fill(`${origin}/m/${id}`);
	await page.getByLabel('Model library URL (.wasm)').fill(`${origin}/l/tiny-model.wasm`);
	await page.getByRole('button', { name: 'Add model' }).click();
	const row = page.getByTestId(`model-${id}`);
	await row.getByRole('button', { name: 'Download' }).click();
	await expect(row.getByTestId('status')).toHaveText('✓ Ready offline', { timeout: 30_000 });
}

for (const host of ['localhost', '127.0.0.1']) {
	test(`a model served from http://${host}:PORT, once downloaded, is used offline without a request`, async ({
		page,
		context
	}) => {
		const id = `byo-${host.replaceAll('.', '-')}-q4f32_1-MLC`;
		const origin = `http://${host}:${new URL(server.url).port}`;
		await page.goto('/');
		await waitUntilOfflineReady(page);
		await addAndDownload(page, origin, id);
		expect(server.requests()).toContain('tiny-model.wasm');

		const before = server.requests().length;
		await context.setOffline(true);
		await page.goto('/playground');
		await chooseEngine(page, id);
		await page.locator('#prompt').fill('Hello');
		await page.getByRole('button', { name: 'Send' }).click();
		const error = page.getByTestId('engine-error');
		await expect(error).toContainText('model library could not be started', { timeout: 30_000 });
		await expect(error).not.toContainText(/offline/i);
		expect(server.requests().slice(before)).toEqual([]);
	});
}
