// The two labs on 2-D points, as a visitor uses them: a network trains on the deep-learning page
// and its decision region and neuron maps change; on the generative-AI page a classifier and a
// Gaussian mixture per class are fitted, the mixtures sample new points and score a point the
// classifier is sure about; the second lab works from the keyboard alone. Both labs run plain
// JavaScript in the page, so each test takes seconds even on SwiftShader.
import { expect, test, type Locator } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';

const pixels = (canvas: Locator) => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
const percent = async (l: Locator) => Number(/gets (\d+)%/.exec(await l.innerText())?.[1] ?? NaN);

test('features: the decision region and the neuron maps change while the network trains', async ({
	page
}) => {
	await page.goto('/concepts/deep-learning');
	const lab = page.getByTestId('lab-features');
	await lab.scrollIntoViewIfNeeded();
	const region = lab.getByTestId('features-region');
	await expect(region).toContainText('before training');
	await expect(lab.getByRole('img', { name: /^Hidden layer \d/ })).toHaveCount(3);
	const before = await pixels(lab.getByTestId('features-canvas'));

	await lab.getByRole('button', { name: 'Train', exact: true }).click();
	// A few redraws are enough: the region's picture and its words change as the steps go by.
	await expect(region).toContainText(/after [\d,]*\d\d+ steps/);
	await lab.getByRole('button', { name: 'Stop' }).click();
	expect(await pixels(lab.getByTestId('features-canvas'))).not.toBe(before);
	await expect(lab.getByTestId('features-status')).toContainText(/Step [1-9][\d,]*/);

	// No hidden layer: a straight boundary, no neuron maps, back to step 0.
	await lab.getByLabel('Hidden layers').selectOption('0');
	await expect(lab.getByTestId('features-shape')).toContainText('straight line');
	await expect(lab.getByRole('img', { name: /^Hidden layer/ })).toHaveCount(0);
	await expect(region).toContainText('before training');
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-features"]');
});

test('generative: the mixtures sample new points and call an empty corner unlikely', async ({
	page
}) => {
	await page.goto('/concepts/generative-ai');
	const lab = page.getByTestId('lab-generative-vs-discriminative');
	await lab.scrollIntoViewIfNeeded();
	await expect(lab.getByTestId('mixture-caption')).toContainText('Not fitted yet');
	await lab.getByRole('button', { name: 'Fit both and sample' }).click();
	await expect(lab.getByTestId('mixture-caption')).toContainText(
		'100 new points per class drawn from the mixtures'
	);
	await expect.poll(() => percent(lab.getByTestId('boundary-caption'))).toBeGreaterThan(90);

	const table = lab.getByTestId('probe-table');
	await expect(table.getByRole('row')).toHaveCount(4);
	await lab.getByRole('slider', { name: 'x' }).fill('1.5');
	await lab.getByRole('slider', { name: 'y' }).fill('1.5');
	await expect(lab.getByTestId('probe-verdict')).toContainText('Neither class’s mixture expects');
	await expect(lab.getByTestId('probe-verdict')).toContainText(
		/the classifier says .+ with (>99\.9|9\d)%/
	);
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-generative-vs-discriminative"]');
});

test('generative: keyboard only, from the settings to a scored point', async ({ page }) => {
	await page.goto('/concepts/generative-ai');
	const lab = page.getByTestId('lab-generative-vs-discriminative');
	await lab.scrollIntoViewIfNeeded();
	await lab.getByLabel('Data').focus();
	for (const key of ['Tab', 'Tab', 'Tab']) await page.keyboard.press(key);
	const fit = lab.getByRole('button', { name: 'Fit both and sample' });
	await expect(fit).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(lab.getByTestId('probe-table')).toBeVisible();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const x = lab.getByRole('slider', { name: 'x' });
	await expect(x).toBeFocused();
	const row = lab.getByTestId('probe-table').getByRole('row').nth(1);
	const scoreAtOrigin = await row.innerText();
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
	await expect(x).toHaveValue('0.5');
	await expect(row).not.toHaveText(scoreAtOrigin);
});
