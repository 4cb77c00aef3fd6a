// The two stores WebLLM 0.2.86 can read a model from (cacheBackend "indexeddb" or "cache"), side
// by side in Chromium on the same bytes: the time to store N shards (one IndexedDB put per file,
// as our downloader and WebLLM's ArtifactIndexedDBCache do, against one Cache API put per file,
// as WebLLM's ArtifactCache does), the time to read them all back (what reload() does before it
// uploads the weights), and what each says when the origin's quota is too small (Chromium's
// DevTools protocol lowers the quota for the test origin). WebLLM's own reload() is not timed:
// it needs a model library, which this machine cannot fetch. Run: node scripts/bench/cache-backends.mjs
import { chromium } from '@playwright/test';
import { chromiumPath, quietArgs } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * @param {import('@playwright/test').Page} page
 * @param {'indexeddb' | 'cache'} backend
 * @param {number} shards
 * @param {number} shardBytes
 */
function storeAndRead(page, backend, shards, shardBytes) {
	return page.evaluate(
		async ({ backend, shards, shardBytes }) => {
			const urls = Array.from({ length: shards }, (_, i) => `https://example.test/shard_${i}.bin`);
			const data = urls.map((_, i) => new Uint8Array(shardBytes).fill(i).buffer);
			/** @type {IDBDatabase | undefined} */
			let db;
			/** @type {Cache | undefined} */
			let cache;
			if (backend === 'indexeddb')
				db = await new Promise((resolve, reject) => {
					const r = indexedDB.open('bench-cache-backends', 1);
					r.onupgradeneeded = () => r.result.createObjectStore('urls', { keyPath: 'url' });
					r.onsuccess = () => resolve(r.result);
					r.onerror = () => reject(r.error);
				});
			else cache = await caches.open('bench-cache-backends');
			const idb = (
				/** @type {IDBTransactionMode} */ mode,
				/** @type {(s: IDBObjectStore) => IDBRequest} */ op
			) =>
				new Promise((resolve, reject) => {
					const tx = /** @type {IDBDatabase} */ (db).transaction('urls', mode);
					const req = op(tx.objectStore('urls'));
					tx.oncomplete = () => resolve(req.result);
					tx.onerror = tx.onabort = () => reject(tx.error ?? req.error);
				});
			let error = '';
			const t0 = performance.now();
			try {
				for (let i = 0; i < shards; i++) {
					if (db) await idb('readwrite', (s) => s.put({ url: urls[i], data: data[i] }));
					else await /** @type {Cache} */ (cache).put(urls[i], new Response(data[i]));
				}
			} catch (e) {
				error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
			}
			const stored = performance.now() - t0;
			const t1 = performance.now();
			let bytes = 0;
			if (!error)
				for (const url of urls) {
					if (db)
						bytes += /** @type {any} */ (await idb('readonly', (s) => s.get(url))).data.byteLength;
					else
						bytes += (
							await /** @type {Response} */ (
								await /** @type {Cache} */ (cache).match(url)
							).arrayBuffer()
						).byteLength;
				}
			const read = performance.now() - t1;
			db?.close();
			await new Promise((r) => {
				const d = indexedDB.deleteDatabase('bench-cache-backends');
				d.onsuccess = d.onerror = r;
			});
			await caches.delete('bench-cache-backends');
			return { stored, read, bytes, error };
		},
		{ backend, shards, shardBytes }
	);
}

export async function cacheBackendBench({ shards = 16, shardBytes = 4_000_000, repeats = 5 } = {}) {
	const site = await startServer({ dir: 'build', port: 0 });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietArgs });
	const mb = (shards * shardBytes) / 1e6;
	const rows = [];
	try {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(site.url);
		for (const backend of /** @type {const} */ (['indexeddb', 'cache'])) {
			const store = [];
			const read = [];
			for (let i = 0; i < repeats; i++) {
				const r = await storeAndRead(page, backend, shards, shardBytes);
				store.push(r.stored);
				read.push(r.read);
			}
			rows.push({
				backend,
				'model (MB)': mb.toFixed(1),
				'store (MB/s)': (mb / (median(store) / 1000)).toFixed(0),
				'read back (MB/s)': (mb / (median(read) / 1000)).toFixed(0)
			});
		}
		// At the quota: an origin allowed 20 MB asked to store the same model.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', {
			origin: new URL(site.url).origin,
			quotaSize: 20_000_000
		});
		for (const row of rows) {
			const r = await storeAndRead(page, row.backend, shards, shardBytes);
			row['at a 20 MB quota'] = r.error || 'stored (no error)';
		}
		await context.close();
	} finally {
		await browser.close();
		await site.close();
	}
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.table(await cacheBackendBench());
}
