// The few-shot and chain-of-thought labs end to end on the built-in engine: every condition
// runs as one batch, the answers are scored, the accuracy chart and its table appear, and each
// item opens to show what the model wrote and what was read from it. The trigram model scores
// zero everywhere (it reads only the last two words), which is what the pages say.
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';

test('few-shot: zero-, one- and three-shot over the test set, scored, charted, per item', async ({
	page
}) => {
	await page.goto('/concepts/few-shot-learning');
	const lab = page.getByTestId('lab-few-shot');
	await expect(lab).toContainText('Built-in trigram model');

	// The exact prompts, and what the trigram model reads of them.
	await lab.getByText('The exact prompts sent').click();
	await expect(lab.locator('pre').first()).toContainText('Sentence: The new library opened');
	await expect(lab.locator('pre').nth(2)).toContainText('Sentiment: NEU');
	await expect(lab).toContainText('its last two words: “Sentiment :”');

	// Nothing to compare: the page says so and Run waits.
	for (const k of ['zero-shot', '1-shot', '3-shot']) await lab.getByLabel(k).uncheck();
	await expect(lab.getByRole('alert')).toContainText('Choose at least one');
	await expect(lab.getByRole('button', { name: 'Run 0 prompts' })).toBeDisabled();
	await lab.getByRole('button', { name: 'Reset' }).click();
	await expect(lab.getByLabel('3-shot')).toBeChecked();

	await lab.getByRole('button', { name: 'Run 36 prompts' }).click();
	await expect(lab.getByTestId('batch-status')).toContainText('Done: 36 answers', {
		timeout: 20_000
	});
	const table = lab.getByTestId('accuracy-chart').getByRole('table');
	for (const k of ['zero-shot', '1-shot', '3-shot'])
		await expect(table.getByRole('row', { name: k })).toContainText('0 of 12 scored');

	const items = lab.getByTestId('few-shot-items').locator('li');
	await expect(items).toHaveCount(12);
	await expect(items.first()).toContainText('expected POS · zero-shot ✗ wrong, 1-shot ✗ wrong');
	await items.first().locator('summary').click();
	const row = items.first().getByRole('row', { name: /3-shot/ });
	// The trigram model's reply (whatever the pages' words make it), no label read from it.
	await expect(row.locator('td').first()).toContainText(/\w+/);
	await expect(row).toContainText('none');
	await expect(row).toContainText('POS');
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-few-shot"]');
});

test('chain-of-thought: both prompts over the problems, scored, reasoning collapsed', async ({
	page
}) => {
	await page.goto('/concepts/chain-of-thought');
	const lab = page.getByTestId('lab-chain-of-thought');
	await expect(lab).toContainText('Built-in trigram model');
	await lab.getByText('The exact prompts sent').click();
	await expect(lab.locator('pre').nth(1)).toContainText('Think step by step');

	await lab.getByRole('button', { name: 'Run 12 prompts' }).click();
	await expect(lab.getByTestId('batch-status')).toContainText('Done: 12 answers', {
		timeout: 20_000
	});
	const table = lab.getByTestId('accuracy-chart').getByRole('table');
	await expect(table.getByRole('row', { name: 'Answer only' })).toContainText('0 of 6 scored');
	await expect(table.getByRole('row', { name: 'Step by step' })).toContainText('0 of 6 scored');

	const first = lab.getByTestId('cot-items').locator('li').first();
	await expect(first.getByRole('row', { name: /Answer only/ })).toContainText('✗ wrong');
	const reasoning = first.locator('details');
	await expect(reasoning.locator('pre')).toBeHidden();
	await reasoning.locator('summary').click();
	await expect(reasoning.locator('pre')).toBeVisible();
	// What the trigram model wrote as its "reasoning": text, whatever the pages' words make it.
	await expect(reasoning.locator('pre')).toContainText(/\w+ \w+/);
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-chain-of-thought"]');

	await lab.getByRole('button', { name: 'Reset' }).click();
	await expect(lab.getByTestId('cot-items')).toHaveCount(0);
});
