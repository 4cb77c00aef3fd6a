// The downloader against a real HTTP server on 127.0.0.1 (with injected faults) and WebLLM's own
// cache functions and reload() under fake-indexeddb: the layout contract test lives here.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeCaches, getFile, putFile, deleteFiles } from '$lib/webllm/cache';
import { cacheableLibraryUrl } from '$lib/webllm/record';
import { webllmDeleteModel, webllmHasModel, webllmReload } from '$lib/webllm/upstream';
import { writeTinyModel } from '../../../scripts/fixtures/tiny-model.mjs';
import { startModelServer } from '../../../scripts/fixtures/model-server.mjs';
import {
	cacheState,
	deleteModel,
	downloadModel,
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
			expect(await cacheState(model)).toMatchObject({ state: 'partial' });
			await deleteModel(model);
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
			estimate: async () => ({ usage: 900_000, quota: 1_000_000 })
		}).catch((e) => e);
		expect(error).toMatchObject({ code: 'quota' });
		expect(error.message).toMatch(/needs 1\.\d+ MB more, but only 100 KB is free/);
		expect(server.requests().filter((r) => r.endsWith('.bin'))).toEqual([]);
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
			// Nothing fetched: config and library came from IndexedDB, and the random bytes of the
			// fixture library then failed in WebAssembly, before the GPU step (unreachable here).
			expect(reload.requests).toEqual([]);
			expect(reload.error).toMatch(/CompileError|magic word/);
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
