// The downloader against a real HTTP server on 127.0.0.1 (with injected faults) and WebLLM's own
// cache functions and reload() under fake-indexeddb: the layout contract test lives here.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	allKeys,
	closeCaches,
	deleteFiles,
	descriptionFiles,
	getFile,
	putFile
} from '$lib/webllm/cache';
import { cacheableLibraryUrl } from '$lib/webllm/record';
import { webllmDeleteModel, webllmHasModel, webllmReload } from '$lib/webllm/upstream';
import { writeTinyModel } from '../../../scripts/fixtures/tiny-model.mjs';
import { startModelServer } from '../../../scripts/fixtures/model-server.mjs';
import {
	cacheState,
	deleteLeftovers,
	deleteModel,
	downloadModel,
	storageUse,
	type DownloadOptions,
	type DownloadProgress
} from './downloader';
import { DownloadError } from './errors';
import type { ModelEntry } from './catalogue';

let dir: string;
let fixture: ReturnType<typeof writeTinyModel>;
let server: Awaited<ReturnType<typeof startModelServer>>;
let model: ModelEntry;

const fast: DownloadOptions = {
	retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
	estimate: async () => ({ usage: 0, quota: 1e12 }),
	inactivityMs: 2000
};
const shardFetches = (name: string) => server.requests().filter((r) => r === name).length;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'tiny-model-'));
	fixture = writeTinyModel(dir, { shards: 4, shardBytes: 256 * 1024 });
	server = await startModelServer({ dir });
	model = {
		id: 'tiny-model-q4f32_1-MLC',
		family: 'Tiny test model',
		params: 1e6,
		quantization: 'q4f32_1',
		needsF16: false,
		kind: 'chat',
		vramMB: 10,
		contextWindow: 512,
		lowResource: true,
		// A Hugging Face style URL: WebLLM appends /resolve/main/, and so must we.
		modelUrl: `${server.url}/models/tiny`,
		modelLib: `${server.url}/libs/tiny-model.wasm`,
		estimatedBytes: fixture.totalBytes,
		custom: true
	};
});

