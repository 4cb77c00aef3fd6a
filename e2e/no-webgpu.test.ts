import { expect, test } from './fixtures';
import { chromiumPath, quietArgs } from '../scripts/chromium.mjs';

test.use({ serviceWorkers: 'allow' }); // offline, from the service worker

// Chromium started without the WebGPU flags: navigator.gpu exists but finds no adapter.
test.use({ launchOptions: { executablePath: chromiumPath(), args: quietArgs } });

test.describe('without WebGPU', () => {
	test('a browser with WebGPU but no usable GPU explains the likely causes', async ({ page }) => {
		await page.goto('/');
		const gpu = page.getByTestId('gpu-status');
		await expect(gpu).toContainText('Unavailable');
		await expect(gpu).toContainText('WebGPU is not available');
		await expect(gpu).toContainText('hardware acceleration');
		await expect(gpu).toContainText('built-in statistical model');
	});

	test('a browser without navigator.gpu is told which browsers have it', async ({ page }) => {
		await page.addInitScript(() => {
			delete (Navigator.prototype as unknown as { gpu?: unknown }).gpu;
		});
		await page.goto('/');
		const gpu = page.getByTestId('gpu-status');
		await expect(gpu).toContainText('Unavailable');
		await expect(gpu).toContainText('Chrome or Edge 113');
		// The rest of the page still works.
		await expect(page.getByTestId('offline-status')).toContainText('Ready offline');
	});
});
