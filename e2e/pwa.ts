// Helpers for the offline tests: wait for the service worker, read PNG sizes.
import { expect, type Page } from '@playwright/test';

/** Waits until a service worker controls the page and the status strip says the shell is cached. */
export async function waitUntilOfflineReady(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
		timeout: 30_000
	});
	await expect(page.getByTestId('offline-status')).toContainText('Ready offline', {
		timeout: 30_000
	});
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
