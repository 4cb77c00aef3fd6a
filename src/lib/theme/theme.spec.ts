import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { nextTheme } from './theme';

describe('theme', () => {
	it('cycles system → light → dark → system', () => {
		expect(nextTheme('system')).toBe('light');
		expect(nextTheme('light')).toBe('dark');
		expect(nextTheme('dark')).toBe('system');
	});

	it('remembers the chosen theme across a reload, and ignores a corrupt stored value', async () => {
		globalThis.indexedDB = new IDBFactory();
		const first = await import('$lib/storage/settings');
		expect(await first.getSetting('theme')).toBe('system');
		await first.setSetting('theme', 'dark');

		// A reload: fresh modules, fresh connection, same database.
		vi.resetModules();
		const second = await import('$lib/storage/settings');
		expect(await second.getSetting('theme')).toBe('dark');

		const { appDb } = await import('$lib/storage/db');
		await (await appDb()).put('settings', 'purple', 'theme');
		expect(await second.getSetting('theme')).toBe('system');
		await expect(second.setSetting('theme', 'purple' as never)).rejects.toThrow(/Invalid value/);
	});
});
