// The RAG lab on /concepts/rag: on the built-in engine a question retrieves passages with their
// scores, the augmented prompt holds them, both answers arrive, and passages link to their
// pages; the index also loads offline from the sub-path build (precached); and with an
// embedding model added by URL, "Re-rank" reaches WebLLM in the worker through the embed call.
// Leaving the page mid-answer aborts the answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { writeTinyModel } from '../scripts/fixtures/tiny-model.mjs';
import { startModelServer } from '../scripts/fixtures/model-server.mjs';
import { waitUntilOfflineReady } from './pwa';
import { expectAllAborted, expectGenerating, recordWorkerCalls } from './workerCalls';

const labOf = (page: Page) => page.getByTestId('lab-rag');
/** A finished answer's status: "N tokens, …", or nothing written (the trigram model may stop). */
const FINISHED = /Built-in trigram model(: \d+ tokens, | wrote nothing)/;

async function askPrepared(page: Page) {
	const lab = labOf(page);
	await expect(lab.getByTestId('rag-index')).toContainText(/Search index: \d+ passages/);
	await lab.getByRole('button', { name: 'Ask with and without retrieval' }).click();
	return lab;
}

test('retrieves passages with scores, builds the prompt from them and answers both ways', async ({
	page
}) => {
	await page.goto('/concepts/rag');
	const lab = await askPrepared(page);
	const passages = lab.getByTestId('rag-passage');
	await expect(passages).toHaveCount(3);
	await expect(lab.getByTestId('rag-scores').first()).toHaveText(/BM25 \d+\.\d\d/);
	await expect(passages.first().locator('mark').first()).toBeVisible();

	// The augmented prompt holds each retrieved passage, numbered, and ends with the question.
	const first = (await passages.first().locator('.text').innerText()).trim();
	await lab.getByTestId('rag-rag').getByText('The exact prompt sent').click();
	const prompt = lab.getByTestId('rag-rag-prompt');
	await expect(prompt).toContainText(`[1] `);
	await expect(prompt).toContainText(first);
	await expect(prompt).toContainText('Question: How can a model answer from documents');

	// Both answers, on the same engine and seed; the trigram model's reading is stated: the same
	// two words on both sides, and the passages as a cache model on the retrieval side only.
	for (const side of ['rag-rag', 'rag-plain'])
		await expect(lab.getByTestId(side)).toContainText(FINISHED, { timeout: 20_000 });
	await expect(lab.getByTestId('rag-rag')).toContainText('continues only the last two words');
	await expect(lab.getByTestId('rag-rag')).toContainText('The 3 passages reach it another way');
	await expect(lab.getByTestId('rag-plain')).not.toContainText('reach it another way');
	// So the two answers differ by the retrieved text alone, and the one with it borrows from it.
	const answer = async (side: string) =>
		(await lab.getByTestId(`${side}-answer`).innerText()).trim();
	const [withPassages, without] = [await answer('rag-rag'), await answer('rag-plain')];
	expect(withPassages).not.toBe(without);
	// It cannot cite, so there is no line about citations.
	await expect(lab.getByTestId('rag-rag-note')).toHaveCount(0);
	await expect(lab.getByTestId('rag-plain-note')).toHaveCount(0);

	// Each passage has an anchor for citations and links to its concept page.
	const id = await passages.first().getAttribute('id');
	expect(id).toMatch(/passage-1$/);
	const link = passages.first().getByRole('link');
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^\/concepts\/[a-z-]+$/);
	const { violations } = await new AxeBuilder({ page })
		.include('[data-testid="lab-rag"]')
		.analyze();
	expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href}$`));

	// An empty question and a question without any shared word get their own messages.
	await page.goto('/concepts/rag');
	await expect(labOf(page).getByTestId('rag-index')).toContainText('Search index');
	await labOf(page).getByLabel('Question').fill('Xylophones zigzag?');
	await labOf(page).getByLabel('Question').press('Enter');
	await expect(labOf(page)).toContainText('No passage shares a word with the question');
	await labOf(page).getByLabel('Question').fill('');
	await labOf(page).getByRole('button', { name: 'Ask with and without retrieval' }).click();
	await expect(labOf(page).getByRole('alert')).toHaveText('Type a question first.');
});

test('leaving the page mid-answer stops the answers', async ({ page }) => {
	await recordWorkerCalls(page);
	await page.goto('/concepts/rag');
	await askPrepared(page);
	await expectGenerating(page);
	await page.getByRole('link', { name: 'Concepts', exact: true }).first().click();
	await expect(page).toHaveURL(/\/concepts$/);
	await expectAllAborted(page);
});

test.describe('without the index', () => {
	// No service worker, so the request really goes to the (failing) network.
	test.use({ serviceWorkers: 'block' });
	test('says the index could not be loaded, and what to do', async ({ page }) => {
		await page.route('**/retrieval-index.json', (route) => route.abort('internetdisconnected'));
		await page.goto('/concepts/rag');
		const lab = labOf(page);
		await expect(lab.getByTestId('rag-index').getByRole('alert')).toContainText(
			'could not be downloaded'
		);
		await expect(
			lab.getByRole('button', { name: 'Ask with and without retrieval' })
		).toBeDisabled();
	});
});

test.describe(() => {
	test.use({ serviceWorkers: 'allow' }); // offline, from the service worker
	test('the sub-path build serves the index, and keeps it for offline use', async ({
		page,
		context
	}) => {
		const site = `http://localhost:${Number(process.env.E2E_PORT ?? 4173) + 1}/genai-live`;
		// The start page says when the whole shell, the index included, is cached.
		await page.goto(`${site}/`);
		await waitUntilOfflineReady(page);
		await context.setOffline(true);
		await page.goto(`${site}/concepts/rag`);
		const lab = await askPrepared(page);
		await expect(lab.getByTestId('rag-passage')).toHaveCount(3);
		await expect(lab.getByTestId('rag-passage').first().getByRole('link')).toHaveAttribute(
			'href',
			/^\/genai-live\/concepts\//
		);
	});
});

test('with an embedding model, Re-rank reaches WebLLM through the worker’s embed call', async ({
	page
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'e2e-rag-'));
	writeTinyModel(dir, { shards: 1, shardBytes: 64 * 1024 });
	const server = await startModelServer({ dir });
	try {
		const id = 'embed-q0f32-MLC';
		await page.goto('/models');
		await page.getByLabel('Weights folder URL').fill(`${server.url}/m/${id}`);
		await page.getByLabel('Model library URL (.wasm)').fill(`${server.url}/l/tiny-model.wasm`);
		await page.getByLabel('Embedding model (for retrieval)').check();
		await page.getByRole('button', { name: 'Add model' }).click();
		const row = page.getByTestId(`model-${id}`);
		await expect(row).toContainText('embeddings for retrieval');
		await row.getByRole('button', { name: 'Download' }).click();
		await expect(row.getByTestId('status')).toHaveText('✓ Ready offline', { timeout: 30_000 });

		await page.goto('/concepts/rag');
		const lab = labOf(page);
		await expect(lab.getByTestId('rag-index')).toContainText('Search index');
		await lab.getByRole('button', { name: `Re-rank with ${id}` }).click();
		// The fixture's library has no TVM inside: WebLLM read it from IndexedDB and refused it.
		await expect(lab.getByTestId('rag-embedding').getByRole('alert')).toContainText(
			'model library could not be started',
			{ timeout: 30_000 }
		);
	} finally {
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
