// Typed settings over the app database, each key read through its own valibot schema by the one
// stored-record reader (records.ts). A stored value that fails its schema (written by a future
// version, by hand in DevTools, or damaged) reads as the default and is named in the app-wide
// notice; it is left as it is (only a user's change replaces it), and it never affects the other
// keys. Storage failures never reject: settings are a convenience, so the value holds for this
// visit and the notice (storageNotice.svelte.ts) says why it will not be remembered.
import * as v from 'valibot';
import { appDb } from './db';
import { describeStorageError } from './errors';
import { readRecord, skippedText } from './records';
import { storageNotice } from './storageNotice.svelte';

const name = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

const schemas = {
	theme: v.picklist(['system', 'light', 'dark']),
	/** The engine every experiment and the playground use: "builtin" or a model id. */
	engine: name,
	/** Models the user deleted whose files stay because another model uses them (modelStore). */
	releasedModels: v.pipe(v.array(name), v.maxLength(1000))
};

type Settings = { [K in keyof typeof schemas]: v.InferOutput<(typeof schemas)[K]> };
export type ThemeChoice = Settings['theme'];

const defaults: Settings = { theme: 'system', engine: 'builtin', releasedModels: [] };

/** How the notice names a setting. */
const settingNames: Record<keyof Settings, string> = {
	theme: 'theme',
	engine: 'engine choice',
	releasedModels: 'list of deleted models whose shared files stay'
};

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
	let value: unknown;
	try {
		value = await (await appDb()).get('settings', key);
	} catch (e) {
		storageNotice.report(describeStorageError('read-settings', e));
		return defaults[key];
	}
	if (value === undefined) return defaults[key];
	const { record, why } = readRecord(schemas[key], value);
	if (record !== undefined) return record as Settings[K];
	const skipped = skippedText({ one: 'saved setting', many: 'saved settings' }, 1);
	storageNotice.report({
		code: 'damaged',
		// The schema's own words (why) stay in the detail: they are for bug reports, not a projector.
		message: `${skipped} Skipped: the ${settingNames[key]}; its default is used until you change it.`,
		detail: why ?? ''
	});
	return defaults[key];
}

export async function setSetting<K extends keyof Settings>(
	key: K,
	value: Settings[K]
): Promise<void> {
	if (!v.is(schemas[key], value))
		throw new Error(`Invalid value for setting "${key}": ${String(value)}`);
	try {
		await (await appDb()).put('settings', value, key);
	} catch (e) {
		storageNotice.report(describeStorageError('save-settings', e));
	}
}
