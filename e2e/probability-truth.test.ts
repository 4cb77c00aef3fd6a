// "Probability is not truth" on the built-in engine, offline from any model: every statement's
// two endings scored with their tokens' probabilities, a visitor's statement added by keyboard,
// the preference said in words, and the lab as a deck slide (G runs, R resets).
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';

test('both endings of every statement scored, a visitor’s own added by keyboard, and as a slide', async ({
	page
}) => {
	await page.goto('/concepts/large-language-models');
	const lab = page.getByTestId('lab-probability-truth');
	await expect(lab).toContainText('Built-in trigram model');
	await expect(lab).toContainText('cannot check a claim, only count');

	// Keyboard only: the form, then the run button.
	await lab.getByLabel('Start').focus();
	await page.keyboard.type('A high temperature makes the text');
	await page.keyboard.press('Tab');
	await page.keyboard.type('more varied.');
	await page.keyboard.press('Tab');
	await page.keyboard.type('more predictable.');
	await page.keyboard.press('Enter');
	const rows = lab.getByTestId('truth-table').locator('tbody tr');
	await expect(rows).toHaveCount(6);
	await expect(rows.last()).toContainText('A high temperature makes the text');

	await lab.getByRole('button', { name: 'Score 6 statements' }).focus();
	await page.keyboard.press('Enter');
	await expect(lab.getByTestId('truth-tally')).toContainText('Of 6 statements', {
		timeout: 15_000
	});
	const verdicts = lab.getByTestId('truth-verdict');
	for (let i = 0; i < 6; i++) await expect(verdicts.nth(i)).not.toContainText('not scored yet');
	// Each ending is shown as its tokens, each with its probability; a word never read says so.
	await expect(rows.first()).toContainText('%');
	await expect(rows.nth(4)).toContainText('never seen');
	await expect(verdicts.nth(4)).toContainText('No preference');
	// A verdict is words and a mark, not a colour.
	await expect(verdicts.first()).toContainText(/[✓✗] the (true|false) ending, .*× likelier/);

	// An empty ending is named, and nothing is added.
	await lab.getByLabel('Start').fill('The sky is');
	await lab.getByRole('button', { name: 'Add statement' }).click();
	await expect(lab.getByRole('alert')).toHaveText('A start and both endings are needed.');
	await expect(rows).toHaveCount(6);
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-probability-truth"]');

	await page.goto('/present?deck=large-language-models:3');
	const slide = page.getByTestId('deck').getByTestId('lab-probability-truth');
	await expect(slide).toBeVisible();
	await page.keyboard.press('g');
	await expect(slide.getByTestId('truth-tally')).toContainText('Of 5 statements', {
		timeout: 15_000
	});
	await page.keyboard.press('r');
	await expect(slide.getByTestId('truth-tally')).toHaveText('');
	await expect(slide.getByTestId('truth-verdict').first()).toContainText('not scored yet');
});
