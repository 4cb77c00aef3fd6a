// The agents page's lab on the built-in engine, keyboard only: the rule-based planner is named as
// such, a run shows every step (the JSON call, the check, what came back) and ends with an answer;
// the stuck planner runs until the step budget ends it; the page is axe clean; and the lab runs
// as a deck slide from talk mode's keys (G runs, Esc stops, R resets).
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';

test('agents: the loop runs from the keyboard, every step checked and shown, the budget ends a runaway', async ({
	page
}) => {
	await page.goto('/concepts/agents-and-tool-use');
	const lab = page.getByTestId('lab-agent-loop');
	await expect(lab).toContainText('Engine: Built-in trigram model');
	await expect(lab.getByTestId('agent-planner')).toHaveText('Rule-based planner, not a model.');

	const run = lab.getByRole('button', { name: 'Run the agent' });
	await run.focus();
	await page.keyboard.press('Enter');
	const steps = lab.getByTestId('agent-step');
	await expect(lab.getByTestId('agent-answer')).toContainText('4 + 16 / 32 = 4.5', {
		timeout: 20_000
	});
	await expect(steps).toHaveCount(3);
	await expect(steps.nth(0)).toContainText('"name":"search_pages"');
	await expect(steps.nth(0)).toContainText('✓ Valid call to search_pages; it ran.');
	await expect(
		steps
			.nth(0)
			.getByRole('link', { name: /Quantization/ })
			.first()
	).toBeVisible();
	await expect(steps.nth(1)).toContainText('"name":"calculator"');
	await expect(steps.nth(2)).toContainText('✓ Valid call to finish');
	await expect(lab.getByTestId('agent-answer')).toContainText('The page “Quantization” says:');

	// The stuck planner, with a budget of 3: three searches, then the budget ends the loop.
	const budget = lab.getByRole('combobox', { name: 'Step budget' });
	await budget.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowDown');
	await expect(budget).toHaveValue('3');
	const planner = lab.getByRole('combobox', { name: 'The rule-based planner' });
	await planner.focus();
	await page.keyboard.press('ArrowDown');
	await expect(planner).toHaveValue('stuck');
	await run.focus();
	await page.keyboard.press('Enter');
	await expect(lab.getByTestId('agent-budget')).toContainText('Step budget spent: 3 steps');
	await expect(steps).toHaveCount(3);
	await expect(lab.getByTestId('agent-answer')).toHaveCount(0);

	// An empty task is named and cannot run.
	const task = lab.getByRole('textbox', { name: 'The task' });
	await task.fill('');
	await expect(lab.getByRole('alert')).toContainText('Type a task first.');
	await expect(run).toBeDisabled();
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-agent-loop"]');

	await page.goto('/concepts/future-directions');
	await expect(page.getByRole('link', { name: 'agents and tool use' }).first()).toHaveAttribute(
		'href',
		/\/concepts\/agents-and-tool-use$/
	);

	await page.goto('/present?deck=agents-and-tool-use:1');
	const deck = page.getByTestId('deck');
	// The slide's lab loads as it comes on screen; G presses its Run button once it is there.
	const again = deck.getByRole('button', { name: 'Run the agent' });
	await expect(again).toBeEnabled();
	await page.keyboard.press('g');
	await expect(deck.getByRole('button', { name: 'Stop' })).toBeVisible();
	await expect(deck.getByTestId('agent-answer')).toBeVisible({ timeout: 20_000 });
	await expect(again).toBeEnabled();
	await page.keyboard.press('r');
	await expect(deck.getByTestId('agent-steps')).toHaveCount(0);
	await page.keyboard.press('g');
	await expect(deck.getByRole('button', { name: 'Stop' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(again).toBeEnabled();
	await expect(deck).toContainText('Stopped. The steps so far stay on screen.');
});
