// One engine for the whole app: chosen once in the header, used by every concept experiment and
// the playground, remembered across reloads, and replaced by the built-in engine, with a notice,
// when the chosen model is gone or a link names one this device does not have.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { writeTinyModel } from '../scripts/fixtures/tiny-model.mjs';
import { startModelServer, type ModelServer } from '../scripts/fixtures/model-server.mjs';
import { chooseEngine } from './engine';

let dir: string;
let server: ModelServer;
test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'e2e-choice-'));
	writeTinyModel(dir, { shards: 2, shardBytes: 64 * 1024 });
	server = await startModelServer({ dir });
});
test.afterAll(async () => {
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

async function addAndDownload(page: Page, id: string) {
	await page.goto('/models');
	await page.getByLabel('Weights folder URL').fill(`${server.url}/m/${id}`);
	await page.getByLabel('Model library URL (.wasm)').fill(`${server.url}/l/tiny-model.wasm`);
	await page.getByRole('button', { name: 'Add model' }).click();
	const row = page.getByTestId(`model-${id}`);
	await row.getByRole('button', { name: 'Download' }).click();
	await expect(row.getByTestId('status')).toHaveText('✓ Ready offline', { timeout: 30_000 });
}

const control = (page: Page) => page.getByTestId('engine-control');

test('a model chosen in the header runs the concept experiment through WebLLM; one click brings the built-in engine back, and the choice survives a reload', async ({
	page
}) => {
	const id = 'chosen-q4f32_1-MLC';
	await addAndDownload(page, id);
	await chooseEngine(page, id);
	await expect(control(page)).toContainText(`Engine: ${id}`);

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Concepts' })
		.click();
	await page.getByRole('link', { name: 'Temperature' }).first().click();
	const experiment = page.getByRole('region', { name: 'Try it' });
	await expect(experiment.getByTestId('experiment-engine')).toContainText(id);
	// A chat model gets a message, and the page says what is sent and how.
	await expect(experiment.getByLabel('Message to the model')).toHaveValue(
		/^Continue this sentence .*A low temperature makes/
	);
	await expect(experiment.getByTestId('experiment-sent')).toContainText('one user message');
	await experiment.getByRole('button', { name: 'Run', exact: true }).click();
	// The fixture's library is WebAssembly with no TVM inside: WebLLM, in the worker, read it and
	// refused it.
	await expect(experiment.getByRole('alert')).toContainText('model library could not be started', {
		timeout: 30_000
	});
	await expect(control(page)).toContainText('(failed)');

	// One click back to the built-in engine, and the same experiment runs to the end.
	await chooseEngine(page, 'builtin');
	await expect(experiment.getByTestId('experiment-engine')).toContainText('Built-in trigram model');
	await expect(experiment.getByLabel('Text to continue')).toHaveValue('A low temperature makes');
	await experiment.getByRole('button', { name: 'Run', exact: true }).click();
	await expect(experiment.getByTestId('experiment-stats')).toContainText(
		/Built-in trigram model: \d+ tokens/
	);

	// The choice is saved: after a reload the header and the experiment still name it.
	await chooseEngine(page, id);
	await page.reload();
	await expect(control(page)).toContainText(`Engine: ${id}`);
	await expect(
		page.getByRole('region', { name: 'Try it' }).getByTestId('experiment-engine')
	).toContainText(id);
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
	).toEqual([]);
});

test('deleting the chosen model falls back to the built-in engine with a notice, and the experiment still runs', async ({
	page
}) => {
	const id = 'deleted-q4f32_1-MLC';
	await addAndDownload(page, id);
	await chooseEngine(page, id);
	await page.getByTestId(`model-${id}`).getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByTestId('engine-notice')).toContainText(
		`“${id}” is no longer on this device`
	);
	await expect(control(page)).toContainText('Engine: Built-in trigram model');
	await page.goto('/concepts/temperature');
	// The header's full engine control loads with the page's first engine use (the lab below).
	const experiment = page.getByRole('region', { name: 'Try it' });
	await experiment.getByRole('button', { name: 'Run', exact: true }).click();
	await expect(page.getByTestId('engine-notice')).toContainText('built-in engine runs instead');
	await expect(experiment.getByTestId('experiment-stats')).toContainText(
		/Built-in trigram model: \d+ tokens/
	);
	await page.getByTestId('engine-notice').getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.getByTestId('engine-notice')).toHaveCount(0);
});

test('a shared link naming a model this device lacks says so and runs the built-in engine', async ({
	page
}) => {
	await page.goto('/concepts/temperature?engine=Missing-Model-q4f32_1-MLC');
	await expect(page.getByTestId('engine-notice')).toContainText(
		'This link asks for “Missing-Model-q4f32_1-MLC”, which is not on this device'
	);
	const experiment = page.getByRole('region', { name: 'Try it' });
	await experiment.getByRole('button', { name: 'Run', exact: true }).click();
	await expect(experiment.getByTestId('experiment-stats')).toContainText(
		/Built-in trigram model: \d+ tokens/
	);
	// The playground obeys the same link rule.
	await page.goto(
		'/playground?engine=Missing-Model-q4f32_1-MLC&prompt=A%20low%20temperature%20makes'
	);
	await expect(page.getByTestId('engine-notice')).toContainText('which is not on this device');
	await expect(page.getByTestId('playground-engine')).toContainText('Built-in trigram model');
});

