// The sampling lab, as a visitor uses it on the built-in engine: step, reshape without asking
// the model again, branch, reload, repeat by seed, all from the keyboard too; saved trees that a
// ?lab= link, a second tab or another slide never overwrite; and on a WebLLM model, the lab's
// request reaches WebLLM in the worker.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './fixtures';
import { writeTinyModel } from '../scripts/fixtures/tiny-model.mjs';
import { startModelServer } from '../scripts/fixtures/model-server.mjs';
import { chooseEngine } from './engine';

const labOf = (page: Page) => page.getByTestId('sampling-lab');
const pathTokens = (lab: Locator) => lab.getByTestId('lab-path').getByRole('button');
// textContent, not innerText: rows scrolled out of the box skip rendering (content-visibility).
const firstRowNumbers = async (lab: Locator) =>
	(await lab.getByTestId('lab-bars').getByRole('button').first().textContent())!.trim();

async function stepOnce(lab: Locator) {
	const before = await pathTokens(lab).count();
	await lab.getByRole('button', { name: 'Next token' }).click();
	await expect(pathTokens(lab)).toHaveCount(before + 1);
}

test('steps, reshapes without a new model call, branches, survives a reload and repeats by seed', async ({
	page
}) => {
	// About fifteen engine calls and a reload: near a minute on a loaded machine.
	test.slow();
	await page.goto('/concepts/temperature');
	const lab = labOf(page);
	await expect(lab.getByTestId('lab-engine')).toContainText('Built-in trigram model');
	await expect(lab.getByTestId('lab-bars').getByRole('button').nth(1)).toBeVisible();
	await expect(lab.getByTestId('lab-draw')).toContainText('The draw: random number');

	for (let i = 0; i < 3; i++) await stepOnce(lab);
	const firstRun = await pathTokens(lab).allInnerTexts();
	await expect(lab.getByTestId('lab-stats')).toContainText('Step 4');

	// The temperature slider reshapes the bars at once; the model is not asked again.
	const calls = await lab.getByTestId('lab-calls').innerText();
	const before = await firstRowNumbers(lab);
	await lab.getByLabel('Temperature', { exact: true }).fill('0.3');
	await expect.poll(() => firstRowNumbers(lab)).not.toBe(before);
	await lab.getByLabel('Top-p', { exact: true }).fill('0.5');
	await expect(lab.getByTestId('lab-stats')).toContainText(/token\(s\) kept/);
	await expect(lab.getByTestId('lab-calls')).toHaveText(calls);
	await lab.getByLabel('Temperature', { exact: true }).fill('0');
	await expect(lab.getByTestId('lab-draw')).toContainText('Temperature 0: no draw');
	await lab.getByRole('button', { name: 'Reset prompt and settings' }).click();
	await expect(lab.getByLabel('Temperature', { exact: true })).toHaveValue('1');
	await expect(pathTokens(lab)).toHaveCount(0);
	// Reset went back to the prompt without removing a step: the path is still there.
	await lab.getByRole('button', { name: 'Next token' }).click();
	await expect(pathTokens(lab)).toHaveCount(1);
	expect(await pathTokens(lab).allInnerTexts()).toEqual(firstRun.slice(0, 1));

	// Back to the first token, take the third candidate instead: a second branch.
	await pathTokens(lab).first().click();
	await expect(lab.getByTestId('lab-stats')).toContainText('Step 2');
	const third = lab.getByTestId('lab-bars').getByRole('button').nth(2);
	const label = (await third.getAttribute('aria-label'))!;
	await third.click();
	await expect(lab.getByTestId('lab-branches').getByRole('listitem')).toHaveCount(2);
	const token = label.split(':')[0]!.replace('␣', ' ');
	await expect(pathTokens(lab).nth(1)).toHaveText(new RegExp(token.trim()));

	// The tree survives a reload.
	await page.reload();
	await expect(labOf(page).getByTestId('lab-branches').getByRole('listitem')).toHaveCount(2);

	// The same seed draws the same tokens again.
	await labOf(page).getByRole('button', { name: 'Start again' }).click();
	await expect(pathTokens(labOf(page))).toHaveCount(0);
	for (let i = 0; i < 3; i++) await stepOnce(labOf(page));
	expect(await pathTokens(labOf(page)).allInnerTexts()).toEqual(firstRun);

	const { violations } = await new AxeBuilder({ page })
		.include('[data-testid="sampling-lab"]')
		.analyze();
	expect(
		violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
	).toEqual([]);
});

