// WebLLM's IndexedDB cache layout (cacheBackend "indexeddb", read from its bundled tvmjs code):
// one database per scope, version 1, object store "urls" with keyPath "url", values {url, data}.
// Keys are absolute URLs. JSON files are stored parsed or as bytes depending on how WebLLM reads
// them back: tensor-cache.json as an object, mlc-chat-config.json as an ArrayBuffer.
// models/webllmCache.spec.ts checks this against WebLLM's own hasModelInCache.
import { openDB, type IDBPDatabase } from 'idb';

export type CacheScope = 'webllm/model' | 'webllm/config' | 'webllm/wasm';
export const cacheScopes: CacheScope[] = ['webllm/model', 'webllm/config', 'webllm/wasm'];
const STORE = 'urls';

export interface CachedFile {
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

/** Closes the connections (tests reset the fake IndexedDB between cases). */
export async function closeCaches(): Promise<void> {
	for (const db of dbs.values()) (await db).close();
	dbs.clear();
}
