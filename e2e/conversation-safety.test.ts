import { expect, test, type Page } from './fixtures';

// Nothing said is lost, nothing deleted comes back, and storage failures are said in words:
// two tabs on one conversation, delete with Undo, IndexedDB refusing to open or to write.

async function say(page: Page, text: string) {
	await page.locator('#prompt').fill(text);
	await page.getByRole('button', { name: 'Send' }).click();
}
const list = (page: Page) => page.getByRole('region', { name: 'Conversations' });
const replies = (page: Page) => page.getByTestId('turn-assistant');
const questions = (page: Page) => page.getByTestId('turn-user');

test('two tabs on one conversation keep every turn, and each shows the other’s', async ({
	page: a,
	context
}) => {
	await a.goto('/playground');
	await say(a, 'A large language model');
	await expect(replies(a)).toContainText(/\d+ tokens/);

	const b = await context.newPage();
	await b.goto('/playground');
	await list(b).getByRole('button', { name: 'A large language model', exact: true }).click();
	await expect(questions(b)).toHaveCount(1);

	// Both tabs answer at the same time; each saves as its reply streams.
	await Promise.all([say(a, 'Top-k is the simple'), say(b, 'An n-gram model estimates')]);
	for (const tab of [a, b]) await expect(replies(tab).nth(1)).toContainText(/\d+ tokens/);

	// Each tab now shows all six turns, each reply under its own question.
	for (const tab of [a, b]) {
		await expect(questions(tab)).toHaveCount(3);
		await expect(replies(tab)).toHaveCount(3);
	}
	await b.close();
	await a.reload();
	await list(a).getByRole('button', { name: 'A large language model', exact: true }).click();
	// The reloaded view lists the turns a moment after the click: wait for all six before reading.
	await expect(questions(a)).toHaveCount(3);
	await expect(replies(a)).toHaveCount(3);
	const order = await a
		.locator('[data-testid^="turn-"]')
		.evaluateAll((turns) =>
			turns.map(
				(t) =>
					`${t.getAttribute('data-testid')}: ${t.querySelector('.content')?.textContent?.slice(0, 20)}`
			)
		);
	expect(order.filter((t) => t.startsWith('turn-user'))).toEqual([
		'turn-user: A large language mod',
		expect.stringMatching(/^turn-user: (Top-k is the simple|An n-gram model esti)/),
		expect.stringMatching(/^turn-user: (Top-k is the simple|An n-gram model esti)/)
	]);
	expect(order.map((t) => t.split(':')[0])).toEqual([
		'turn-user',
		'turn-assistant',
		'turn-user',
		'turn-assistant',
		'turn-user',
		'turn-assistant'
	]);
});

test('a deleted conversation clears the view, comes back only with Undo, and stays deleted', async ({
	page
}) => {
	await page.goto('/playground');
	await say(page, 'A large language model');
	await expect(replies(page)).toContainText(/\d+ tokens/);

	const remove = list(page).getByRole('button', { name: 'Delete “A large language model”' });
	await remove.click();
	await expect(questions(page)).toHaveCount(0);
	const undo = list(page).getByRole('status').getByRole('button', { name: 'Undo' });
	await expect(list(page).getByRole('status')).toContainText('Deleted “A large language model”.');
	// Keyboard: focus moved to Undo, Enter brings the conversation back, open as it was.
	await expect(undo).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(
		list(page).getByRole('button', { name: 'A large language model', exact: true })
	).toBeFocused();
	await expect(questions(page)).toHaveCount(1);

	// Deleted again, the next message starts a new conversation instead of re-saving the old one.
	await remove.click();
	await expect(undo).toBeVisible();
	await say(page, 'Top-k is the simple');
	await expect(replies(page)).toContainText(/\d+ tokens/);
	await expect(questions(page)).toHaveCount(1);
	await page.reload();
	await expect(list(page).getByRole('listitem')).toHaveCount(1);
	await expect(list(page).getByRole('listitem')).toContainText('Top-k is the simple');
});

const exportFile = (title: string) => ({
	name: 'conversations.json',
	mimeType: 'application/json',
	buffer: Buffer.from(
		JSON.stringify({
			format: 'genai-live.conversations',
			version: 1,
			conversations: [
				{
					title,
					// Out of the range a Date can hold: the import takes the time of the import.
					updatedAt: 9e15,
					turns: [{ role: 'user', content: 'Hi' }]
				}
			]
		})
	)
});

