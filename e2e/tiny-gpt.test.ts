// The tiny GPT on the transformer page, on the CPU backend (navigator.gpu removed: SwiftShader's
// WebGPU is slower than the CPU backend for a model this small, and the test then checks the
// fallback line too). One page visit: attention for typed text, keyboard only, a few training
// steps until the loss falls, a sample and the embeddings map, a save restored after a reload,
// the KV-cache chart, axe clean.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';

async function loss(page: Page): Promise<number> {
	const text = await page
		.getByTestId('toy-tiny-gpt')
		.getByTestId('loss-summary')
		.first()
		.innerText();
	const m = /after [\d,]+ steps: [^\d]*(\d+(?:\.\d+)?)/.exec(text);
	return m ? Number(m[1]) : NaN;
}

test('tiny GPT: attention for typed text by keyboard, training lowers the loss, saved and reloaded, accessible', async ({
	page
}) => {
	test.setTimeout(150_000);
	await page.addInitScript(() => {
		delete (Navigator.prototype as unknown as { gpu?: unknown }).gpu;
	});
	await page.goto('/concepts/transformers');
	const lab = page.getByTestId('toy-tiny-gpt');
	await lab.scrollIntoViewIfNeeded();
	await expect(lab.getByRole('heading', { name: /train a tiny GPT/ })).toBeVisible();

	// Typing text builds the model from the seed and shows its attention; the mask is stated.
	const prompt = lab.getByTestId('gpt-prompt');
	await prompt.fill('');
	await prompt.pressSequentially('the cat sat');
	const says = lab.getByTestId('attention-says');
	await expect(says).toContainText('causal mask', { timeout: 20_000 });
	// Keyboard only: Tab from the block and head choices to the first character of the map.
	await lab.getByRole('combobox', { name: 'Head' }).focus();
	await page.keyboard.press('Tab');
	await expect(says).toContainText('‘t’ (position 1) looks most at ‘t’ (position 1) 100%');
	await page.keyboard.press('Tab');
	await expect(says).toContainText(/‘h’ \(position 2\) looks most at .*%/);
	await lab.getByText('Attention weights as a table').click();
	await expect(lab.getByRole('rowheader', { name: '‘h’ (position 2)' })).toBeVisible();
	// What goes in: each character's row plus its position's; the two t's enter differently.
	const input = lab.getByTestId('gpt-input-caption');
	await expect(input).toContainText('11 input rows of');
	await expect(input).toContainText(/‘t’ appears at places 1 and 7: .* lie \d+\.\d\d apart/);

	const { violations } = await new AxeBuilder({ page })
		.include('[data-testid="toy-tiny-gpt"]')
		.analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);

	await lab.getByRole('button', { name: 'Train', exact: true }).click();
	await expect(lab.getByTestId('loss-summary').first()).toContainText(/after [\d,]+ steps/, {
		timeout: 30_000
	});
	const first = await loss(page);
	expect(first).toBeGreaterThan(3);
	await expect
		.poll(() => loss(page), { timeout: 40_000, intervals: [500] })
		.toBeLessThan(first * 0.9);
	await lab.getByRole('button', { name: 'Pause' }).click();
	await expect(lab.getByTestId('toy-backend')).toContainText('CPU (JavaScript)');
	await expect(lab.getByTestId('gpt-samples')).toContainText(/after [\d,]+ steps/, {
		timeout: 20_000
	});
	await expect(lab.getByTestId('gpt-map-caption')).toContainText(/vowels around \(-?\d/);

	// Kept on the device: saved, the page reloaded, loaded back; a wrong file is refused in words.
	await lab.getByRole('button', { name: 'Save on this device' }).click();
	await expect(lab.getByTestId('gpt-keep-note')).toContainText(
		/Saved on this device after [\d,]+ training steps/
	);
	const steps = /after ([\d,]+) training/.exec(
		await lab.getByTestId('gpt-keep-note').innerText()
	)![1]!;
	await page.reload();
	await lab.getByRole('button', { name: 'Load the saved one' }).click();
	await expect(lab.getByTestId('gpt-keep-note')).toContainText(
		`Loaded a model trained for ${steps} steps`,
		{
			timeout: 20_000
		}
	);
	await lab.getByTestId('gpt-import').setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"title":"my deck"}')
	});
	await expect(lab.getByTestId('gpt-keep-note')).toContainText(
		'not a saved tiny GPT from this app'
	);

	// Saved on this device, it answers on the history page too, as a fourth machine.
	await page.goto('/concepts/history');
	const history = page.getByTestId('lab-generations');
	await history.getByRole('button', { name: 'Ask all three' }).click();
	const tiny = history.getByTestId('generation-tiny');
	await expect(tiny).toContainText(/Wrote \d+ characters\./, { timeout: 20_000 });
	await expect(tiny).toContainText(`after ${steps} training steps`);
	await expect(tiny).toContainText('It reads only “');
	expect((await tiny.getByTestId('generation-answer').innerText()).length).toBeGreaterThan(10);
	await expect(history.getByTestId('generations-no-tiny')).toHaveCount(0);
});
