// The ethics, regulation and economic-impact labs of issue 22 on the built-in engine, offline
// from any model: the watermark written and found (and not found in plain text), the bias table
// filling, and the AI Act explorer answering for two templates, by keyboard and as a slide.
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';

const PLAIN =
	'Our lecture starts at nine in the large hall. Bring a laptop if you have one, because we will try the examples together, and the slides will be online afterwards for anyone who missed a part of the talk.';

test('watermark: a marked reply is detected, plain text is not, swapping words lowers z', async ({
	page
}) => {
	await page.goto('/concepts/ethics');
	const lab = page.getByTestId('lab-watermark');
	await expect(lab).toContainText('Built-in trigram model');
	await lab.getByRole('button', { name: 'Generate with the mark' }).click();
	const score = lab.getByTestId('watermark-score');
	await expect(score.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'marked', {
		timeout: 15_000
	});
	await expect(lab).toContainText('built-in engine’s own tokenizer');
	await expect(lab.locator('.tok.green').first()).toContainText('▲');
	const z = async () => Number((await score.locator('.z').innerText()).replace('z = ', ''));
	const marked = await z();
	expect(marked).toBeGreaterThan(4);

	await lab.getByRole('button', { name: 'Swap every fifth word' }).click();
	await expect.poll(z).toBeLessThan(marked);

	await lab.getByTestId('watermark-text').fill(PLAIN);
	await expect(score.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'unmarked');
	expect(Math.abs(await z())).toBeLessThan(2.33);
});

test('bias probe: the table fills for every pair, and a visitor’s own pair joins it', async ({
	page
}) => {
	await page.goto('/concepts/ethics');
	const lab = page.getByTestId('lab-bias-probe');
	await lab.getByLabel('Prompt A').fill('The baker said that');
	await lab.getByLabel('Prompt B').fill('The singer said that');
	await lab.getByRole('button', { name: 'Add pair' }).click();
	await lab.getByRole('button', { name: 'Probe 5 pairs' }).click();
	const rows = lab.getByTestId('bias-table').locator('tbody tr');
	await expect(rows).toHaveCount(5);
	await expect(rows.last()).toContainText('The baker said that');
	for (let i = 0; i < 5; i++) await expect(rows.nth(i)).not.toContainText('not asked yet');
	await expect(rows.first()).toContainText('they');
	await expect(rows.first()).toContainText('%');
	await expect(lab).toContainText('last two words of a prompt');
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-bias-probe"]');
});

test('AI Act explorer: two templates by keyboard, the articles behind each, and as a slide', async ({
	page
}) => {
	await page.goto('/concepts/regulation');
	const lab = page.getByTestId('lab-risk-tiers');
	const result = lab.getByTestId('risk-result');
	await expect(result).toHaveAttribute('data-tier', 'transparency');
	await expect(result).toContainText('Art. 50(1)');

	const template = lab.getByTestId('risk-template');
	await template.focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(template).toHaveValue('cv-screening');
	await expect(result).toHaveAttribute('data-tier', 'high-risk');
	await expect(result).toContainText('Art. 6(2) and Annex III');
	await expect(result).toContainText('Human oversight');
	await expect(lab).toContainText('not legal advice');

	// One answer changed by keyboard: the tier follows.
	await lab.getByLabel('It talks with people directly').focus();
	await page.keyboard.press('Space');
	await expect(result).toContainText('Art. 50(1)');
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-risk-tiers"]');

	await page.goto('/present?deck=regulation:2');
	const slide = page.getByTestId('deck').getByTestId('lab-risk-tiers');
	await expect(slide.getByTestId('risk-result')).toHaveAttribute('data-tier', 'transparency');
	await page.keyboard.press('g');
	await expect(slide.getByTestId('risk-template')).toHaveValue('image-ads');
	await page.keyboard.press('r');
	await expect(slide.getByTestId('risk-template')).toHaveValue('support-bot');
});

test('history: one message to ELIZA and the trigram model with their reasons; the timeline by era, by keyboard', async ({
	page
}) => {
	await page.goto('/concepts/history');
	const lab = page.getByTestId('lab-generations');
	const box = lab.getByRole('textbox', { name: 'Your message' });
	await box.fill('');
	await lab.getByRole('button', { name: 'Ask both' }).click();
	await expect(lab.getByRole('alert')).toHaveText('Write a message first.');

	await box.fill('I remember my first computer, but it never listened.');
	await lab.getByRole('button', { name: 'Ask both' }).focus();
	await page.keyboard.press('Enter');
	const eliza = lab.getByTestId('generation-eliza');
	// "computer" outranks "remember", "my" and "i": ELIZA says which rule it used.
	await expect(eliza.getByTestId('generation-answer')).toHaveText('Do machines worry you?');
	await expect(eliza.getByTestId('eliza-reason')).toContainText('keyword “computer” (rank 6)');
	const trigram = lab.getByTestId('generation-trigram');
	// Ended on its own or at its 30-token budget, as the pages' words make it.
	await expect(trigram).toContainText(/finished|reached the token limit/, { timeout: 20_000 });
	expect((await trigram.getByTestId('generation-answer').innerText()).length).toBeGreaterThan(3);
	await expect(trigram).toContainText(/It reads only “listened/);
	// No model is downloaded here: the page says how to add the neural column.
	await expect(lab.getByTestId('generation-neural')).toHaveCount(0);
	await expect(lab.getByTestId('generations-no-model')).toContainText('Engine menu');
	// Nor a tiny GPT saved on this device: the page says where to train one.
	await expect(lab.getByTestId('generation-tiny')).toHaveCount(0);
	await expect(lab.getByTestId('generations-no-tiny')).toContainText('transformers page');

	// The timeline below: every milestone, then one era by arrow key, each linked to its page.
	const timeline = page.getByTestId('lab-timeline');
	const items = timeline.getByTestId('milestones').getByRole('listitem');
	await expect(items).toHaveCount(12);
	await timeline.getByRole('radio', { name: 'Every era' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(timeline.getByRole('radio', { name: 'Counts and rules' })).toBeChecked();
	await expect(items).toHaveCount(2);
	await expect(items.first()).toContainText('1948');
	await expect(items.first().getByRole('link', { name: 'Large language models' })).toHaveAttribute(
		'href',
		'/concepts/large-language-models'
	);
	// Play shows the era's milestones one at a time, the one showing marked in the list too.
	await timeline.getByRole('button', { name: 'Play' }).click();
	await expect(timeline.getByTestId('milestone-now')).toContainText('1948');
	await expect(timeline).toContainText('Milestone 1 of 2');
	await expect(items.first()).toHaveAttribute('aria-current', 'step');
	await timeline.getByRole('button', { name: 'Pause' }).click();
	await expect(timeline.getByRole('button', { name: 'Play' })).toBeVisible();
	await timeline.getByRole('button', { name: 'Reset' }).click();
	await expect(timeline.getByRole('radio', { name: 'Every era' })).toBeChecked();
	await expect(items).toHaveCount(12);
	// The history page as a whole is checked in concepts.test.ts; here its two labs.
	await expectNoSeriousA11yIssues(
		page,
		'[data-testid="lab-generations"], [data-testid="lab-timeline"]'
	);
});
