// WebLLM's IndexedDB cache, as its reload() reads it (cacheBackend "indexeddb"; read from the
// bundled tvmjs code, ArtifactIndexedDBCache): one database per scope (`webllm/model`,
// `webllm/config`, `webllm/wasm`), version 1, object store "urls" with keyPath "url", values
// {url, data}. Keys are absolute URLs. WebLLM returns `data` as it finds it, so each file must be
// stored the way WebLLM would have stored it: tensor-cache.json parsed (it asks for "json"),
// everything else as an ArrayBuffer (mlc-chat-config.json included: it asks for "arraybuffer").
// A file WebLLM finds here is never fetched; one it does not find is fetched and stored.
//
// Which store (measured 2026-12-07, scripts/bench/cache-backends.mjs, Chromium, 16 × 4 MB
// shards, medians of 5, the 2-core machine under a load of about 30): storing is alike (IndexedDB
// 20–32 MB/s, the Cache API 23–28 MB/s, one put per file each); reading back, as reload() does,
// the Cache API was 4–10× faster (142–319 against 30–34 MB/s). At a quota lowered to 20 MB the
// Cache API refused with QuotaExceededError; IndexedDB stored the 64 MB without an error under
// that DevTools override, so its behaviour at a real quota is not settled by this. The choice
// stays IndexedDB for now: the downloader, the inventory, resume and the upstream tripwire tests
// are built on this layout. The read-back figures argue for moving to "cache" next (WebLLM's
// ArtifactCache layout), measured with a real reload() on a machine that can fetch a library.
//
// `reloadFiles` is the list of files reload() reads for a model, each with its scope and key: the
// downloader fills exactly this list, and cache.spec.ts and src/lib/models/downloader.spec.ts
// check it against WebLLM's own source, its hasModelInCache and its reload() under
// fake-indexeddb.
import type { AppConfig } from '@mlc-ai/web-llm';
import { openDB, type IDBPDatabase } from 'idb';
import type { ModelEntry } from '$lib/models/catalogue';
import { modelBaseUrl, toWebllmRecord, type WebllmRecord } from './record';

export type CacheScope = 'webllm/model' | 'webllm/config' | 'webllm/wasm';
export const cacheScopes: CacheScope[] = ['webllm/model', 'webllm/config', 'webllm/wasm'];
const STORE = 'urls';

/** The appConfig that makes WebLLM read and write the layout described here. */
export function appConfigFor(record: WebllmRecord): AppConfig {
	return { model_list: [record], cacheBackend: 'indexeddb' };
}

export interface CachedModelFile {
	/** The key WebLLM looks the file up under, and the URL it would fetch it from. */
	url: string;
	scope: CacheScope;
	/** The file name, for messages and progress. */
	name: string;
	/** What the file is: decides how it is checked before it is stored (fileChecks.ts). */
	kind: 'config' | 'tensor-cache' | 'shard' | 'tokenizer' | 'library';
	/** How WebLLM reads it back: parsed JSON, or the bytes as an ArrayBuffer. */
	storedAs: 'json' | 'bytes';
	/** Known from tensor-cache.json for weight shards; unknown for the rest until fetched. */
	expectedBytes?: number;
	/** Subresource-integrity hash ("sha256-…") where the model record carries one. */
	integrity?: string;
	/** Keys older versions of this app stored the same file under (see record.ts). */
	formerUrls?: string[];
}

/** The part of mlc-chat-config.json that decides which files reload() reads. */
export interface ChatConfigFiles {
	tokenizer_files?: string[];
}

/** The part of tensor-cache.json that lists the weight shards. */
export interface TensorCacheIndex {
	records?: { dataPath: string; nbytes: number }[];
}

/** A file of the model's folder, keyed as WebLLM keys it (base URL + name). */
export function modelFileUrl(record: Pick<WebllmRecord, 'model'>, name: string): string {
	return new URL(name, modelBaseUrl(record.model)).href;
}

/**
 * The two description files, read before anything else (WebLLM reads no model_manifest for our
 * records: toWebllmRecord never sets one, so these are the default names in the model folder).
 */
export function descriptionFiles(entry: ModelEntry): {
	config: CachedModelFile;
	tensorCache: CachedModelFile;
} {
	const record = toWebllmRecord(entry);
	return {
		config: {
			url: modelFileUrl(record, 'mlc-chat-config.json'),
			scope: 'webllm/config',
			name: 'mlc-chat-config.json',
			kind: 'config',
			storedAs: 'bytes',
			integrity: record.integrity?.config
		},
		tensorCache: {
			url: modelFileUrl(record, 'tensor-cache.json'),
			scope: 'webllm/model',
			name: 'tensor-cache.json',
			kind: 'tensor-cache',
			storedAs: 'json'
		}
	};
}

/** WebLLM reads tokenizer.json when the config lists it, otherwise tokenizer.model. */
export function tokenizerFile(
	config: ChatConfigFiles
): 'tokenizer.json' | 'tokenizer.model' | null {
	const files = config.tokenizer_files ?? [];
	if (files.includes('tokenizer.json')) return 'tokenizer.json';
	if (files.includes('tokenizer.model')) return 'tokenizer.model';
	return null;
}

function lastSegment(url: string): string {
	try {
		return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
	} catch {
		return url;
	}
}