test('IndexedDB that will not open: every storage use says so, nothing breaks', async ({
	page
}) => {
	const uncaught: string[] = [];
	page.on('pageerror', (e) => uncaught.push(e.message));
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	});
	await page.goto('/playground');
	const blocked = /this browser does not let the app store data here/;
	await expect(page.getByTestId('storage-notice')).toContainText(blocked);
	await expect(list(page).getByRole('alert')).toContainText(
		/^Saved conversations could not be read: this browser/
	);

	await say(page, 'A large language model');
	await expect(replies(page)).toContainText(/\d+ tokens/);
	await expect(page.getByTestId('save-error')).toContainText(
		/^The conversation could not be saved: this browser/
	);

	await list(page).getByLabel('Import conversations (JSON)').setInputFiles(exportFile('Demo'));
	await expect(page.getByTestId('import-message')).toContainText(
		/^Nothing was imported: this browser/
	);
	expect(uncaught).toEqual([]);
});

test('a full disk on write: saving, importing and settings say so, and keep the turns', async ({
	page
}) => {
	const uncaught: string[] = [];
	page.on('pageerror', (e) => uncaught.push(e.message));
	await page.addInitScript(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.goto('/playground');
	await say(page, 'A large language model');
	await expect(replies(page)).toContainText(/\d+ tokens/);
	await expect(page.getByTestId('save-error')).toContainText(
		/^The conversation could not be saved: the storage this site may use is full\. Delete/
	);
	await expect(questions(page)).toHaveCount(1);

	await list(page).getByLabel('Import conversations (JSON)').setInputFiles(exportFile('Demo'));
	await expect(page.getByTestId('import-message')).toContainText(
		/^Nothing was imported: the storage this site may use is full/
	);

	await page.getByRole('button', { name: /^Theme:/ }).click();
	await expect(page.getByTestId('storage-notice')).toContainText(
		/^Your settings \(theme, engine\) could not be saved: the storage this site may use is full/
	);
	expect(uncaught).toEqual([]);
});

test('at 360 px a long unbroken title does not widen the page; its Markdown export works', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/playground');
	const title = 'x'.repeat(190);
	await list(page).getByLabel('Import conversations (JSON)').setInputFiles(exportFile(title));
	await expect(page.getByTestId('import-message')).toHaveText('Imported 1 conversation.');
	await expect(list(page).getByRole('button', { name: title, exact: true })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		list(page)
			.getByRole('button', { name: `Export “${title}” as Markdown` })
			.click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.md$/);
});

test('a damaged saved conversation beside good ones: the good ones are listed, and the page says one was skipped', async ({
	page
}) => {
	const uncaught: string[] = [];
	page.on('pageerror', (e) => uncaught.push(e.message));
	await page.goto('/playground');
	await say(page, 'A large language model');
	await expect(replies(page)).toContainText(/\d+ tokens/);
	// Planted past every check, as an older version, DevTools or a broken disk would leave them:
	// another good conversation, and one whose turns are a 5 MB string instead of a list.
	const damaged = {
		id: 'damaged',
		title: 'Damaged',
		createdAt: 1,
		updatedAt: 9e12,
		system: '',
		turns: 'x'.repeat(5_000_000)
	};
	const put = (rows: object[]) =>
		page.evaluate(
			(rows) =>
				new Promise<void>((done, fail) => {
					const open = indexedDB.open('genai-live');
					open.onsuccess = () => {
						const tx = open.result.transaction('conversations', 'readwrite');
						for (const row of rows) tx.objectStore('conversations').put(row);
						tx.oncomplete = () => (open.result.close(), done());
						tx.onerror = () => fail(tx.error);
					};
				}),
			rows
		);
	await put([
		{
			id: 'planted',
			title: 'Planted talk',
			createdAt: 1,
			updatedAt: 2,
			system: '',
			turns: [{ role: 'user', content: 'Hello from before' }]
		},
		damaged
	]);
	await page.reload();

	await expect(
		list(page).getByRole('button', { name: 'A large language model', exact: true })
	).toBeVisible();
	await expect(list(page).getByRole('button', { name: 'Planted talk', exact: true })).toBeVisible();
	await expect(list(page).getByRole('listitem')).toHaveCount(2);
	await expect(list(page).getByTestId('conversations-skipped')).toHaveText(
		/^1 saved conversation could not be read .* is not shown/
	);
	// The good ones open and go on as before; the damaged one stays as it was stored.
	await list(page).getByRole('button', { name: 'Planted talk', exact: true }).click();
	await expect(questions(page)).toHaveCount(1);
	await expect(questions(page)).toContainText('Hello from before');
	await say(page, 'Top-k is the simple');
	await expect(replies(page)).toContainText(/\d+ tokens/);
	const stored = await page.evaluate(
		() =>
			new Promise<number>((done) => {
				const open = indexedDB.open('genai-live');
				open.onsuccess = () => {
					const get = open.result
						.transaction('conversations')
						.objectStore('conversations')
						.get('damaged');
					get.onsuccess = () => done((get.result as { turns: string }).turns.length);
				};
			})
	);
	expect(stored).toBe(5_000_000);
	expect(uncaught).toEqual([]);
});
