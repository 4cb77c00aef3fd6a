import { expect, test } from './fixtures';
import { waitUntilOfflineReady } from './pwa';

test.use({ serviceWorkers: 'allow' }); // offline, from the service worker

// The build made with BASE_PATH=/genai-live, served under that path (playwright.config.ts).
const site = `http://localhost:${Number(process.env.E2E_PORT ?? 4173) + 1}/genai-live`;

test('a sub-path build works under its path, online and offline', async ({ page, context }) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!url.pathname.startsWith('/genai-live/')) outside.push(url.pathname);
	});
	await page.goto(`${site}/`);
	await expect(page.getByRole('heading', { level: 1, name: 'GenAI Live' })).toBeVisible();
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Models' })
	).toHaveAttribute('href', '/genai-live/models');

	const manifest = await (await page.request.get(`${site}/manifest.webmanifest`)).json();
	expect(manifest.start_url).toBe('/genai-live/');
	expect(manifest.scope).toBe('/genai-live/');
	expect(manifest.icons[0].src).toMatch(/^\/genai-live\/icons\//);

	await waitUntilOfflineReady(page);
	expect(
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)
	).toBe(`${site}/`);
	expect(outside).toEqual([]);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'GenAI Live' })).toBeVisible();
	await page.goto(`${site}/present`);
	const deck = page.getByTestId('deck');
	await expect(deck.getByRole('heading', { level: 1, name: 'Generative AI' })).toBeVisible();
	await expect(deck.getByRole('link', { name: 'Leave' })).toHaveAttribute(
		'href',
		'/genai-live/concepts'
	);
	await page.goto(`${site}/check`);
	await expect(page.getByRole('heading', { level: 1, name: 'Readiness check' })).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Playground' })
		.click();
	await expect(page).toHaveURL(`${site}/playground`);
	await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
});
