// The post-training page's best-of-N lab on the built-in engine, keyboard only: N is picked,
// the samples run, every sample shows its reward and its checks in words, the winner is marked,
// the gameable rubric says what it rewards, the page is axe clean, and the lab runs as a deck
// slide from talk mode's keys (G runs, Esc stops, R resets).
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';

test('post-training: best-of-N runs from the keyboard, scores every sample and marks the winner', async ({
	page
}) => {
	await page.goto('/concepts/post-training');
	const lab = page.getByTestId('lab-best-of-n');
	await expect(lab).toContainText('Engine: Built-in trigram model');

	const samples = lab.getByRole('combobox', { name: 'Samples (N)' });
	await samples.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(samples).toHaveValue('4');
	const run = lab.getByRole('button', { name: 'Sample 4 and pick' });
	await run.focus();
	await page.keyboard.press('Enter');
	// The first run also starts the engine worker, which trains the trigram model on the pages.
	await expect(run).toBeEnabled({ timeout: 20_000 });

	const list = lab.getByTestId('samples');
	await expect(list.getByRole('listitem').filter({ hasText: /^Sample \d/ })).toHaveCount(4);
	await expect(list.getByText(/Reward [\d.]+ of 6/)).toHaveCount(4);
	await expect(list).toContainText('Length in words:');
	await expect(list).toContainText(/✓ met|✗ not met/);
	const winner = lab.getByTestId('winner');
	await expect(winner).toHaveCount(1);
	await expect(winner).toContainText('Winner');

	const table = lab.getByTestId('reward-chart').getByRole('table');
	const best = async (n: number) =>
		Number(
			(
				await table
					.getByRole('row', { name: new RegExp(`^${n} `) })
					.getByRole('cell')
					.first()
					.innerText()
			).split(' ')[0]
		);
	// The chart's table reads the samples: best of 1 is sample 1's reward, best of 4 the top one.
	const rewards = (await list.getByText(/Reward [\d.]+ of \d+/).allInnerTexts()).map((t) =>
		Number(/Reward ([\d.]+)/.exec(t)![1])
	);
	expect(rewards).toHaveLength(4);
	expect(await best(1)).toBe(rewards[0]);
	expect(await best(4)).toBe(Math.max(...rewards));

	// The gameable rubric: the scores follow it at once, and the lab says what it rewards.
	const preset = lab.getByRole('combobox', { name: 'Start from a rubric' });
	await preset.focus();
	await page.keyboard.press('ArrowDown');
	await expect(preset).toHaveValue('gameable');
	await expect(lab.getByTestId('reward-hacking')).toContainText('Reward hacking');
	await expect(list.getByText(/Reward [\d.]+ of 6/)).toHaveCount(4);
	await expect(list).toContainText('Says one word again and again');

	// A malformed rubric is named under its field and stops the run.
	const weight = lab
		.getByRole('group', { name: 'Politeness (says please or thank)' })
		.getByLabel('Weight');
	await weight.fill('11');
	await expect(lab.getByRole('alert')).toContainText(
		'the weight must be a whole number from 0 (off) to 10'
	);
	await expect(run).toBeDisabled();
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-best-of-n"]');

	await page.goto('/present?deck=post-training');
	const deck = page.getByTestId('deck');
	// The slide's lab loads as it comes on screen; G presses its Run button once it is there.
	const again = deck.getByRole('button', { name: 'Sample 8 and pick' });
	await expect(again).toBeEnabled();
	await page.keyboard.press('g');
	await expect(deck.getByRole('button', { name: 'Stop' })).toBeVisible();
	await expect(again).toBeEnabled({ timeout: 20_000 });
	await expect(deck.getByTestId('winner')).toHaveCount(1);
	await page.keyboard.press('r');
	await expect(deck.getByTestId('samples')).toHaveCount(0);
	await page.keyboard.press('g');
	await expect(deck.getByRole('button', { name: 'Stop' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(again).toBeEnabled();
});