afterAll(async () => {
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
	await closeCaches();
	globalThis.indexedDB = new IDBFactory();
	server.reset();
});

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

	it('retries a connection cut mid-body, and fetches completed shards only once', async () => {
		server.setFaults({ 'params_shard_1.bin': { kind: 'cut', value: 1000, times: 1 } });
		await downloadModel(model, fast);
		expect(await webllmHasModel(model)).toBe(true);
		expect(shardFetches('params_shard_1.bin')).toBe(2);
		for (const s of ['params_shard_0.bin', 'params_shard_2.bin', 'params_shard_3.bin']) {
			expect(shardFetches(s)).toBe(1);
		}
	});

	it('retries server errors with backoff', async () => {
		server.setFaults({ 'params_shard_2.bin': { kind: 'status', value: 503, times: 2 } });
		await downloadModel(model, fast);
		expect(shardFetches('params_shard_2.bin')).toBe(3);
	});

	it('drops a stalled connection after the inactivity timeout and tries again', async () => {
		server.setFaults({ 'params_shard_3.bin': { kind: 'stall', value: 100, times: 1 } });
		await downloadModel(model, { ...fast, inactivityMs: 300 });
		expect(shardFetches('params_shard_3.bin')).toBe(2);
		expect(await webllmHasModel(model)).toBe(true);
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

	it('rejects a shard whose size differs from tensor-cache.json and stores none of it', async () => {
		server.setFaults({ 'params_shard_0.bin': { kind: 'wrongSize', times: 5 } });
		const error = await downloadModel(model, fast).catch((e) => e);
		expect(error).toMatchObject({ code: 'size-mismatch', file: 'params_shard_0.bin' });
		expect(error.message).toMatch(
			/params_shard_0\.bin has \d+ bytes but the model's tensor-cache\.json says \d+/
		);
		expect(await webllmHasModel(model)).toBe(false);
	});

	it('refuses a model whose config names no tokenizer WebLLM can read, before any shard', async () => {
		const { readFileSync, writeFileSync } = await import('node:fs');
		const configPath = join(dir, 'mlc-chat-config.json');
		const original = readFileSync(configPath);
		writeFileSync(configPath, JSON.stringify({ tokenizer_files: ['vocab.txt'] }));
		try {
			const error = await downloadModel(model, fast).catch((e) => e);
			expect(error).toMatchObject({ code: 'bad-manifest', file: 'mlc-chat-config.json' });
			expect(error.message).toMatch(/neither tokenizer\.json nor tokenizer\.model/);
			expect(server.requests().filter((r) => r.endsWith('.bin'))).toEqual([]);
			// Refused before anything was stored: nothing is left to show as a partial download.
			expect(await cacheState(model)).toEqual({ state: 'absent' });
		} finally {
			writeFileSync(configPath, original);
		}
	});

	it('checks integrity hashes where the record has them, naming the file that fails', async () => {
		const { createHash } = await import('node:crypto');
		const { readFileSync } = await import('node:fs');
		const sri = (file: string) =>
			`sha256-${createHash('sha256')
				.update(readFileSync(join(dir, file)))
				.digest('base64')}`;
		const wrong = await downloadModel(
			{ ...model, integrity: { model_lib: 'sha256-AAAA' } },
			fast
		).catch((e) => e);
		expect(wrong).toMatchObject({ code: 'integrity', file: 'tiny-model.wasm' });
		expect(await webllmHasModel(model)).toBe(true); // weights stored, library not
		expect(await cacheState(model)).toMatchObject({ state: 'partial' });
		await downloadModel(
			{
				...model,
				integrity: {
					model_lib: sri('tiny-model.wasm'),
					tokenizer: { 'tokenizer.json': sri('tokenizer.json') }
				}
			},
			fast
		);
		expect(await cacheState(model)).toMatchObject({ state: 'ready' });
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

describe('nothing false is stored', () => {
	const storedCount = async () => {
		let n = 0;
		for (const scope of ['webllm/model', 'webllm/config', 'webllm/wasm'] as const)
			n += (await allKeys(scope)).length;
		return n;
	};

	it('a library URL that answers with an HTML page fails, names the page, and is never ready', async () => {
		server.setFaults({ 'tiny-model.wasm': { kind: 'html', times: 99 } });
		const error = await downloadModel(model, fast).catch((e) => e);
		expect(error).toMatchObject({ code: 'bad-file', file: 'tiny-model.wasm' });
		expect(error.message).toMatch(/is not a WebAssembly model library: the server sent a web page/);
		expect(server.requests().filter((r) => r === 'tiny-model.wasm')).toHaveLength(1); // not retried
		expect(await getFile('webllm/wasm', model.modelLib)).toBeUndefined();
		// The weights are there, the library is not: partly downloaded, with true numbers.
		expect(await cacheState(model)).toEqual({
			state: 'partial',
			doneBytes: fixture.totalBytes,
			totalBytes: fixture.totalBytes
		});
		server.reset();
		await downloadModel(model, fast);
		expect(server.requests()).toEqual(['tiny-model.wasm']);
		expect(await cacheState(model)).toMatchObject({ state: 'ready' });
	});

	it('a library stored without this check (random bytes) is not ready, and a resume replaces it', async () => {
		const plan = await downloadModel(model, fast);
		const library = plan.files.at(-1)!;
		// What an older version stored without looking.
		await putFile(library.scope, library.url, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]).buffer);
		expect(await cacheState(model)).toMatchObject({ state: 'partial' });
		server.reset();
		await downloadModel(model, fast);
		expect(server.requests()).toEqual(['tiny-model.wasm']);
		expect(await cacheState(model)).toMatchObject({ state: 'ready' });
	});

	it('a file sent without Content-Length is fine below the cap', async () => {
		server.setFaults({
			'tiny-model.wasm': { kind: 'noLength', times: 1 },
			'tokenizer.json': { kind: 'noLength', times: 1 }
		});
		await downloadModel(model, fast);
		expect(await cacheState(model)).toMatchObject({ state: 'ready' });
	});

	it('a malformed weight list is refused with each problem named, once, and stores nothing', async () => {
		const { readFileSync, writeFileSync } = await import('node:fs');
		const path = join(dir, 'tensor-cache.json');
		const original = readFileSync(path, 'utf8');
		const index = JSON.parse(original);
		index.records[3].nbytes = -5;
		index.records[1].dataPath = '../../elsewhere/params.bin';
		writeFileSync(path, JSON.stringify(index));
		try {
			const error = await downloadModel(model, fast).catch((e) => e);
			expect(error).toMatchObject({ code: 'bad-manifest', file: 'tensor-cache.json' });
			expect(error.problems).toContain('records[3].nbytes must be a positive integer (got -5)');
			expect(error.message).toContain('records[1].dataPath must name a file in the model folder');
			expect(server.requests().filter((r) => r === 'tensor-cache.json')).toHaveLength(1);
			expect(await storedCount()).toBe(0); // not even the config, fetched before it
			expect(await cacheState(model)).toEqual({ state: 'absent' });
		} finally {
			writeFileSync(path, original);
		}
	});

	it('a download that fails before any weight arrived leaves nothing behind', async () => {
		server.setFaults({ 'params_shard_0.bin': { kind: 'status', value: 404, times: 1 } });
		const error = await downloadModel(model, { ...fast, parallel: 1 }).catch((e) => e);
		expect(error).toMatchObject({ code: 'http', status: 404 });
		expect(await storedCount()).toBe(0);
		expect(await cacheState(model)).toEqual({ state: 'absent' });
	});

	it('a redirect loop is named as such, not as a network fault, and not retried', async () => {
		server.setFaults({ 'mlc-chat-config.json': { kind: 'redirect', times: 1000 } });
		const error = await downloadModel(model, fast).catch((e) => e);
		expect(error).toMatchObject({ code: 'redirect', file: 'mlc-chat-config.json' });
		expect(error.message).toMatch(
			/redirects mlc-chat-config\.json in a way the browser cannot follow/
		);
		expect(error.message).not.toMatch(/Check the network/);
	});

	it('refuses a plain http:// address on another machine before any request, saying why', async () => {
		const requests: string[] = [];
		const error = await downloadModel(
			{ ...model, modelUrl: 'http://192.168.1.20:8000/models/tiny' },
			{
				...fast,
				fetch: async (url) => {
					requests.push(String(url));
					throw new TypeError('Failed to fetch');
				}
			}
		).catch((e) => e);
		expect(error).toMatchObject({ code: 'blocked' });
		expect(error.message).toMatch(/plain http:\/\/ works only on this computer/);
		expect(requests).toEqual([
			String(new URL('/models/tiny/resolve/main/mlc-chat-config.json', 'http://192.168.1.20:8000'))
		]);
	});

	it('caps a library of unknown size, and refuses an announced one over the cap unread', async () => {
		const plan = await downloadModel(model, fast);
		const library = plan.files.at(-1)!;
		await deleteFiles('webllm/wasm', [library.url]);
		const chunk = new Uint8Array(4 * 1024 * 1024);
		chunk.set([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
		let pulled = 0;
		const endless = () =>
			new Response(
				new ReadableStream({
					pull(c) {
						pulled++;
						c.enqueue(chunk);
					}
				})
			);
		const withLibrary =
			(respond: () => Response): typeof fetch =>
			async (url, init) =>
				String(url) === library.url ? respond() : fetch(url, init);
		const streamed = await downloadModel(model, { ...fast, fetch: withLibrary(endless) }).catch(
			(e) => e
		);
		expect(streamed).toMatchObject({ code: 'too-large', file: 'tiny-model.wasm' });
		expect(streamed.message).toMatch(
			/larger than 67\.1 MB, far more than a WebAssembly model library needs/
		);
		expect(pulled).toBeLessThanOrEqual(18); // stopped at the cap, not at the end of the stream
		pulled = 0;
		const announced = await downloadModel(model, {
			...fast,
			fetch: withLibrary(() => {
				const r = endless();
				return new Response(r.body, { headers: { 'content-length': String(5e9) } });
			})
		}).catch((e) => e);
		expect(announced).toMatchObject({ code: 'too-large' });
		expect(announced.message).toMatch(/^tiny-model\.wasm is 5\.00 GB/);
		expect(pulled).toBeLessThanOrEqual(2);
		expect(await getFile('webllm/wasm', library.url)).toBeUndefined();
	});
});

describe('models that share files', () => {
	const twin = (id: string, lib = model.modelLib): ModelEntry => ({ ...model, id, modelLib: lib });

	it('deleting one twin keeps what the other uses; deleting the other removes everything', async () => {
		const a = twin('twin-a-q4f32_1-MLC');
		const b = twin('twin-b-q4f32_1-MLC');
		await downloadModel(a, fast);
		// Same folder, same library: b is complete too, by the same files.
		expect(await cacheState(b)).toMatchObject({ state: 'ready' });
		const first = await deleteModel(a, [b]);
		expect(first.deleted).toBe(0);
		expect(first.kept.map((k) => k.usedBy)).toEqual(first.kept.map(() => [b.id]));
		expect(await webllmHasModel(b)).toBe(true);
		expect(await cacheState(b)).toMatchObject({ state: 'ready' });
		const second = await deleteModel(b, []);
		expect(second.kept).toEqual([]);
		expect(await cacheState(b)).toEqual({ state: 'absent' });
		expect((await storageUse([a, b])).modelBytes + (await storageUse([a, b])).leftovers.bytes).toBe(
			0
		);
	});

	it('a model that shares only the library keeps it for the other, and counts it once', async () => {
		const other: ModelEntry = {
			...model,
			id: 'other-q4f32_1-MLC',
			modelUrl: `${server.url}/models/other`
		};
		await downloadModel(model, fast);
		await downloadModel(other, fast);
		const use = await storageUse([model, other]);
		const lib = 64 * 1024;
		expect(use.models.find((m) => m.id === model.id)?.sharedWith).toEqual([other.id]);
		expect(use.leftovers).toEqual({ files: 0, bytes: 0 });
		const each = use.models.find((m) => m.id === model.id)!.bytes;
		expect(use.modelBytes).toBe(2 * each - lib);
		const result = await deleteModel(model, [other]);
		expect(result.kept).toEqual([{ name: 'tiny-model.wasm', usedBy: [other.id] }]);
		expect(await cacheState(model)).toEqual({ state: 'absent' });
		expect(await cacheState(other)).toMatchObject({ state: 'ready' });
	});
});

describe('counting and deleting without the description files', () => {
	it('deletes every file of a model whose description files are gone, at once and offline', async () => {
		await downloadModel(model, fast);
		const { config, tensorCache } = descriptionFiles(model);
		await deleteFiles(config.scope, [config.url]);
		await deleteFiles(tensorCache.scope, [tensorCache.url]);
		expect(await cacheState(model)).toEqual({
			state: 'partial',
			doneBytes: null,
			totalBytes: null
		});
		const fetches = vi.fn();
		vi.stubGlobal('fetch', fetches);
		const started = performance.now();
		await deleteModel(model);
		vi.unstubAllGlobals();
		expect(performance.now() - started).toBeLessThan(500);
		expect(fetches).not.toHaveBeenCalled();
		expect(await cacheState(model)).toEqual({ state: 'absent' });
		expect((await storageUse([model])).leftovers).toEqual({ files: 0, bytes: 0 });
	});

	it('counts every byte stored, and finds files no listed model claims', async () => {
		await downloadModel(model, fast);
		const { statSync, readdirSync } = await import('node:fs');
		const onDisk = readdirSync(dir)
			.filter((f) => f !== 'tensor-cache.json')
			.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
		const use = await storageUse([model]);
		// Every file's bytes; tensor-cache.json is stored parsed and counted as its JSON.
		expect(use.modelBytes).toBeGreaterThan(onDisk);
		expect(use.modelBytes).toBeLessThan(
			onDisk + statSync(join(dir, 'tensor-cache.json')).size + 100
		);
		await putFile(
			'webllm/model',
			'https://gone.example/m/resolve/main/params_shard_0.bin',
			new ArrayBuffer(1234)
		);
		expect((await storageUse([model])).leftovers).toEqual({ files: 1, bytes: 1234 });
		expect(await deleteLeftovers([model])).toBe(1);
		expect((await storageUse([model])).leftovers).toEqual({ files: 0, bytes: 0 });
		expect(await cacheState(model)).toMatchObject({ state: 'ready' });
	});
});

describe('a failed download leaves an accurate state or nothing', () => {
	it('a config left by an earlier attempt goes when the weight list then fails', async () => {
		const { config } = descriptionFiles(model);
		const { readFileSync } = await import('node:fs');
		await putFile(config.scope, config.url, readFileSync(join(dir, 'mlc-chat-config.json')).buffer);
		expect(await cacheState(model)).toEqual({
			state: 'partial',
			doneBytes: null,
			totalBytes: null
		});
		server.setFaults({ 'tensor-cache.json': { kind: 'status', value: 404, times: 1 } });
		await expect(downloadModel(model, fast)).rejects.toMatchObject({ code: 'http' });
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