test('a second tab does not load a second copy of the model: it offers to take over', async ({
	context
}) => {
	const id = 'shared-gpu-q4f32_1-MLC';
	const first = await context.newPage();
	await addAndDownload(first, id);
	await chooseEngine(first, id);
	// This tab holds the GPU model (the same Web Lock the app takes while a model is loaded).
	await first.evaluate(() => {
		const w = window as unknown as { lostGpu?: boolean };
		void navigator.locks
			.request('genai-live-gpu-model', () => new Promise(() => {}))
			.catch(() => (w.lostGpu = true));
	});

	const second = await context.newPage();
	await second.goto('/concepts/temperature');
	await expect(second.getByTestId('engine-control')).toContainText(`Engine: ${id}`);
	const experiment = second.getByRole('region', { name: 'Try it' });
	await experiment.getByRole('button', { name: 'Run', exact: true }).click();
	const offer = second.getByTestId('engine-takeover');
	await expect(offer).toContainText('Another GenAI Live tab has a model on the GPU');
	await offer.getByRole('button', { name: 'Take over' }).click();
	// The first tab lost the lock; this one goes on to load (the fixture library then fails).
	await expect
		.poll(() => first.evaluate(() => (window as unknown as { lostGpu?: boolean }).lostGpu))
		.toBe(true);
	await expect(second.getByTestId('engine-control')).toContainText('(failed)', {
		timeout: 30_000
	});
	await expect(second.getByTestId('engine-takeover')).toHaveCount(0);
});

test('a link naming a downloaded model holds for the visit; clicking that model in the picker makes it the choice', async ({
	page,
	context
}) => {
	const id = 'linked-q4f32_1-MLC';
	await addAndDownload(page, id);
	await page.goto(`/playground?engine=${id}&prompt=Hi`);
	await expect(page.getByTestId('playground-engine')).toContainText(id);
	await expect(page.getByTestId('engine-notice')).toContainText(
		`“${id}” runs because the link you opened named it`
	);
	// The next page, reached without the link's parameter, still runs the linked model.
	await page.goto('/concepts/temperature');
	const experiment = page.getByRole('region', { name: 'Try it' });
	await expect(experiment.getByTestId('experiment-engine')).toContainText(id);

	// A click on the model already shown saves it as the choice: the notice goes, and a new tab
	// (which never saw the link) runs it too.
	await control(page).click();
	const picker = page.getByRole('group', { name: 'Engine settings' });
	await expect(picker.locator(`input[value="${id}"]`)).toBeChecked();
	await picker.locator(`input[value="${id}"]`).click();
	await expect(page.getByTestId('engine-notice')).toHaveCount(0);
	await page.keyboard.press('Escape');
	const other = await context.newPage();
	await other.goto('/concepts/temperature');
	await expect(
		other.getByRole('region', { name: 'Try it' }).getByTestId('experiment-engine')
	).toContainText(id);
});

test('a link naming an engine of 100,000 characters gives a notice that fits the page', async ({
	page
}) => {
	await page.goto('/');
	// Followed in the app (a request line that long is refused by web servers before any page
	// loads), so the router must be running: page.goto returns once the page is live (fixtures.ts).
	await expect(control(page)).toBeVisible();
	await page.locator('main').evaluate((main, name) => {
		const a = document.createElement('a');
		a.href = `/concepts/temperature?engine=${name}`;
		a.textContent = 'long link';
		main.append(a);
		a.click();
	}, 'x'.repeat(100_000));
	const notice = page.getByTestId('engine-notice');
	await expect(notice).toContainText('This link asks for “xxxx');
	expect((await notice.innerText()).length).toBeLessThan(400);
	const width = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		view: window.innerWidth
	}));
	expect(width.page).toBeLessThanOrEqual(width.view);
	expect((await notice.boundingBox())!.width).toBeLessThanOrEqual(width.view);
});

test('the engine picker closes once focus leaves it by Tab, and Esc then changes nothing', async ({
	page
}) => {
	await page.goto('/concepts/temperature');
	await control(page).click();
	const picker = page.getByRole('group', { name: 'Engine settings' });
	await expect(picker.locator('input[value="builtin"]')).toBeFocused();
	const inPicker = () =>
		page.evaluate(() => Boolean(document.activeElement?.closest('[aria-label="Engine settings"]')));
	for (let i = 0; i < 6 && (await inPicker()); i++) await page.keyboard.press('Tab');
	await expect(picker).toHaveCount(0);
	const focused = await page.evaluate(() => document.activeElement?.outerHTML);
	await page.keyboard.press('Escape');
	await expect(picker).toHaveCount(0);
	// Esc did not pull focus back to the Engine button: the visitor stays where Tab took them.
	expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focused);
});
