// The concept pages that go beyond the glossary, on the built-in engine, keyboard only: each lab
// runs, its results are read as a visitor reads them, the page is axe clean, and the lab runs as a
// deck slide from talk mode's keys (G runs, Esc stops, R resets).
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';

test('hallucination: the consistency check runs from the keyboard and scores both questions', async ({
	page
}) => {
	await page.goto('/concepts/hallucination');
	const lab = page.getByTestId('lab-consistency');
	await expect(lab).toContainText('Engine: Built-in trigram model');

	const samples = lab.getByRole('combobox', { name: 'Samples per question' });
	await samples.focus();
	await page.keyboard.press('Home');
	await expect(samples).toHaveValue('2');
	const run = lab.getByRole('button', { name: 'Run 4 prompts' });
	await run.focus();
	await page.keyboard.press('Enter');

	const table = lab.getByTestId('agreement');
	const real = table.getByRole('row', { name: /A real person/ });
	const invented = table.getByRole('row', { name: /An invented person/ });
	// The first run also starts the engine worker, which trains the trigram model on the pages.
	await expect(invented).toContainText(/Most common answer: “.*”, \d of 2/, { timeout: 20_000 });
	await expect(run).toBeEnabled();
	// The trigram model reads the same last two words of both questions with the same seeds.
	const strip = (t: string) => t.replace(/A real person.*?\)|An invented person.*?\)/, '');
	expect(strip(await invented.innerText())).toBe(strip(await real.innerText()));
	await expect(lab.getByRole('link', { name: /model quiz/ })).toHaveAttribute(
		'href',
		/\/concepts\/foundation-models$/
	);
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-consistency"]');

	await page.goto('/present?deck=hallucination:1');
	const deck = page.getByTestId('deck');
	// The slide's lab loads as it comes on screen; G presses its Run button once it is there.
	const again = deck.getByRole('button', { name: 'Run 10 prompts' });
	await expect(again).toBeEnabled();
	await page.keyboard.press('g');
	await expect(deck.getByRole('button', { name: 'Stop' })).toBeVisible();
	await expect(again).toBeEnabled({ timeout: 15_000 });
	await expect(deck.getByTestId('agreement')).toContainText(/An invented person.*\d of 5/s);
	await page.keyboard.press('r');
	await expect(deck.getByTestId('agreement')).toHaveCount(0);
	await page.keyboard.press('g');
	await page.keyboard.press('Escape');
	await expect(again).toBeEnabled();
});

test('reasoning models: the majority vote runs from the keyboard, accuracy and tokens per N', async ({
	page
}) => {
	await page.goto('/concepts/reasoning-models');
	const lab = page.getByTestId('lab-self-consistency');
	await expect(lab).toContainText('Engine: Built-in trigram model');
	await expect(lab.getByTestId('no-thinking')).toContainText(
		'the built-in engine has no thinking mode'
	);

	const samples = lab.getByRole('combobox', { name: /Largest N/ });
	await samples.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowDown');
	await expect(samples).toHaveValue('2');
	const run = lab.getByRole('button', { name: 'Run 12 prompts' });
	await run.focus();
	await page.keyboard.press('Enter');
	await expect(run).toBeEnabled({ timeout: 15_000 });

	const table = lab.getByTestId('self-consistency-chart').getByRole('table');
	// The trigram model writes no number from the problem: nothing is solved at any N, and two
	// samples cost twice the tokens of one.
	await expect(table.getByRole('row', { name: /^1 / })).toContainText('0 of 6');
	await expect(table.getByRole('row', { name: /^2 / })).toContainText('0 of 6');
	const tokens = async (n: number) =>
		Number(await table.getByRole('row').nth(n).getByRole('cell').nth(1).innerText());
	expect(await tokens(2)).toBeGreaterThan(await tokens(1));
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-self-consistency"]');

	await page.goto('/present?deck=reasoning-models:1');
	const deck = page.getByTestId('deck');
	const again = deck.getByRole('button', { name: 'Run 24 prompts' });
	await expect(again).toBeEnabled();
	await page.keyboard.press('g');
	await expect(deck.getByRole('button', { name: 'Stop' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(again).toBeEnabled();
});
