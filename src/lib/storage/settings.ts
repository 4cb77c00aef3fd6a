// Typed settings over the app database. A stored value that fails its check reads as the default,
// so a value written by a future version (or by hand in DevTools) can never break the page.
// Storage failures never reject: settings are a convenience, so the value holds for this visit
// and the app-wide notice (storageNotice.svelte.ts) says why it will not be remembered.
import { appDb } from './db';
import { describeStorageError } from './errors';
import { storageNotice } from './storageNotice.svelte';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
	theme: ThemeChoice;
	/** The engine every experiment and the playground use: "builtin" or a model id. */
	engine: string;
	/** Models the user deleted whose files stay because another model uses them (modelStore). */
	releasedModels: string[];
}

const defaults: Settings = { theme: 'system', engine: 'builtin', releasedModels: [] };

const valid: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
	theme: (v): v is ThemeChoice => v === 'system' || v === 'light' || v === 'dark',
	engine: (v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200,
	releasedModels: (v): v is string[] =>
		Array.isArray(v) &&
		v.length <= 1000 &&
		v.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 200)
};

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
	let value: unknown;
	try {
		value = await (await appDb()).get('settings', key);
	} catch (e) {
		storageNotice.report(describeStorageError('read-settings', e));
		return defaults[key];
	}
	return valid[key](value) ? value : defaults[key];
}

export async function setSetting<K extends keyof Settings>(
	key: K,
	value: Settings[K]
): Promise<void> {
	if (!valid[key](value)) throw new Error(`Invalid value for setting "${key}": ${String(value)}`);
	try {
		await (await appDb()).put('settings', value, key);
	} catch (e) {
		storageNotice.report(describeStorageError('save-settings', e));
	}
}
