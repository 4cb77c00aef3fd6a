// What the model weighed at each token, and settings the engine cannot honour: the token choices
// view on a concept page and in the playground, and per-field messages that stop a bad request.
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';

test('a concept experiment shows the model’s top choices for any token, by mouse or keyboard', async ({
	page
}) => {
	await page.goto('/concepts/temperature');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await expect(page.getByTestId('experiment-stats')).toContainText(/\d+ tokens/);
	const tokens = page.getByRole('listbox', { name: /Generated tokens/ }).getByRole('option');
	expect(await tokens.count()).toBeGreaterThan(3);

	await tokens.nth(1).click();
	const choices = page.getByTestId('token-choices');
	await expect(choices).toContainText('Token 2:');
	await expect(choices).toContainText('top');
	await expect(choices).toContainText('before sampling');
	// Up to 10 candidates, each with its probability written out; the drawn one is marked in
	// words, not only by weight or colour.
	const rows = choices.getByRole('listitem');
	expect(await rows.count()).toBeGreaterThan(0);
	expect(await rows.count()).toBeLessThanOrEqual(10);
	await expect(rows.first()).toContainText(/\d+(\.\d)?%|>99%|<0\.1%/);
	const drawn = choices.getByText('← drawn');
	const outside = choices.getByText('outside this list');
	expect((await drawn.count()) + (await outside.count())).toBe(1);

	// Keyboard: the list is one tab stop; arrows move the selection, Escape clears it.
	await page.getByRole('listbox', { name: /Generated tokens/ }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(choices).toContainText('Token 3:');
	await page.keyboard.press('Home');
	await expect(choices).toContainText('Token 1:');
	await expectNoSeriousA11yIssues(page);
	await page.keyboard.press('Escape');
	await expect(choices).toHaveCount(0);
});

test('an out-of-range setting is named next to its field and nothing runs', async ({ page }) => {
	await page.goto('/concepts/top-k-top-p');
	const tryIt = page.getByRole('region', { name: 'Try it' });
	await tryIt.getByLabel('Max tokens').fill('0');
	await tryIt.getByLabel('Top-k', { exact: true }).fill('2.5');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('Fix the highlighted settings first.');
	await expect(
		page.getByText('Max tokens must be a whole number from 1 to 200 (got 0).')
	).toBeVisible();
	await expect(
		page.getByText(/Top-k must be a whole number from 0 to 1000 \(got 2\.5\)/)
	).toBeVisible();
	await expect(page.getByLabel('Max tokens')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByTestId('experiment-output')).toContainText('Press Run');

	await tryIt.getByLabel('Max tokens').fill('5');
	await tryIt.getByLabel('Top-k', { exact: true }).fill('3');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await expect(page.getByTestId('experiment-stats')).toContainText(/\d+ tokens/);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('playground: a JSON schema on the built-in engine is refused with the reason, the message kept', async ({
	page
}) => {
	await page.goto('/playground');
	await page.getByText('Structured output (JSON schema)').click();
	await page.getByRole('button', { name: 'Use an example schema' }).click();
	await expect(page.getByText(/cannot follow a JSON schema/).first()).toBeVisible();
	await page.locator('#prompt').fill('A transformer reads');
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByTestId('settings-problems')).toContainText(
		'Not sent: Built-in trigram model cannot follow a JSON schema'
	);
	await expect(page.getByTestId('turn-user')).toHaveCount(0);
	await expect(page.locator('#prompt')).toHaveValue('A transformer reads');

	// Clearing the schema lets the same message go.
	await page.getByLabel('JSON schema').fill('');
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByTestId('turn-assistant')).toContainText(/\d+ tokens/);
	await expect(page.getByTestId('settings-problems')).toHaveCount(0);
});

test('playground: token choices and penalties from a shared link', async ({ page }) => {
	await page.goto(
		'/playground?prompt=Attention%20lets%20every&choices=1&frequency_penalty=1.5&max_tokens=12&seed=4'
	);
	await expect(page.getByLabel('Show token choices')).toBeChecked();
	await expect(page.getByText('Repetition penalties (on)')).toBeVisible();
	await expect(page.getByLabel('Frequency')).toHaveValue('1.5');
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByTestId('turn-assistant')).toContainText(/\d+ tokens/);
	const reply = page.getByRole('listbox', { name: /Tokens of this reply/ });
	await reply.getByRole('option').first().click();
	await expect(page.getByTestId('token-choices')).toContainText('Token 1:');
	expect(await page.getByTestId('token-choices').getByRole('listitem').count()).toBeGreaterThan(0);
	await expectNoSeriousA11yIssues(page);
});
