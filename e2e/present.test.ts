// Talk mode as a presenter uses it: a clicker's keys through the deck, the live demo on a slide,
// black screen, the keys overlay, a custom deck from a link (and a bad one), and the speaker
// window following the audience window both ways, also after a reload.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { waitUntilOfflineReady } from './pwa';

const seriousIssues = async (page: import('@playwright/test').Page) =>
	(await new AxeBuilder({ page }).analyze()).violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes[0]?.target}`);

test('a clicker walks the deck; G runs the slide’s demo and Esc stops it; B blacks the screen', async ({
	page
}) => {
	await page.goto('/present');
	const deck = page.getByTestId('deck');
	const title = deck.getByRole('heading', { level: 1 });
	await expect(title).toHaveText('Generative AI');
	await expect(deck.getByTestId('deck-position')).toHaveText('Slide 1 of 28');
	await page.keyboard.press('PageDown');
	await expect(title).toHaveText('Large language models');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('PageUp');
	await expect(title).toHaveText('Large language models');
	await expect(page).toHaveURL(/slide=2/);
	await page.keyboard.press('End');
	await expect(title).toHaveText('Future directions');
	await page.keyboard.press('Home');
	await expect(title).toHaveText('Generative AI');

	// The slide's prepared demo runs from the keyboard, as rehearsed (same seed, same text).
	await page.keyboard.press('g');
	await expect(deck.getByTestId('experiment-stats')).toContainText(/\d+ tokens/, {
		timeout: 30_000
	});
	const first = await deck.getByTestId('experiment-output').innerText();
	await page.keyboard.press('g');
	await expect(deck.getByTestId('experiment-stats')).toContainText(/\d+ tokens/);
	expect(await deck.getByTestId('experiment-output').innerText()).toBe(first);

	await page.keyboard.press('b');
	await expect(page.getByTestId('deck-black')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.getByTestId('deck-black')).toHaveCount(0);

	await page.keyboard.press('?');
	await expect(page.getByTestId('deck-help')).toContainText('Run the slide’s prepared demo');
	expect(await seriousIssues(page)).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('deck-help')).toHaveCount(0);
	expect(await seriousIssues(page)).toEqual([]);
});

test('a deck link picks and orders slides; a bad one says what it skipped', async ({ page }) => {
	await page.goto('/present?deck=temperature,top-k-top-p');
	const deck = page.getByTestId('deck');
	await expect(deck.getByTestId('deck-position')).toHaveText('Slide 1 of 2');
	await expect(deck.getByRole('heading', { level: 1 })).toHaveText('Temperature');
	// A slide can be one experiment of a page: here the temperature page's sampling lab only.
	await page.goto('/present?deck=temperature:2,rag');
	await expect(deck.getByTestId('sampling-lab')).toBeVisible();
	await expect(deck.getByRole('heading', { name: 'Try it' })).toHaveCount(0);
	await page.goto('/present?deck=temperature,no-such-thing&slide=1');
	await expect(deck.getByTestId('deck-problem')).toContainText(
		'no concept or experiment is called “no-such-thing”'
	);
	await expect(deck.getByTestId('deck-position')).toHaveText('Slide 1 of 1');
});

test('the speaker window follows the audience window, drives it back, and reconnects after a reload', async ({
	context
}) => {
	const audience = await context.newPage();
	await audience.goto('/present?deck=temperature,rag,gans');
	const speaker = await context.newPage();
	await speaker.goto('/present/speaker');
	await expect(speaker.getByTestId('speaker-link')).toHaveText('Following the audience window.');
	await expect(speaker.getByTestId('speaker-current')).toHaveText('Temperature');
	await expect(speaker.getByTestId('speaker-next')).toHaveText(
		'Retrieval-augmented generation (RAG)'
	);
	// The explanation and the sources are the presenter's: here, not on the slide.
	await expect(speaker.getByTestId('speaker-body')).toContainText('Sources and further reading');
	await expect(audience.getByTestId('deck')).not.toContainText('Sources and further reading');

	await audience.bringToFront();
	await audience.keyboard.press('ArrowRight');
	await expect(speaker.getByTestId('speaker-current')).toHaveText(
		'Retrieval-augmented generation (RAG)'
	);
	await expect(speaker.getByTestId('speaker-clock')).toContainText('elapsed');

	await speaker.getByRole('button', { name: 'Next' }).click();
	await expect(audience.getByTestId('deck').getByRole('heading', { level: 1 })).toHaveText(
		/Generative adversarial networks/
	);
	await speaker.getByRole('button', { name: 'Black screen' }).click();
	await expect(audience.getByTestId('deck-black')).toBeVisible();
	await speaker.getByRole('button', { name: 'Black screen' }).click();

	await speaker.reload();
	await expect(speaker.getByTestId('speaker-current')).toHaveText(
		/Generative adversarial networks/
	);
	expect(await seriousIssues(speaker)).toEqual([]);
});

test.describe(() => {
	test.use({ serviceWorkers: 'allow' }); // offline, from the service worker
	test('the readiness check, offline, passes the built-in path and rehearses the deck', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitUntilOfflineReady(page);
		await context.setOffline(true);
		await page.goto('/check?deck=temperature,rag');
		await expect(page.getByTestId('check-engine')).toContainText('Built-in trigram model: no GPU');
		await expect(page.getByTestId('check-offline')).toContainText(
			'Pass. The app opens without the network.'
		);
		await page.getByRole('button', { name: 'Rehearse offline' }).click();
		await expect(page.getByTestId('check-deck')).toContainText(
			'Every page of the deck is in the offline copy.'
		);
		await page.getByRole('button', { name: 'Measure' }).click();
		await expect(page.getByTestId('check-history')).toContainText('Built-in trigram model', {
			timeout: 30_000
		});
		await expect(page.getByTestId('check-speed')).toContainText(/tokens\/s over \d+ tokens/);
		expect(await seriousIssues(page)).toEqual([]);
	});
});

test('a deck is built, saved on the device, shared as a file and read back; Q shows a QR code', async ({
	page
}) => {
	await page.goto('/present?deck=temperature');
	await expect(page.getByTestId('deck-position')).toHaveText('Slide 1 of 1');
	await page.keyboard.press('q');
	await expect(page.getByTestId('deck-qr')).toContainText('/concepts/temperature');
	await expect(page.getByRole('img', { name: 'QR code for the Temperature page' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('deck-qr')).toHaveCount(0);

	await page.getByRole('button', { name: 'Deck…' }).click();
	const editor = page.getByTestId('deck-editor');
	await editor.getByLabel('Top-k and top-p sampling').check();
	await editor.getByRole('button', { name: 'Move Top-k and top-p sampling up' }).click();
	await editor.getByLabel('Name').fill('Meetup');
	await editor.getByRole('button', { name: 'Save on this device' }).click();
	await expect(editor.getByTestId('deck-editor-message')).toHaveText(
		'Saved “Meetup” on this device.'
	);
	const download = page.waitForEvent('download');
	await editor.getByRole('button', { name: 'Export file' }).click();
	const file = await (await download).path();

	// A malformed file is refused with the field named; the deck being edited stays.
	await editor.getByLabel('Import file').setInputFiles({
		name: 'bad.deck.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"slides","version":1}')
	});
	await expect(editor.getByTestId('deck-editor-message')).toContainText(
		'"format" must be "genai-live-deck"'
	);
	await editor.getByLabel('Import file').setInputFiles(file);
	await expect(editor.getByTestId('deck-editor-message')).toHaveText('Read “Meetup” (2 slides).');

	// Saved on the device: after a reload it is one click away.
	await page.reload();
	await page.getByRole('button', { name: 'Deck…' }).click();
	await page.getByRole('button', { name: 'Present “Meetup”' }).click();
	await expect(page.getByTestId('deck-position')).toHaveText('Slide 1 of 2');
	await expect(page.getByTestId('deck').getByRole('heading', { level: 1 })).toHaveText(
		'Top-k and top-p sampling'
	);
});
