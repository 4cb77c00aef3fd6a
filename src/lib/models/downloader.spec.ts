// The download queue (downloader.ts) against a real HTTP server on 127.0.0.1 and WebLLM's own
// cache functions and reload() under fake-indexeddb: the layout contract test lives here.
import { beforeAll, afterEach, describe, expect, it, vi } from 'vitest';
import { allKeys, deleteFiles, getFile, putFile } from '$lib/webllm/cache';
import { cacheableLibraryUrl } from '$lib/webllm/record';
import { webllmDeleteModel, webllmHasModel, webllmReload } from '$lib/webllm/upstream';
import { cacheState } from './inventory';
import { deleteModel } from './storageUse';
import { DownloadError } from './errors';
import type { DownloadProgress } from './progress';
import { downloadModel, fast, useTinyModel, type TinyModel } from './testModel';
import type { ModelEntry } from './catalogue';

const t = useTinyModel();
let fixture: TinyModel['fixture'];
let server: TinyModel['server'];
let model: ModelEntry;
beforeAll(() => ({ fixture, server, model } = t));
const shardFetches = (name: string) => t.fetches(name);

describe('downloading into WebLLM’s cache', () => {
	it('fills the layout WebLLM reads: its own hasModelInCache agrees, before and after delete', async () => {
		expect(await webllmHasModel(model)).toBe(false);
		const progress: DownloadProgress[] = [];
		const plan = await downloadModel(model, { ...fast, onProgress: (p) => progress.push(p) });
		expect(plan.weightBytes).toBe(fixture.totalBytes);
		expect(plan.files.map((f) => f.name)).toEqual([
			'mlc-chat-config.json',
			'tensor-cache.json',
			...fixture.shards,
			'tokenizer.json',
			'tiny-model.wasm'
		]);
		expect(await webllmHasModel(model)).toBe(true);
		expect(await cacheState(model)).toEqual({ state: 'ready', bytes: fixture.totalBytes });

		// Byte progress only grows, ends complete, and reports a speed.
		const downloading = progress.filter((p) => p.phase === 'downloading');
		expect(downloading.length).toBeGreaterThan(fixture.shards.length);
		for (let i = 1; i < downloading.length; i++) {
			expect(downloading[i]!.doneBytes).toBeGreaterThanOrEqual(downloading[i - 1]!.doneBytes);
		}
		expect(progress.at(-1)).toMatchObject({ phase: 'done', filesDone: plan.files.length });

		await deleteModel(model);
		expect(await webllmHasModel(model)).toBe(false);
		expect(await cacheState(model)).toEqual({ state: 'absent' });
	});

	it('WebLLM’s own delete removes what we stored (same keys in all three databases)', async () => {
		await downloadModel(model, fast);
		await webllmDeleteModel(model);
		expect(await webllmHasModel(model)).toBe(false);
		// WebLLM leaves tensor-cache.json behind; we report that as incomplete, not ready.
		expect((await cacheState(model)).state).not.toBe('ready');
	});

	it('fails on a 404 naming the file, then resumes without fetching finished files again', async () => {
		server.setFaults({ 'params_shard_3.bin': { kind: 'status', value: 404, times: 1 } });
		const error = await downloadModel(model, { ...fast, parallel: 1 }).catch((e) => e);
		expect(error).toBeInstanceOf(DownloadError);
		expect(error.message).toContain('params_shard_3.bin was not found');
		expect(shardFetches('params_shard_3.bin')).toBe(1); // a 404 is not retried
		expect(await cacheState(model)).toMatchObject({ state: 'partial' });

		server.reset();
		await downloadModel(model, fast);
		expect(server.requests()).toEqual(['params_shard_3.bin', 'tokenizer.json', 'tiny-model.wasm']);
		expect(await webllmHasModel(model)).toBe(true);
	});

	it('reports byte progress per file while files are in flight', async () => {
		const seen = new Set<string>();
		await downloadModel(model, {
			...fast,
			onProgress: (p) => p.active.forEach((a) => a.received > 0 && seen.add(a.name))
		});
		expect([...seen].sort()).toEqual(
			[...fixture.shards, 'tiny-model.wasm', 'tokenizer.json'].sort()
		);
	});

	it('publishes progress at most four times a second, however many chunks arrive', async () => {
		let clock = 0;
		const at: number[] = [];
		const progress: DownloadProgress[] = [];
		await downloadModel(model, {
			...fast,
			progressIntervalMs: undefined, // the default pace
			now: () => (clock += 10), // each chunk seen 10 ms after the one before
			onProgress: (p) => {
				progress.push(p);
				if (p.phase === 'downloading') at.push(clock);
			}
		});
		expect(at.length).toBeGreaterThan(1);
		for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(250);
		const last = progress.at(-1)!;
		expect(last).toMatchObject({ phase: 'done', doneBytes: last.totalBytes });
		expect(last.totalBytes).toBeGreaterThan(fixture.totalBytes); // weights, tokenizer, library
	});

	it('refuses before fetching any shard when the quota is too small, saying how much is needed', async () => {
		const error = await downloadModel(model, {
			...fast,
			estimate: async () => ({ usage: 900_000, quota: 1_000_000 }),
			unknownFileAllowance: 100_000
		}).catch((e) => e);
		expect(error).toMatchObject({ code: 'quota' });
		// The shards, plus the allowance for the tokenizer and the library, whose sizes are unknown.
		expect(error.message).toMatch(/needs 1\.2\d MB more, but only 100 KB is free/);
		expect(server.requests().filter((r) => r.endsWith('.bin'))).toEqual([]);
		expect(await cacheState(model)).toEqual({ state: 'absent' }); // its descriptions went too
	});

	it('pausing aborts cleanly, and resuming completes without refetching stored shards', async () => {
		const pause = new AbortController();
		let paused = false;
		const first = downloadModel(model, {
			...fast,
			parallel: 1,
			signal: pause.signal,
			onProgress: (p) => {
				if (!paused && p.filesDone >= 4) {
					paused = true;
					pause.abort(new DOMException('Paused', 'AbortError'));
				}
			}
		});
		await expect(first).rejects.toMatchObject({ name: 'AbortError' });
		const before = server.requests().filter((r) => r.endsWith('.bin'));
		await downloadModel(model, fast);
		const after = server
			.requests()
			.filter((r) => r.endsWith('.bin'))
			.slice(before.length);
		// Shards finished before the pause were not fetched again.
		for (const s of after) expect(before.filter((b) => b === s).length).toBeLessThanOrEqual(1);
		expect(new Set([...before, ...after]).size).toBe(fixture.shards.length);
		expect(await webllmHasModel(model)).toBe(true);
	});
});

