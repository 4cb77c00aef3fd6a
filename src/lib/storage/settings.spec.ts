import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { getSetting, setSetting } from './settings';
import { storageNotice } from './storageNotice.svelte';

afterEach(() => vi.unstubAllGlobals());

it('without storage, settings read as defaults, save for the visit only, and say why once', async () => {
	vi.stubGlobal('indexedDB', {
		open() {
			throw new DOMException('denied', 'SecurityError');
		}
	});
	expect(await getSetting('theme')).toBe('system');
	expect(storageNotice.problem?.message).toMatch(
		/^Your saved settings could not be read: this browser does not let the app store data here/
	);
	await expect(setSetting('theme', 'dark')).resolves.toBeUndefined();
	expect(storageNotice.problem?.message).toMatch(
		/^Your settings \(theme, engine\) could not be saved/
	);
	// Dismissed, the same cause does not come back on the next click.
	storageNotice.dismiss();
	await setSetting('theme', 'light');
	expect(storageNotice.problem).toBeNull();

	vi.unstubAllGlobals();
	await setSetting('theme', 'dark');
	expect(await getSetting('theme')).toBe('dark');
});
