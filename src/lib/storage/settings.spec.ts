import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appDb } from './db';
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

describe('a damaged stored setting', () => {
	beforeEach(() => {
		storageNotice.problem = null;
	});
	const sound = {
		theme: (x: unknown) => ['system', 'light', 'dark'].includes(x as string),
		engine: (x: unknown) => typeof x === 'string' && x.length > 0,
		releasedModels: (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string')
	};
	const stored = async (key: string) => (await appDb()).get('settings', key);

	it('reads as the default, is named in the notice, stays as it was, and leaves the others alone', async () => {
		await setSetting('engine', 'mine-q4f16_1-MLC');
		await (await appDb()).put('settings', { mode: 'dark' }, 'theme');
		expect(await getSetting('theme')).toBe('system');
		expect(storageNotice.problem?.message).toMatch(
			/^1 saved setting could not be read \(damaged, or saved by another version of the app\).* Skipped: the theme; its default is used/
		);
		expect(await getSetting('engine')).toBe('mine-q4f16_1-MLC');
		expect(await stored('theme')).toEqual({ mode: 'dark' });
	});

	it('never throws on any stored value, and a good key beside it keeps its value', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom('theme', 'engine', 'releasedModels' as const),
				fc.jsonValue(),
				async (key, value) => {
					await setSetting('engine', 'kept');
					await (await appDb()).put('settings', value, key);
					const read = await getSetting(key);
					// The stored value where it is a sound setting, else the default.
					if (JSON.stringify(read) !== JSON.stringify(value))
						expect(read).toEqual({ theme: 'system', engine: 'builtin', releasedModels: [] }[key]);
					expect(sound[key](read)).toBe(true);
					if (key !== 'engine') expect(await getSetting('engine')).toBe('kept');
					expect(await stored(key)).toEqual(value);
				}
			),
			{ numRuns: 60 }
		);
	});
});
