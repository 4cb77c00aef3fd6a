import { expect, test, type Page } from './fixtures';
import { expectNoSeriousA11yIssues } from './a11y';
import { conceptSlugs } from '../src/lib/concepts/schema';
import { waitUntilOfflineReady } from './pwa';

/** The page's prepared-prompt experiment ("Try it"), apart from any lab on the same page. */
const promptExperiment = (page: Page) =>
	page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: 'Try it', exact: true }) })
		.first();

async function runExperiment(page: Page) {
	const experiment = promptExperiment(page);
	const output = experiment.getByTestId('experiment-output');
	await experiment.getByRole('button', { name: 'Run', exact: true }).click();
	await expect(experiment.getByTestId('experiment-stats')).toContainText(/\d+ tokens/);
	return (await output.innerText()).trim();
}

test.describe('concept index', () => {
	test('groups every concept and searches from the keyboard', async ({ page }) => {
		await page.goto('/concepts');
		for (const group of ['Foundations', 'Architectures', 'Techniques', 'Uses', 'Context']) {
			await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
		}
		await expect(page.locator('main a[href*="/concepts/"]')).toHaveCount(conceptSlugs.length);

		// "/" focuses the search box from anywhere on the page.
		await page.locator('h1').click();
		await page.keyboard.press('/');
		const search = page.getByRole('searchbox', { name: 'Search concepts' });
		await expect(search).toBeFocused();
		await page.keyboard.type('nucleus');
		const results = page.getByRole('list', { name: 'Search results' });
		await expect(results.getByRole('link').first()).toContainText('Top-k and top-p sampling');
		await expect(results.locator('mark').first()).toHaveText(/nucleus/i);
		await expect(page.getByRole('status')).toContainText(/concepts? match/);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/concepts\/top-k-top-p$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Top-k and top-p sampling');
	});

	test('arrow keys move through results and Enter opens the chosen one', async ({ page }) => {
		await page.goto('/concepts');
		const search = page.getByRole('searchbox', { name: 'Search concepts' });
		await search.fill('latent space');
		const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
		await expect(links.first()).toBeVisible();
		const second = (await links.nth(1).getAttribute('href'))!;
		await search.press('ArrowDown');
		await expect(links.first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(search).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${second}$`));
	});

	test('says so when nothing matches', async ({ page }) => {
		await page.goto('/concepts');
		await page.getByRole('searchbox', { name: 'Search concepts' }).fill('zyxwvut');
		await expect(page.getByRole('status')).toHaveText('No concept matches “zyxwvut”.');
	});

	test('has no serious accessibility violations', async ({ page }) => {
		await page.goto('/concepts');
		await expect(page.getByRole('heading', { level: 2, name: 'Context' })).toBeVisible();
		await expectNoSeriousA11yIssues(page);
		await page.getByRole('searchbox', { name: 'Search concepts' }).fill('gan');
		await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
		await expectNoSeriousA11yIssues(page);
	});
});

test.describe('concept page', () => {
	test('runs its experiment on the built-in engine, streaming, repeatable by seed', async ({
		page
	}) => {
		await page.goto('/concepts/temperature');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Temperature');
		await expect(page.getByTestId('experiment-engine')).toContainText(
			'Engine: Built-in trigram model'
		);
		await expect(page.getByTestId('engine-control')).toContainText(
			'Engine: Built-in trigram model'
		);
		await expect(page.getByTestId('experiment-output')).toContainText('Press Run');
		const first = await runExperiment(page);
		expect(first.length).toBeGreaterThan('A low temperature makes'.length + 5);
		expect(first.startsWith('A low temperature makes')).toBe(true);
		// Same seed, same draw: the output repeats exactly.
		expect(await runExperiment(page)).toBe(first);

		// At temperature 0 the text follows the most likely path, the same on every run.
		const tryIt = page.getByRole('region', { name: 'Try it' });
		await tryIt.getByLabel('Temperature').fill('0');
		await page.getByRole('button', { name: 'Run with a new seed' }).click();
		await expect(page.getByTestId('experiment-stats')).toBeVisible();
		const greedy = (await page.getByTestId('experiment-output').innerText()).trim();
		await page.getByRole('button', { name: 'Run with a new seed' }).click();
		await expect(page.getByTestId('experiment-stats')).toBeVisible();
		expect((await page.getByTestId('experiment-output').innerText()).trim()).toBe(greedy);

		await tryIt.getByRole('button', { name: 'Reset', exact: true }).click();
		await expect(tryIt.getByLabel('Temperature')).toHaveValue('1');
	});

	test('Stop ends a long generation mid-stream', async ({ page }) => {
		await page.goto('/concepts/history');
		await page.getByLabel('Max tokens').fill('200');
		// With this seed and temperature the model would write all 200 tokens (about 4 s).
		await page.getByLabel('Temperature').fill('1.5');
		await page.getByLabel('Seed').fill('23');
		await page.getByRole('button', { name: 'Run', exact: true }).click();
		const stop = page.getByRole('button', { name: 'Stop' });
		await expect(page.getByTestId('experiment-output').getByRole('option').first()).toBeVisible();
		// dispatchEvent skips Playwright's scroll-and-settle checks, which on a loaded 2-core CI
		// machine can outlast the whole 4 s stream; the click itself is the same DOM event.
		await stop.dispatchEvent('click');
		await expect(page.getByTestId('experiment-stats')).toContainText(/\d+ tokens, stopped/);
		const shown = await page.getByTestId('experiment-output').getByRole('option').count();
		expect(shown).toBeLessThan(200);
		await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
	});

	test('hides presenter notes in reading view and shows them on request', async ({ page }) => {
		await page.goto('/concepts/gans');
		await expect(page.getByTestId('presenter-notes')).toHaveCount(0);
		await page.getByRole('button', { name: 'Show presenter notes' }).click();
		await expect(page.getByTestId('presenter-notes')).toContainText('Talking points');
		await expect(page.getByRole('button', { name: 'Hide presenter notes' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.goto('/concepts/gans?notes=1');
		await expect(page.getByTestId('presenter-notes')).toBeVisible();
	});

	test('links to related concepts, use cases and its neighbours in reading order', async ({
		page
	}) => {
		await page.goto('/concepts/generative-ai');
		await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(/\/concepts\/large-language-models$/);
		await page.locator('a[rel="prev"]').click();
		await expect(page).toHaveURL(/\/concepts\/generative-ai$/);
		const related = page.getByRole('region', { name: 'Related concepts' }).getByRole('link');
		expect(await related.count()).toBeGreaterThanOrEqual(2);
		await expect(page.getByRole('region', { name: 'Where it shows up' })).toContainText(
			'Software development'
		);
		await related.first().click();
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Generative AI');

		await page.goto(`/concepts/${conceptSlugs.at(-1)}`);
		await expect(page.locator('a[rel="next"]')).toHaveCount(0);
	});

	test('an unknown concept gets a not-found page with the search, started from its address', async ({
		page
	}) => {
		await page.goto('/concepts/sampling-temperature');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such concept');
		const search = page.getByRole('searchbox', { name: 'Search concepts' });
		await expect(search).toHaveValue('sampling temperature');
		await expect(
			page.getByRole('list', { name: 'Search results' }).getByRole('link').first()
		).toContainText('Temperature');
		await search.fill('nucleus');
		await search.press('Enter');
		await expect(page).toHaveURL(/\/concepts\/top-k-top-p$/);

		// Under a sub-path too (the sub-path build, on the next port).
		const port = Number(process.env.E2E_PORT ?? 4173) + 1;
		await page.goto(`http://localhost:${port}/genai-live/concepts/quantum-blockchain`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such concept');
		await expect(page.getByRole('searchbox', { name: 'Search concepts' })).toHaveValue(
			'quantum blockchain'
		);
	});

	for (const slug of ['temperature', 'gans', 'history']) {
		test(`${slug} has no serious accessibility violations`, async ({ page }) => {
			await page.goto(`/concepts/${slug}`);
			// A toy page's experiment trains instead (e2e/toys.test.ts checks it there).
			if (!toyPages[slug]) await runExperiment(page);
			await page.getByRole('button', { name: 'Show presenter notes' }).click();
			await expectNoSeriousA11yIssues(page);
		});
	}
});

/** Pages whose experiment is a generative toy, and the toy's test id. */
const toyPages: Partial<Record<string, string>> = {
	'diffusion-models': 'toy-diffusion2d',
	gans: 'toy-gan2d',
	vaes: 'toy-vae'
};

test.describe(() => {
	test.use({ serviceWorkers: 'allow' }); // offline, from the service worker
	test('every concept page renders offline and runs its experiment', async ({ page, context }) => {
		test.setTimeout(180_000);
		await page.goto('/');
		await waitUntilOfflineReady(page);
		await context.setOffline(true);
		for (const slug of conceptSlugs) {
			await page.goto(`/concepts/${slug}`);
			await expect(page.getByRole('heading', { level: 1 }), slug).not.toBeEmpty();
			// A visitor who reaches for the page's labs (End scrolls there) gets them at once.
			await page.keyboard.press('End');
			const toy = toyPages[slug];
			if (toy) {
				// A trained toy instead of a prompt (e2e/toys.test.ts trains it): its code loads offline.
				await expect(page.getByTestId(toy).getByRole('heading', { name: /^Try it/ })).toBeVisible();
				await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
				continue;
			}
			// Every experiment's code arrived from the offline copy (none stuck or failed to load).
			await expect(page.getByText('Loading the experiment…')).toHaveCount(0);
			await expect(page.getByText('This experiment could not be loaded')).toHaveCount(0);
			await expect(page.getByRole('heading', { name: 'Try it', exact: true })).toBeVisible();
			const prompt = await promptExperiment(page)
				.getByRole('textbox', { name: 'Text to continue' })
				.inputValue();
			const text = await runExperiment(page);
			expect(text.startsWith(prompt), slug).toBe(true);
			expect(text.length, slug).toBeGreaterThan(prompt.length);
		}
	});
});