/** WebLLM's reload() with the network cut: each request it tries, each key it reads, its error. */
async function reloadOffline(entry: ModelEntry) {
	const requests: string[] = [];
	const reads = new Set<string>();
	const get = IDBObjectStore.prototype.get;
	const spy = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
		this: IDBObjectStore,
		key: IDBValidKey | IDBKeyRange
	) {
		reads.add(`${this.transaction.db.name} ${String(key)}`);
		return get.call(this, key);
	});
	vi.stubGlobal('fetch', async (url: RequestInfo | URL) => {
		requests.push(String(url));
		throw new TypeError('Failed to fetch');
	});
	// reload() resolves relative URLs against the page, and its Emscripten runtime asks for the
	// script's folder when it sees Node: neither exists in an ES module under Node.
	vi.stubGlobal('location', { origin: 'http://localhost:4173' });
	vi.stubGlobal('__dirname', '/');
	try {
		const error: unknown = await webllmReload(entry).then(
			() => undefined,
			(e: unknown) => e
		);
		return { requests, reads: [...reads], error: String(error) };
	} finally {
		spy.mockRestore();
		vi.unstubAllGlobals();
	}
}

describe('bring-your-own models on this computer load offline', () => {
	// WebLLM 0.2.86 never caches a model library whose URL contains "localhost"
	// ($lib/webllm/record.ts): these cases check that what we store is what it then reads.
	const on = (host: string, libPath = '/libs/tiny-model.wasm'): ModelEntry => {
		const port = new URL(server.url).port;
		return {
			...model,
			id: `tiny-${host}-q4f32_1-MLC`,
			modelUrl: `http://${host}:${port}/models/tiny`,
			modelLib: `http://${host}:${port}${libPath}`
		};
	};
	const cases = [
		['served from localhost', () => on('localhost')],
		['served from 127.0.0.1', () => on('127.0.0.1')],
		['with "localhost" in the library path', () => on('127.0.0.1', '/localhost/tiny-model.wasm')]
	] as const;

	afterEach(() => vi.unstubAllGlobals());

	it.each(cases)(
		'%s: stored under exactly the keys WebLLM’s hasModelInCache and reload() read',
		async (_, make) => {
			const entry = make();
			const plan = await downloadModel(entry, fast);
			expect(server.requests()).toContain('tiny-model.wasm');
			expect(await webllmHasModel(entry)).toBe(true);
			expect(await cacheState(entry)).toEqual({ state: 'ready', bytes: fixture.totalBytes });

			const reload = await reloadOffline(entry);
			// Nothing fetched: config and library came from IndexedDB, and the fixture's library
			// (valid WebAssembly with no TVM inside) then failed in tvmjs, before the GPU step
			// (unreachable here).
			expect(reload.requests).toEqual([]);
			expect(reload.error).toContain('Cannot find TVMWasmAllocSpace,TVMWasmFreeSpace in exports');
			const planned = plan.files.map((f) => `${f.scope} ${f.url}`);
			expect(reload.reads).toEqual([planned[0], planned.at(-1)]);
			expect(reload.reads.join(' ')).not.toContain('localhost/');
		}
	);

	it('a library an older version stored under the localhost URL: partial, then moved offline', async () => {
		const entry = on('localhost');
		const plan = await downloadModel(entry, fast);
		const library = plan.files.at(-1)!;
		expect(library.url).toBe(cacheableLibraryUrl(entry.modelLib));
		expect(library.formerUrls).toEqual([entry.modelLib]);
		// What the previous version left: the same bytes under the user's own URL.
		await putFile('webllm/wasm', entry.modelLib, await getFile('webllm/wasm', library.url));
		await deleteFiles('webllm/wasm', [library.url]);
		expect(await cacheState(entry)).toMatchObject({ state: 'partial' });

		// Resuming needs no network: the stored copy is moved to the key WebLLM reads.
		await downloadModel(entry, { ...fast, fetch: () => Promise.reject(new Error('offline')) });
		expect(await cacheState(entry)).toMatchObject({ state: 'ready' });
		expect(await getFile('webllm/wasm', entry.modelLib)).toBeUndefined();
		expect((await reloadOffline(entry)).requests).toEqual([]);

		// And a delete removes both keys.
		await putFile('webllm/wasm', entry.modelLib, new ArrayBuffer(1));
		await deleteModel(entry);
		expect(await getFile('webllm/wasm', entry.modelLib)).toBeUndefined();
		expect(await getFile('webllm/wasm', library.url)).toBeUndefined();
		expect(await cacheState(entry)).toEqual({ state: 'absent' });
	});
});

describe('a failed download leaves an accurate state or nothing', () => {
	const storedCount = async () => {
		let n = 0;
		for (const scope of ['webllm/model', 'webllm/config', 'webllm/wasm'] as const)
			n += (await allKeys(scope)).length;
		return n;
	};

	it('a download that fails before any weight arrived leaves nothing behind', async () => {
		server.setFaults({ 'params_shard_0.bin': { kind: 'status', value: 404, times: 1 } });
		const error = await downloadModel(model, { ...fast, parallel: 1 }).catch((e) => e);
		expect(error).toMatchObject({ code: 'http', status: 404 });
		expect(await storedCount()).toBe(0);
		expect(await cacheState(model)).toEqual({ state: 'absent' });
	});

	it('a pause keeps the description files, to resume from', async () => {
		const pause = new AbortController();
		await expect(
			downloadModel(model, {
				...fast,
				signal: pause.signal,
				onProgress: (p) => p.phase === 'downloading' && pause.abort('paused')
			})
		).rejects.toBe('paused');
		expect(await cacheState(model)).toMatchObject({ state: 'partial', doneBytes: 0 });
	});
});