test('works from the keyboard: Space steps, arrows move through candidates and the path', async ({
	page
}) => {
	await page.goto('/concepts/top-k-top-p');
	const lab = labOf(page);
	await expect(lab.getByTestId('lab-bars').getByRole('button').first()).toBeVisible();
	await lab.focus();
	await page.keyboard.press('Space');
	await expect(pathTokens(lab)).toHaveCount(1);
	// A key pressed while the next distribution is still being asked for is ignored (lab.step): on
	// a loaded machine the token shows before the lab is free again.
	await expect(lab.locator('[data-demo="run"]')).toBeEnabled();
	await page.keyboard.press('ArrowRight');
	await expect(pathTokens(lab)).toHaveCount(2);
	// Into the candidate list: one tab stop, arrows move, Enter takes the token.
	await lab.getByTestId('lab-bars').getByRole('button').first().focus();
	await page.keyboard.press('ArrowDown');
	await expect(lab.getByTestId('lab-bars').getByRole('button').nth(1)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(pathTokens(lab)).toHaveCount(3);
	// Along the path: ← moves, Enter returns to that step.
	await pathTokens(lab).last().focus();
	await page.keyboard.press('ArrowLeft');
	await expect(pathTokens(lab).nth(1)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(pathTokens(lab).nth(1)).toHaveAttribute('aria-current', 'step');

	// The prompt as the engine's tokens, and several seeded runs at two temperatures.
	await lab.getByText('The prompt as this engine’s tokens').click();
	await expect(lab.getByTestId('lab-token-count')).toContainText('(words and punctuation)');
	await lab.getByLabel('Continuations per side').fill('2');
	await lab.getByRole('button', { name: 'Write them' }).click();
	await expect(lab.getByTestId('lab-diversity').getByText(/distinct-1/)).toHaveCount(2, {
		timeout: 30_000
	});
});

test('a playground answer opens in the sampling lab, starting from its question', async ({
	page
}) => {
	await page.goto('/playground');
	await page.locator('#prompt').fill('A large language model');
	await page.getByRole('button', { name: 'Send' }).click();
	await page.getByRole('link', { name: 'Step through it in the sampling lab' }).click();
	await expect(page).toHaveURL(/\/concepts\/large-language-models\?lab=/);
	const lab = labOf(page);
	await expect(lab.getByTestId('lab-path').locator('.prompt')).toHaveText('A large language model');
	await expect(lab.getByTestId('lab-bars').getByRole('button').first()).toBeVisible();
});

const branchCount = (lab: Locator) => lab.getByTestId('lab-branches').getByRole('listitem');

const tokenOf = (label: string) => label.split(':')[0]!.replace('␣', ' ').trim();

/**
 * 4 steps and 2 branches: three drawn, then the third candidate instead of the second token.
 * Returns the two second tokens (each branch's).
 */
async function growTree(lab: Locator): Promise<string[]> {
	for (let i = 0; i < 3; i++) await stepOnce(lab);
	const drawn = (await pathTokens(lab).nth(1).innerText()).trim();
	await pathTokens(lab).first().click();
	await expect(lab.getByTestId('lab-stats')).toContainText('Step 2');
	const third = lab.getByTestId('lab-bars').getByRole('button').nth(2);
	const picked = tokenOf((await third.getAttribute('aria-label'))!);
	await third.click();
	await expect(branchCount(lab)).toHaveCount(2);
	return [drawn, picked];
}

/** Takes, at the current step, a candidate that is not one of `taken`: a new branch. */
async function branchOff(lab: Locator, taken: string[]) {
	const bars = lab.getByTestId('lab-bars').getByRole('button');
	for (let i = 0; ; i++) {
		if (!taken.includes(tokenOf((await bars.nth(i).getAttribute('aria-label'))!)))
			return bars.nth(i).click();
	}
}

test('a ?lab= link and a second tab leave the saved tree intact', async ({ page, context }) => {
	// Two tabs and about twenty steps: over a minute on a loaded machine.
	test.slow();
	await page.goto('/concepts/temperature');
	const lab = labOf(page);
	await expect(lab.getByTestId('lab-bars').getByRole('button').first()).toBeVisible();
	const taken = await growTree(lab);
	const path = await pathTokens(lab).allInnerTexts();

	// The playground's link opens its own start beside the saved one.
	await page.goto('/concepts/temperature?lab=' + encodeURIComponent('Once upon a time'));
	await expect(lab.getByTestId('lab-link-notice')).toContainText('new start');
	await expect(lab.getByTestId('lab-path').locator('.prompt')).toHaveText('Once upon a time');
	await stepOnce(lab);
	const starts = lab.getByTestId('lab-starts').getByRole('button');
	await expect(starts).toHaveCount(2);

	// Back on the plain page the first start is one click away, every step and branch kept.
	await page.goto('/concepts/temperature');
	await lab
		.getByTestId('lab-starts')
		.getByRole('button', { name: /A low temperature/ })
		.click();
	await expect(branchCount(lab)).toHaveCount(2);
	await expect(lab.getByTestId('lab-path').locator('.prompt')).toHaveText(
		'A low temperature makes'
	);
	expect(await pathTokens(lab).allInnerTexts()).toEqual(path);

	// A second tab takes one step on its own branch: both tabs end with all three branches.
	const second = await context.newPage();
	await second.goto('/concepts/temperature');
	const lab2 = labOf(second);
	await expect(lab2.getByTestId('lab-bars').getByRole('button').first()).toBeVisible();
	await expect(branchCount(lab2)).toHaveCount(2);
	await pathTokens(lab2).first().click();
	await expect(lab2.getByTestId('lab-stats')).toContainText('Step 2');
	await branchOff(lab2, taken);
	await expect(branchCount(lab2)).toHaveCount(3);
	// The first tab takes it in without a reload, and its own next step keeps it.
	await expect(branchCount(lab)).toHaveCount(3);
	await stepOnce(lab);
	await page.reload();
	await expect(branchCount(labOf(page))).toHaveCount(3);
	await second.reload();
	await expect(branchCount(labOf(second))).toHaveCount(3);
	await expect(labOf(second).getByTestId('lab-starts').getByRole('button')).toHaveCount(2);
});

test('two sampling-lab slides keep separate trees, and R restores the prepared prompt', async ({
	page
}) => {
	await page.goto('/present?deck=temperature:2,top-k-top-p:2');
	const lab = labOf(page);
	await expect(lab.getByTestId('lab-path').locator('.prompt')).toHaveText(
		'A low temperature makes'
	);
	await expect(lab.getByTestId('lab-bars').getByRole('button').first()).toBeVisible();
	await stepOnce(lab);
	await stepOnce(lab);
	const steps = await pathTokens(lab).allInnerTexts();

	await page
		.getByRole('navigation', { name: 'Deck' })
		.getByRole('button', { name: 'Next', exact: true })
		.click();
	await expect(page.getByTestId('deck-position')).toHaveText('Slide 2 of 2');
	await expect(lab.getByTestId('lab-path').locator('.prompt')).toHaveText('Top-k is the simple');
	await expect(pathTokens(lab)).toHaveCount(0);
	await stepOnce(lab);

	await page
		.getByRole('navigation', { name: 'Deck' })
		.getByRole('button', { name: 'Previous', exact: true })
		.click();
	await expect(lab.getByTestId('lab-path').locator('.prompt')).toHaveText(
		'A low temperature makes'
	);
	await expect(pathTokens(lab)).toHaveCount(2);
	expect(await pathTokens(lab).allInnerTexts()).toEqual(steps);

	// On a slide the lab takes the frame's slide variant: the text and the temperature in view,
	// the other settings behind "More settings".
	await expect(lab.getByLabel('Top-p', { exact: true })).toBeHidden();
	await lab.getByRole('button', { name: 'More settings' }).click();
	await expect(lab.getByLabel('Top-p', { exact: true })).toBeVisible();

	// R: the slide's prepared prompt and settings, from the first token.
	await lab.getByLabel('Temperature', { exact: true }).fill('0.3');
	await lab.getByLabel('Start from').fill('Something else');
	await page.getByTestId('deck-position').click();
	await page.keyboard.press('r');
	await expect(pathTokens(lab)).toHaveCount(0);
	await expect(lab.getByLabel('Start from')).toHaveValue('A low temperature makes');
	await expect(lab.getByLabel('Temperature', { exact: true })).toHaveValue('1');
	await expect(lab.getByTestId('lab-stats')).toContainText('Step 1');
});

const LAB_KEY = 'sampling:/concepts/temperature:builtin';

/** Writes (or, with no value, reads) the temperature page's saved lab record. */
function labRecord(page: Page, value?: unknown): Promise<unknown> {
	return page.evaluate(
		([key, value]) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('genai-live');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const store = open.result
						.transaction('labs', value === undefined ? 'readonly' : 'readwrite')
						.objectStore('labs');
					const request = value === undefined ? store.get(key!) : store.put(value, key!);
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				};
			}),
		[LAB_KEY, value] as const
	);
}

