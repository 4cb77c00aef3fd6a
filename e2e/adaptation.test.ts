// The adaptation labs on the built-in engine, as a visitor uses them: fine-tune the trigram model
// to the sample text and compare before and after; measure a scaling law in the tab; quiz the
// engine and find its result again after a reload. Each runs in a few seconds.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function expectNoSeriousA11yIssues(page: Page, selector: string) {
	const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
}

const number = (text: string) => Number(text.replaceAll(',', ''));

test('fine-tuning: before and after continue the same start; held-out perplexity falls', async ({
	page
}) => {
	await page.goto('/concepts/fine-tuning');
	const lab = page.getByTestId('finetune-lab');
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
	await expectNoSeriousA11yIssues(page, '[data-testid="finetune-lab"]');
});

test('scaling law: five measured sizes, a negative fitted exponent and the table', async ({
	page
}) => {
	await page.goto('/concepts/scaling-laws');
	const lab = page.getByTestId('scaling-lab');
	await lab.getByRole('button', { name: 'Train 5 sizes' }).click();
	await expect(lab.getByTestId('scaling-status')).toContainText('Done: 5 sizes', {
		timeout: 20_000
	});
	await expect(lab.getByTestId('scaling-table').locator('tbody tr')).toHaveCount(5);
	await expect(lab.locator('svg[role="img"] circle.dot')).toHaveCount(5);
	const fit = await lab.getByTestId('scaling-summary').innerText();
	const b = Number(/exponent b = (−?[\d.]+)/.exec(fit)![1]!.replace('−', '-'));
	expect(b).toBeLessThan(0);
	await expectNoSeriousA11yIssues(page, '[data-testid="scaling-lab"]');
});

test('model quiz: the built-in engine answers, is scored, and its result survives a reload', async ({
	page
}) => {
	await page.goto('/concepts/foundation-models');
	const quiz = page.getByTestId('model-quiz');
	await expect(quiz.getByTestId('quiz-results')).toContainText('No engine measured');
	await quiz.getByRole('button', { name: /Run the quiz/ }).click();
	await expect(quiz.getByTestId('quiz-score')).toContainText(/\d+ of 10 correct/, {
		timeout: 30_000
	});
	await expect(quiz.getByTestId('quiz-items').getByText(/✓ correct|✗ wrong/)).toHaveCount(10);
	const row = quiz.getByTestId('quiz-results').getByRole('row', { name: /Built-in trigram model/ });
	await expect(row).toContainText('trigrams (a count table)');
	await expect(row).toContainText('/ 10');
	await expectNoSeriousA11yIssues(page, '[data-testid="model-quiz"]');

	await page.reload();
	await expect(
		page
			.getByTestId('model-quiz')
			.getByTestId('quiz-results')
			.getByRole('row', { name: /Built-in trigram model/ })
	).toContainText('/ 10');
	await expect(page.getByTestId('model-quiz').locator('svg rect.mark')).toHaveCount(2);
});
