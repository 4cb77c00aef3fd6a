// What of a model is in WebLLM's cache, read from the cache alone (never the network). A model's
// files are found by their folder (every key of the folder shares its URL as prefix) plus its
// library, so counting and deleting need neither the network nor the description files.
// - A library is read back and checked: an older version stored whatever the server sent, and a
//   web page stored as a library made a model look ready.
// - A file an older version stored under another key (formerUrls in $lib/webllm/cache.ts) counts
//   as missing, since WebLLM would not find it; a resume moves it, offline (adoptFormerCopy).
import {
	cacheScopes,
	deleteFiles,
	descriptionFiles,
	getFile,
	hasFile,
	keysUnder,
	libraryOf,
	modelFolder,
	type CacheScope,
	type CachedModelFile
} from '$lib/webllm/cache';
import { contentProblem } from '$lib/webllm/fileChecks';
import { storeFile } from './fetchFile';
import { storedPlan } from './modelPlan';
import type { ModelEntry } from './catalogue';

export type CacheState =
	| { state: 'absent' }
	/** Sizes are null when the description files are missing or wrong (WebLLM's own delete keeps
	 *  tensor-cache.json; an older version kept whatever it got): only a resume can tell. */
	| { state: 'partial'; doneBytes: number | null; totalBytes: number | null }
	| { state: 'ready'; bytes: number };

export type Key = { scope: CacheScope; url: string };
export const keyId = (k: Key) => `${k.scope} ${k.url}`;

/** The keys of a model's folder, in both scopes that hold folder files. */
async function folderKeys(model: ModelEntry): Promise<Key[]> {
	const folder = modelFolder(model);
	const scopes: CacheScope[] = ['webllm/config', 'webllm/model'];
	const keys = await Promise.all(scopes.map((scope) => keysUnder(scope, folder)));
	return scopes.flatMap((scope, i) => keys[i]!.map((url) => ({ scope, url })));
}

/**
 * The keys a model has in the cache: its folder's, and its library's (under the current and any
 * former key). `library: 'if-folder'` claims the library only for a model that has folder files:
 * a model never downloaded does not own the library it shares with one that was.
 */
export async function keysOf(model: ModelEntry, library: 'always' | 'if-folder'): Promise<Key[]> {
	const keys = await folderKeys(model);
	if (library === 'if-folder' && keys.length === 0) return [];
	const lib = libraryOf(model);
	for (const url of [lib.url, ...(lib.formerUrls ?? [])])
		if (await hasFile(lib.scope, url)) keys.push({ scope: lib.scope, url });
	return keys;
}

export async function deleteKeys(keys: Key[]): Promise<void> {
	for (const scope of cacheScopes) {
		const urls = keys.filter((k) => k.scope === scope).map((k) => k.url);
		if (urls.length) await deleteFiles(scope, urls);
	}
}

/**
 * Stored, and what it claims to be. Only the library is read back to check. With `repair`, a
 * library that fails is deleted so the download fetches it again.
 */
async function storedAndSound(file: CachedModelFile, repair: boolean): Promise<boolean> {
	if (file.kind !== 'library') return hasFile(file.scope, file.url);
	const data = await getFile(file.scope, file.url);
	if (data === undefined) return false;
	const sound = data instanceof ArrayBuffer && contentProblem(file, new Uint8Array(data)) === null;
	if (!sound && repair) await deleteFiles(file.scope, [file.url]);
	return sound;
}

/** A file stored under a former key, moved to the key WebLLM reads; true when it was there. */
async function adoptFormerCopy(file: CachedModelFile): Promise<boolean> {
	for (const former of file.formerUrls ?? []) {
		const data = await getFile(file.scope, former);
		if (data === undefined) continue;
		await storeFile(file, data);
		await deleteFiles(file.scope, [former]);
		return true;
	}
	return false;
}

/** The files a download still has to fetch: missing ones, and libraries that fail their check. */
export async function missingFiles(files: CachedModelFile[]): Promise<CachedModelFile[]> {
	const present = await Promise.all(
		files.map(async (f) => (await storedAndSound(f, true)) || (await adoptFormerCopy(f)))
	);
	return files.filter((_, i) => !present[i]);
}

/**
 * After a failed download: if the model's folder holds nothing but its two description files
 * (no weight, no tokenizer arrived, now or in an earlier attempt), they would show as a download
 * that got nowhere ("0 B of 0 B" once), so they go too, and the model reads as not downloaded.
 */
export async function dropLoneDescriptions(model: ModelEntry): Promise<void> {
	const { config, tensorCache } = descriptionFiles(model);
	const keys = await folderKeys(model);
	if (keys.some((k) => k.url !== config.url && k.url !== tensorCache.url)) return;
	await deleteKeys(keys);
}

/**
 * What of a model is in the cache now. A library alone (another model's, at the same address) is
 * not this model's download.
 */
export async function cacheState(model: ModelEntry): Promise<CacheState> {
	const keys = await folderKeys(model);
	if (keys.length === 0) return { state: 'absent' };
	const plan = await storedPlan(model);
	if (!plan) return { state: 'partial', doneBytes: null, totalBytes: null };
	const stored = new Set(keys.map((k) => k.url));
	const present = await Promise.all(
		plan.files.map((f) => (f.kind === 'library' ? storedAndSound(f, false) : stored.has(f.url)))
	);
	const doneBytes = plan.files.reduce(
		(s, f, i) => s + (present[i] ? (f.expectedBytes ?? 0) : 0),
		0
	);
	return present.every(Boolean)
		? { state: 'ready', bytes: plan.weightBytes }
		: { state: 'partial', doneBytes, totalBytes: plan.weightBytes };
}
