// The prompting lab on the built-in engine, as a visitor meets it: the prompt comparison runs
// both sides and shows the checklist; structured output says this engine cannot constrain its
// output, shows the schema, and reports the honest parse error; a use-case template runs and
// shows the message it sent. Each page is checked with axe after its runs. Leaving a page
// mid-run aborts every generation its labs started.
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';
import { expectAllAborted, expectGenerating, recordWorkerCalls } from './workerCalls';

/** A finished run's status: "Built-in trigram model: N tokens, …" or "… wrote nothing …". */
const FINISHED =
	/Built-in trigram model(: \d+ tokens, (finished its text|reached the token limit)| wrote nothing)/;

test('prompt comparison: runs both prompts on the same engine and lists what differs', async ({
	page
}) => {
	await page.goto('/concepts/prompt-engineering');
	const lab = page.getByTestId('lab-prompt-compare');
	await expect(lab).toContainText('Engine: Built-in trigram model');

	// The checklist is computed from the prompts as typed: the prepared pair differs in all five.
	const checklist = lab.getByTestId('prompt-checklist');
	await expect(checklist.getByRole('caption')).toHaveText(/5 of 5 parts differ/);
	await expect(checklist.getByRole('row', { name: /Role/ })).toContainText('no');
	await expect(checklist.getByRole('row', { name: /Role/ })).toContainText(
		'yes: You are a copywriter'
	);

	await lab.getByRole('button', { name: 'Run both' }).click();
	const sides = lab.getByTestId('compare-output').getByRole('region');
	await expect(sides).toHaveCount(2);
	await expect(sides.nth(0)).toContainText(FINISHED);
	await expect(sides.nth(1)).toContainText(FINISHED);
	await expect(lab.getByRole('button', { name: 'Run both' })).toBeEnabled();
	// The exact prompts sent, with the answers.
	await sides.nth(1).getByText('Prompt sent').click();
	await expect(sides.nth(1)).toContainText('Start your answer with the headline:');
	// The honest note for an engine that only continues the last two words.
	await expect(lab).toContainText('reads only the last two words');

	// Editing a prompt updates the checklist at once; Reset brings the prepared pair back.
	await lab.getByRole('textbox', { name: 'Vague prompt' }).fill('You are a poet. Write a haiku.');
	await expect(checklist.getByRole('caption')).toHaveText(/3 of 5 parts differ/);
	await lab.getByRole('button', { name: 'Reset prompts' }).click();
	await expect(checklist.getByRole('caption')).toHaveText(/5 of 5 parts differ/);

	await expectNoSeriousA11yIssues(page, '[data-testid="lab-prompt-compare"]');
});

test('use cases page: structured output fails honestly, a template runs and shows its prompt', async ({
	page
}) => {
	await page.goto('/concepts/use-cases');

	const structured = page.getByTestId('lab-structured-output');
	await expect(structured.getByTestId('structured-mode')).toContainText(
		'This engine cannot constrain its output.'
	);
	await expect(structured.getByTestId('structured-schema')).toContainText(
		'"additionalProperties": false'
	);
	await expect(structured.getByTestId('structured-prompt')).toContainText(
		'“retrieval-augmented generation”'
	);
	await structured.getByRole('button', { name: 'Ask for a card' }).click();
	const check = structured.getByTestId('structured-check');
	await expect(check).toContainText(/Not valid JSON\. Line 1, column \d+ \(character \d+\)/);

	const cases = page.getByTestId('lab-use-cases');
	await cases
		.getByRole('combobox', { name: 'Template' })
		.selectOption({ label: 'Meeting-notes summary' });
	await expect(cases.getByRole('textbox', { name: /Prompt/ })).toHaveValue(
		/^Summarise these meeting notes/
	);
	await cases.getByRole('button', { name: 'Run template' }).click();
	const output = cases.getByTestId('use-case-output');
	await expect(output.getByTestId('use-case-prompt')).toContainText(
		'Summarise these meeting notes'
	);
	await expect(output).toContainText(FINISHED);

	await expectNoSeriousA11yIssues(page);
});

test('leaving a page mid-run stops its labs’ generations', async ({ page }) => {
	await recordWorkerCalls(page);
	await page.goto('/concepts/prompt-engineering');
	await page.getByTestId('lab-prompt-compare').getByRole('button', { name: 'Run both' }).click();
	await expectGenerating(page);
	await page.getByRole('link', { name: 'Concepts', exact: true }).first().click();
	await expect(page).toHaveURL(/\/concepts$/);
	await expectAllAborted(page);

	// Two labs of one page running at once: both stop.
	await page.goto('/concepts/use-cases');
	await page
		.getByTestId('lab-structured-output')
		.getByRole('button', { name: 'Ask for a card' })
		.click();
	await page.getByTestId('lab-use-cases').getByRole('button', { name: 'Run template' }).click();
	await expectGenerating(page, 2);
	await page.getByRole('link', { name: 'Concepts', exact: true }).first().click();
	await expect(page).toHaveURL(/\/concepts$/);
	await expectAllAborted(page);
});