test('a damaged saved tree is named in a notice, the lab still works, and the damage is left as it was', async ({
	page
}) => {
	await page.goto('/concepts/temperature');
	const lab = labOf(page);
	await expect(lab.getByTestId('lab-bars').getByRole('button').first()).toBeVisible();
	const broken = { id: 'x', prompt: 'Hello', nodes: 'not a list' };
	await labRecord(page, { version: 2, trees: [broken], removed: [], current: 'x' });
	await page.reload();
	await expect(lab.getByTestId('lab-notice')).toContainText(
		'1 saved start of this lab could not be read'
	);
	await stepOnce(lab);
	await expect
		.poll(async () => ((await labRecord(page)) as { trees: unknown[] }).trees)
		.toContainEqual(broken);

	// A value that is no record at all: the lab runs for this visit and leaves it alone.
	await labRecord(page, 'garbage');
	await page.reload();
	await expect(lab.getByTestId('lab-notice')).toContainText('kept for this visit only');
	await stepOnce(lab);
	expect(await labRecord(page)).toBe('garbage');
});

test('on a downloaded model the lab asks WebLLM in the worker for the step', async ({ page }) => {
	const dir = mkdtempSync(join(tmpdir(), 'e2e-lab-'));
	writeTinyModel(dir, { shards: 2, shardBytes: 64 * 1024 });
	const server = await startModelServer({ dir });
	try {
		const id = 'lab-q4f32_1-MLC';
		await page.goto('/models');
		await page.getByLabel('Weights folder URL').fill(`${server.url}/m/${id}`);
		await page.getByLabel('Model library URL (.wasm)').fill(`${server.url}/l/tiny-model.wasm`);
		await page.getByRole('button', { name: 'Add model' }).click();
		const row = page.getByTestId(`model-${id}`);
		await row.getByRole('button', { name: 'Download' }).click();
		await expect(row.getByTestId('status')).toHaveText('✓ Ready offline', { timeout: 30_000 });
		await chooseEngine(page, id);
		await page.goto('/concepts/large-language-models');
		const lab = labOf(page);
		await expect(lab.getByTestId('lab-engine')).toContainText(id);
		await expect(lab.getByTestId('lab-engine')).toContainText('top 50 candidates');
		// The fixture's library has no TVM inside: WebLLM read it from IndexedDB and refused it.
		// (The lab loads before it steps, so the step and its draw never leave the page here;
		// lab.svelte.spec.ts and webllm/engine.spec.ts check the draw request and the worker's draw.)
		await expect(lab.getByTestId('lab-status')).toContainText(
			'model library could not be started',
			{
				timeout: 30_000
			}
		);
	} finally {
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
