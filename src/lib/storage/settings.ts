// Typed settings over the app database. A stored value that fails its check reads as the default,
// so a value written by a future version (or by hand in DevTools) can never break the page.
import { appDb } from './db';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
	theme: ThemeChoice;
	/** The engine every experiment and the playground use: "builtin" or a model id. */
	engine: string;
}

const defaults: Settings = { theme: 'system', engine: 'builtin' };

const valid: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
	theme: (v): v is ThemeChoice => v === 'system' || v === 'light' || v === 'dark',
	engine: (v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200
};

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
	const value = await (await appDb()).get('settings', key);
	return valid[key](value) ? value : defaults[key];
}

export async function setSetting<K extends keyof Settings>(
	key: K,
	value: Settings[K]
): Promise<void> {
	if (!valid[key](value)) throw new Error(`Invalid value for setting "${key}": ${String(value)}`);
	await (await appDb()).put('settings', value, key);
}
