import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { startServer } from '../scripts/serve.mjs';
import { pngSize, waitUntilOfflineReady } from './pwa';

test.use({ serviceWorkers: 'allow' }); // offline, from the service worker

test.describe('installable offline app', () => {
	test('serves a valid web manifest with drawn icons of the declared sizes', async ({
		page,
		request
	}) => {
		await page.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href).toBeTruthy();
		const manifestUrl = new URL(href!, page.url()).href;
		const res = await request.get(manifestUrl);
		expect(res.ok()).toBe(true);
		expect(res.headers()['content-type']).toContain('application/manifest+json');
		const manifest = await res.json();
		expect(manifest).toMatchObject({
			name: 'GenAI Live',
			short_name: 'GenAI Live',
			start_url: '/',
			scope: '/',
			display: 'standalone'
		});
		expect(manifest.description.length).toBeGreaterThan(20);
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
		expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
		const purposes = manifest.icons.map((i: { purpose: string }) => i.purpose);
		expect(purposes).toContain('maskable');
		for (const size of ['192x192', '512x512']) {
			expect(manifest.icons.some((i: { sizes: string }) => i.sizes === size)).toBe(true);
		}
		for (const icon of manifest.icons) {
			const png = await request.get(new URL(icon.src, manifestUrl).href);
			expect(png.headers()['content-type']).toBe('image/png');
			const { width, height } = pngSize(await png.body());
			expect(`${width}x${height}`).toBe(icon.sizes);
		}
	});

	test('after the first visit, the start page and deep links render offline', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitUntilOfflineReady(page);
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'GenAI Live' })).toBeVisible();
		for (const [path, heading] of [
			['/playground', 'Playground'],
			['/concepts', 'Concepts'],
			['/models/no-such-model', 'Page not found']
		] as const) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		}
	});

	test('a new version waits behind an "Update available" control and never reloads by itself', async ({
		page
	}) => {
		// A private copy of the build, so this test can deploy a "new version" of it.
		const dir = await mkdtemp(join(tmpdir(), 'genai-live-update-'));
		await cp(process.env.E2E_BUILD ?? 'build', dir, { recursive: true });
		const server = await startServer({ dir, port: 0 });
		try {
			await page.goto(server.url);
			await waitUntilOfflineReady(page);
			await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

			// Deploy: any byte change to sw.js is a new version to the browser.
			const sw = join(dir, 'sw.js');
			await writeFile(sw, `${await readFile(sw, 'utf8')}\n// next version\n`);
			// A deploy replaces the precompressed copies too (the server sends them first).
			await rm(`${sw}.br`, { force: true });
			await rm(`${sw}.gz`, { force: true });
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

			const banner = page.getByRole('status').filter({ hasText: 'Update available' });
			await expect(banner).toBeVisible({ timeout: 30_000 });
			await page.waitForTimeout(1500); // give a self-reload every chance to happen
			expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

			// Only the user's click activates the new worker and reloads.
			await Promise.all([
				page.waitForEvent('framenavigated'),
				banner.getByRole('button', { name: 'Reload to update' }).click()
			]);
			await expect(page.getByRole('heading', { level: 1, name: 'GenAI Live' })).toBeVisible();
			expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(
				undefined
			);
			await expect(page.getByText('Update available')).toHaveCount(0);
		} finally {
			await server.close();
			await rm(dir, { recursive: true, force: true });
		}
	});
});
