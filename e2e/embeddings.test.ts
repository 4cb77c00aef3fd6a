// The tokens-and-embeddings page on the built-in engine, keyboard only: a typed text comes back as
// the engine's word tokens (an unknown word marked in words), the concept paragraphs are mapped
// from TF-IDF vectors with a table as the map's text alternative, the nearest paragraphs are
// listed with cosine scores, the page is axe clean, and the lab runs as a deck slide from talk
// mode's keys (G runs, Esc stops, R resets).
import { expect, test } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';

test('tokens and embeddings: tokens, the map and the nearest paragraphs, from the keyboard', async ({
	page
}) => {
	await page.goto('/concepts/tokens-and-embeddings');
	const lab = page.getByTestId('lab-embeddings-map');
	await expect(lab).toContainText('Engine: Built-in trigram model');
	await expect(lab).toContainText('No embedding model is on this device');

	const text = lab.getByRole('textbox', { name: /Your text/ });
	await text.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('How does a tokenizer split zorblatt into pieces?');
	// Enter in the box runs it, as the Split and search button does.
	await page.keyboard.press('Enter');

	// The trigram engine's tokens are words and punctuation; the invented word has no id.
	await expect(lab.getByTestId('token-count')).toContainText(
		'9 tokens for 48 characters. A token here is: words and punctuation.'
	);
	const chips = lab.getByTestId('token-chips').getByRole('listitem');
	await expect(chips).toHaveCount(9);
	await expect(chips.nth(3)).toContainText(/tokenizer\s*id \d+/);
	await expect(chips.nth(5)).toContainText(/zorblatt\s*not in vocabulary/);

	// The map says which vectors placed the paragraphs, and has a table as its text.
	const map = lab.getByTestId('paragraph-map');
	await expect(map.getByRole('img')).toHaveAccessibleName(/placed by PCA of TF-IDF vectors/);
	await expect(map).toContainText(/The two axes keep \d+% of the spread/);
	const table = lab.getByTestId('map-table');
	await lab.getByText('The map as a table').click();
	expect(await table.getByRole('row').count()).toBeGreaterThan(100);

	// The nearest paragraphs, best first, each with its cosine; this page's own comes first.
	const nearest = lab.getByTestId('nearest').getByRole('listitem');
	await expect(nearest).toHaveCount(5);
	await expect(nearest.first()).toContainText(/Tokens and embeddings\s*cosine 0\.\d{3}/);
	const scores = await nearest.evaluateAll((items) =>
		items.map((li) => Number(/cosine (\d\.\d+)/.exec(li.textContent ?? '')?.[1]))
	);
	expect(scores).toEqual([...scores].sort((a, b) => b - a));
	// The table ranks the same paragraphs: the one ranked 1 is this page's.
	const rankedFirst = await table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows
				.filter((r) => r.lastElementChild?.textContent?.trim() === '1')
				.map((r) => r.querySelector('th')?.textContent?.trim())
		);
	expect(rankedFirst).toEqual(['Tokens and embeddings']);
	await expectNoSeriousA11yIssues(page, '[data-testid="lab-embeddings-map"]');

	await page.goto('/present?deck=tokens-and-embeddings:1');
	const deck = page.getByTestId('deck');
	const again = deck.getByRole('button', { name: 'Split and search' });
	await expect(again).toBeEnabled();
	await page.keyboard.press('g');
	await expect(deck.getByTestId('nearest').getByRole('listitem')).toHaveCount(5);
	await expect(deck.getByTestId('token-chips')).toContainText('strawberry');
	await page.keyboard.press('r');
	await expect(deck.getByTestId('nearest')).toHaveCount(0);
	await page.keyboard.press('g');
	await page.keyboard.press('Escape');
	await expect(again).toBeEnabled();
});
