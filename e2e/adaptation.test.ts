// The adaptation labs on the built-in engine, as a visitor uses them: fine-tune the trigram model
// to the sample text and compare before and after; measure a scaling law in the tab; quiz the
// engine and find its result again after a reload. Each runs in a few seconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';
import { writeTinyModel } from '../scripts/fixtures/tiny-model.mjs';
import { startModelServer } from '../scripts/fixtures/model-server.mjs';

const number = (text: string) => Number(text.replaceAll(',', ''));

test('fine-tuning: before and after continue the same start; held-out perplexity falls', async ({
	page
}) => {
	await page.goto('/concepts/fine-tuning');
	const lab = page.getByTestId('lab-fine-tune');
	await expect(lab.getByTestId('finetune-split')).toContainText('holding out the last 2');
	await lab.getByRole('button', { name: 'Adapt and compare' }).click();
	await expect(lab.getByTestId('finetune-status')).toContainText('Done', { timeout: 20_000 });

	const before = lab.getByTestId('finetune-before');
	const after = lab.getByTestId('finetune-after');
	for (const side of [before, after]) await expect(side).toContainText('Wind west, force');
	const ppl = async (side: typeof before) =>
		number(
			await side.getByTestId(`${(await side.getAttribute('data-testid'))!}-yours`).innerText()
		);
	expect(await ppl(after)).toBeLessThan((await ppl(before)) / 2);
	await expect(lab.getByTestId('finetune-change')).toContainText(/after \(−\d+%\)/);

	// Too short a text: a clear message, and the text stays in the box.
	await lab.getByLabel('Text to adapt to').fill('A short note.');
	await expect(lab.getByTestId('finetune-split')).toContainText('needs at least 30');
	await expect(lab.getByRole('button', { name: 'Adapt and compare' })).toBeDisabled();
	await expect(lab.getByLabel('Text to adapt to')).toHaveValue('A short note.');
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-fine-tune"]');
});

test('scaling law: five measured sizes, a negative fitted exponent and the table', async ({
	page
}) => {
	await page.goto('/concepts/scaling-laws');
	const lab = page.getByTestId('lab-scaling-law');
	// A wrong seed: the one message under the field, and nothing to run.
	await lab.getByLabel('Seed').fill('-1');
	await expect(lab.getByRole('alert')).toHaveText('The seed must be a whole number, 0 or more.');
	await expect(lab.getByRole('button', { name: 'Train 5 sizes' })).toBeDisabled();
	await lab.getByLabel('Seed').fill('7');
	await expect(lab.getByRole('alert')).toHaveCount(0);
	await lab.getByRole('button', { name: 'Train 5 sizes' }).click();
	await expect(lab.getByTestId('scaling-status')).toContainText('Done: 5 sizes', {
		timeout: 20_000
	});
	await expect(lab.getByTestId('scaling-table').locator('tbody tr')).toHaveCount(5);
	await expect(lab.locator('svg[role="img"] circle.dot')).toHaveCount(5);
	const fit = await lab.getByTestId('scaling-summary').innerText();
	const b = Number(/exponent b = (−?[\d.]+)/.exec(fit)![1]!.replace('−', '-'));
	expect(b).toBeLessThan(0);
	await expect(
		lab.getByRole('link', { name: 'Scaling Laws for Neural Language Models' })
	).toHaveAttribute('href', 'https://arxiv.org/abs/2001.08361');
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-scaling-law"]');
});

test('model quiz: the built-in engine answers, is scored, and its result survives a reload', async ({
	page
}) => {
	await page.goto('/concepts/foundation-models');
	const quiz = page.getByTestId('lab-model-quiz');
	await expect(quiz.getByTestId('quiz-results')).toContainText('No engine measured');

	// Stopped partway: the answers that finished are scored, and the run is not kept.
	await quiz.getByRole('button', { name: /Run the quiz/ }).click();
	const status = quiz.getByTestId('batch-status');
	// Any point after the first answer (a busy machine's polls may miss a given question).
	await expect(status).toContainText(/Running [2-9] of 10/);
	// dispatchEvent, as in concepts.test.ts: no scroll-and-settle wait on a busy machine.
	await quiz.getByRole('button', { name: 'Stop' }).dispatchEvent('click');
	await expect(status).toContainText(/Stopped after (\d+) of 10 answers: the scores count the \1/);
	const answered = Number(/Stopped after (\d+)/.exec(await status.innerText())![1]);
	await expect(quiz.getByTestId('quiz-items').getByText(/✓ correct|✗ wrong/)).toHaveCount(answered);
	await expect(quiz.getByTestId('quiz-results')).toContainText('No engine measured');

	await quiz.getByRole('button', { name: /Run the quiz/ }).click();
	await expect(quiz.getByTestId('quiz-score')).toContainText(/\d+ of 10 correct/, {
		timeout: 30_000
	});
	await expect(quiz.getByTestId('quiz-items').getByText(/✓ correct|✗ wrong/)).toHaveCount(10);
	const row = quiz.getByTestId('quiz-results').getByRole('row', { name: /Built-in trigram model/ });
	await expect(row).toContainText('trigrams (a count table)');
	await expect(row).toContainText('/ 10');
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-model-quiz"]');

	await page.reload();
	await expect(
		page
			.getByTestId('lab-model-quiz')
			.getByTestId('quiz-results')
			.getByRole('row', { name: /Built-in trigram model/ })
	).toContainText('/ 10');
	// One square per chart (score and speed) for the built-in model; the legend names the shapes.
	const charts = page.getByTestId('lab-model-quiz').locator('figure');
	await expect(charts.locator('svg[role="img"] rect.mark')).toHaveCount(2);
	await expect(charts.first()).toContainText('built-in model (size: trigrams counted)');
});