/** The model library, under the key reload() reads it from (see record.ts for localhost). */
function libraryFile(entry: ModelEntry, record: WebllmRecord): CachedModelFile {
	const url = record.model_lib;
	return {
		url,
		scope: 'webllm/wasm',
		name: lastSegment(url),
		kind: 'library',
		storedAs: 'bytes',
		integrity: record.integrity?.model_lib,
		...(entry.modelLib !== url ? { formerUrls: [entry.modelLib] } : {})
	};
}

/**
 * Every file WebLLM's reload() reads for a model, in download order (config, tensor-cache.json,
 * shards, tokenizer, library; reload itself reads config, library, tokenizer, tensor-cache.json,
 * shards). With all of them stored, reload() makes no request.
 */
export function reloadFiles(
	entry: ModelEntry,
	config: ChatConfigFiles,
	tensorCache: TensorCacheIndex
): CachedModelFile[] {
	const record = toWebllmRecord(entry);
	const { config: configFile, tensorCache: tensorFile } = descriptionFiles(entry);
	const base = modelBaseUrl(record.model);
	const files: CachedModelFile[] = [
		configFile,
		tensorFile,
		...(tensorCache.records ?? []).map((r) => ({
			url: new URL(r.dataPath, base).href,
			scope: 'webllm/model' as const,
			name: r.dataPath,
			kind: 'shard' as const,
			storedAs: 'bytes' as const,
			expectedBytes: r.nbytes
		}))
	];
	const tokenizer = tokenizerFile(config);
	if (tokenizer)
		files.push({
			url: modelFileUrl(record, tokenizer),
			scope: 'webllm/model',
			name: tokenizer,
			kind: 'tokenizer',
			storedAs: 'bytes',
			integrity: record.integrity?.tokenizer?.[tokenizer]
		});
	files.push(libraryFile(entry, record));
	return files;
}

/**
 * Where a model's files live: every file of its folder (config, tensor-cache.json, shards,
 * tokenizer) is keyed under this prefix, in webllm/config and webllm/model; only the library is
 * elsewhere (libraryOf). So a model's files can be found, counted and deleted without its
 * description files, which a failed or foreign download may lack.
 */
export function modelFolder(entry: ModelEntry): string {
	return modelBaseUrl(toWebllmRecord(entry).model);
}

/** The model library's file: the key reload() reads, and any former key (record.ts). */
export function libraryOf(entry: ModelEntry): CachedModelFile {
	return libraryFile(entry, toWebllmRecord(entry));
}

interface CachedFile {
	url: string;
	data: ArrayBuffer | unknown;
}

const dbs = new Map<CacheScope, Promise<IDBPDatabase>>();

function open(scope: CacheScope): Promise<IDBPDatabase> {
	let db = dbs.get(scope);
	if (!db) {
		db = openDB(scope, 1, {
			upgrade(d) {
				if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE, { keyPath: 'url' });
			},
			blocking() {
				void dbs.get(scope)?.then((d) => d.close());
				dbs.delete(scope);
			}
		});
		dbs.set(scope, db);
	}
	return db;
}

/** Writes one whole file; a partial file never reaches the cache. */
export async function putFile(scope: CacheScope, url: string, data: ArrayBuffer | unknown) {
	await (await open(scope)).put(STORE, { url, data });
}

export async function hasFile(scope: CacheScope, url: string): Promise<boolean> {
	return (await (await open(scope)).getKey(STORE, url)) !== undefined;
}

export async function getFile<T = unknown>(scope: CacheScope, url: string): Promise<T | undefined> {
	return ((await (await open(scope)).get(STORE, url)) as CachedFile | undefined)?.data as T;
}

export async function deleteFiles(scope: CacheScope, urls: string[]): Promise<void> {
	const tx = (await open(scope)).transaction(STORE, 'readwrite');
	await Promise.all([...urls.map((u) => tx.store.delete(u)), tx.done]);
}

/**
 * Every key stored in a scope under a URL prefix (a model folder), read from the index alone.
 * A model's shards are found this way even when its tensor-cache.json is gone.
 */
export async function keysUnder(scope: CacheScope, prefix: string): Promise<string[]> {
	// Keys are URLs; U+FFFF sorts after every character a URL can contain.
	const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
	return (await (await open(scope)).getAllKeys(STORE, range)).map(String);
}

/** Every key of a scope (the storage panel looks for files no known model claims). */
export async function allKeys(scope: CacheScope): Promise<string[]> {
	return (await (await open(scope)).getAllKeys(STORE)).map(String);
}

/** How many bytes a stored file takes: its length, or its JSON's for a parsed file. */
export async function storedBytes(scope: CacheScope, url: string): Promise<number> {
	const data = await getFile(scope, url);
	if (data === undefined) return 0;
	if (data instanceof ArrayBuffer) return data.byteLength;
	if (ArrayBuffer.isView(data)) return data.byteLength;
	try {
		return new TextEncoder().encode(JSON.stringify(data) ?? '').byteLength;
	} catch {
		return 0;
	}
}

/** Closes the connections (tests reset the fake IndexedDB between cases). */
export async function closeCaches(): Promise<void> {
	for (const db of dbs.values()) (await db).close();
	dbs.clear();
}
