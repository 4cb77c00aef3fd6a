// The quantization page on the CPU backend (navigator.gpu removed, as in tiny-gpt.test.ts), keyboard
// only: with no model saved on the device the lab trains a tiny GPT here, the quick length the
// page offers to anyone in a hurry, then fills its table for float32 and 8, 4, 3 and 2 bits with
// a histogram of the errors; the page is axe clean; and as a deck slide G starts the lab and Esc
// stops it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('quantization: a tiny GPT measured at 8, 4, 3 and 2 bits from the keyboard, accessible, and as a slide', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.addInitScript(() => {
		delete (Navigator.prototype as unknown as { gpu?: unknown }).gpu;
	});
	await page.goto('/concepts/quantization');
	const lab = page.getByTestId('lab-quantization');
	await lab.scrollIntoViewIfNeeded();
	await expect(lab.getByRole('heading', { name: /Shrink a trained tiny GPT/ })).toBeVisible();

	// Keyboard only: the group size, then the quick training length, then Run.
	const group = lab.getByRole('combobox', { name: 'Weights per scale (group size)' });
	await group.focus();
	await expect(group).toHaveValue('32');
	const training = lab.getByTestId('quant-training');
	await training.focus();
	await page.keyboard.press('End');
	await expect(training).toHaveValue('quick');
	const run = lab.getByRole('button', { name: 'Quantize and measure' });
	await run.focus();
	await page.keyboard.press('Enter');
	await expect(lab.getByTestId('quant-status')).toContainText(/training one here|Measuring/, {
		timeout: 30_000
	});

	const table = lab.getByTestId('quant-table');
	for (const bits of ['8 bits', '4 bits', '3 bits', '2 bits'])
		await expect(table.getByRole('row', { name: new RegExp(`^${bits}`) })).toContainText(
			/\d+\.\d{3}.*bytes/s,
			{ timeout: 90_000 }
		);
	await expect(lab.getByTestId('quant-status')).toContainText(
		'Measured a tiny GPT trained here for 30 steps from seed 1'
	);
	await expect(table.getByRole('columnheader', { name: 'Perplexity', exact: true })).toBeVisible();
	await expect(table.getByRole('row', { name: /^float32/ })).toContainText('reference');
	// What the page claims, measured: each narrower width is smaller, and 2 bits costs the most.
	const cell = async (name: string, column: number) =>
		table
			.getByRole('row', { name: new RegExp(`^${name}`) })
			.getByRole('cell')
			.nth(column)
			.innerText();
	const names = ['float32', '8 bits', '4 bits', '3 bits', '2 bits'];
	const sizes: number[] = [];
	for (const name of names)
		sizes.push(Number(/[\d,]+/.exec(await cell(name, 3))![0].replaceAll(',', '')));
	for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThan(sizes[i - 1]!);
	expect(Number(await cell('2 bits', 1))).toBeGreaterThan(Number(await cell('8 bits', 1)));
	await expect(lab.getByTestId('quant-measured')).toContainText(/perplexity \d+\.\d{3} in float32/);

	// The histogram for another bit width, chosen by keyboard; its words stand in for the bars.
	const bits = lab.getByTestId('quant-bits');
	await bits.focus();
	await page.keyboard.press('End');
	await expect(bits).toHaveValue('2');
	await expect(lab.getByTestId('quant-histogram-text')).toContainText(/At 2 bits, [\d,]+ weights/);
	await expect(lab.getByRole('img', { name: /At 2 bits/ })).toBeVisible();

	const { violations } = await new AxeBuilder({ page })
		.include('[data-testid="lab-quantization"]')
		.analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);

	// As a slide: G starts the lab (training begins), Esc stops it, R clears it.
	await page.goto('/present?deck=quantization');
	const deck = page.getByTestId('deck');
	const again = deck.getByRole('button', { name: 'Quantize and measure' });
	await expect(again).toBeEnabled();
	await page.keyboard.press('g');
	await expect(deck.getByRole('button', { name: 'Stop' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(again).toBeEnabled({ timeout: 15_000 });
	await expect(deck.getByTestId('quant-status')).toContainText('Stopped');
	await page.keyboard.press('r');
	await expect(deck.getByTestId('quant-status')).toContainText('Press the button');
});