test('model quiz: damaged and duplicate stored results leave the good rows and a notice naming them', async ({
	page
}) => {
	await page.goto('/concepts/foundation-models');
	const quiz = page.getByTestId('lab-model-quiz');
	// The lab has opened the app's database by now.
	await expect(quiz.getByTestId('quiz-results')).toContainText('No engine measured');
	const result = (engineId: string, label: string, correct: number) => ({
		engineId,
		label,
		size: 5e8,
		sizeKind: 'weights',
		correct,
		total: 10,
		tokensPerSecond: 12.5,
		seed: 3,
		at: 1_700_000_000_000 + correct
	});
	const planted: [string, unknown][] = [
		['model-quiz:good-a', result('good-a', 'Good model A', 7)],
		['model-quiz:good-b', result('good-b', 'Good model B', 4)],
		// A second entry for an engine already read: the table would meet its key twice.
		['model-quiz:good-a-copy', result('good-a', 'Copy of A', 9)],
		['model-quiz:broken', { engineId: 7, slides: 'x'.repeat(100_000) }],
		['model-quiz:null', null]
	];
	await page.evaluate(async (rows) => {
		const db = await new Promise<IDBDatabase>((ok, fail) => {
			const open = indexedDB.open('genai-live');
			open.onsuccess = () => ok(open.result);
			open.onerror = () => fail(open.error);
		});
		const tx = db.transaction('labs', 'readwrite');
		for (const [key, value] of rows) tx.objectStore('labs').put(value, key);
		await new Promise((ok) => (tx.oncomplete = ok));
		db.close();
	}, planted);
	await page.reload();

	const table = page.getByTestId('lab-model-quiz').getByTestId('quiz-results');
	await expect(table.getByRole('row', { name: /Good model A/ })).toContainText('7 / 10');
	await expect(table.getByRole('row', { name: /Good model B/ })).toContainText('4 / 10');
	await expect(table.locator('tbody tr')).toHaveCount(2);
	const notice = page.getByTestId('lab-model-quiz').getByTestId('quiz-skipped');
	await expect(notice).toContainText('3 saved quiz results could not be read');
	for (const name of ['model-quiz:broken', 'model-quiz:null', 'good-a'])
		await expect(notice).toContainText(name);
	// Each echoed value is cut short: the 100,000-character field does not reach the page.
	expect((await notice.innerText()).length).toBeLessThan(1000);
});

test('model quiz on every engine of this device: each one in turn, a model that cannot run is skipped with its reason', async ({
	page
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'e2e-quiz-'));
	writeTinyModel(dir, { shards: 1, shardBytes: 64 * 1024 });
	const server = await startModelServer({ dir });
	try {
		const id = 'quiz-q4f32_1-MLC';
		await page.goto('/models');
		await page.getByLabel('Weights folder URL').fill(`${server.url}/m/${id}`);
		await page.getByLabel('Model library URL (.wasm)').fill(`${server.url}/l/tiny-model.wasm`);
		await page.getByRole('button', { name: 'Add model' }).click();
		const row = page.getByTestId(`model-${id}`);
		await row.getByRole('button', { name: 'Download' }).click();
		await expect(row.getByTestId('status')).toHaveText('✓ Ready offline', { timeout: 30_000 });

		await page.goto('/concepts/foundation-models');
		const quiz = page.getByTestId('lab-model-quiz');
		await quiz.getByRole('button', { name: 'Run on every engine on this device (2)' }).click();
		await expect(quiz.getByTestId('quiz-tour')).toContainText('Engine 1 of 2');
		// The built-in engine is measured; the fixture's library holds no model, so WebLLM (in the
		// worker, reading IndexedDB) refuses it and the tour says so instead of hanging.
		await expect(quiz.getByTestId('quiz-skipped')).toContainText(`Not measured: ${id}`, {
			timeout: 45_000
		});
		await expect(quiz.getByTestId('quiz-skipped')).toContainText(
			'model library could not be started'
		);
		await expect(quiz.getByTestId('quiz-tour')).toHaveCount(0);
		await expect(
			quiz.getByTestId('quiz-results').getByRole('row', { name: /Built-in trigram model/ })
		).toContainText('/ 10');
	} finally {
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
