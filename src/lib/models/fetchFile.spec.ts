// Fetching one file (fetchFile.ts), through whole downloads against a real HTTP server with
// injected faults: what is retried, what is refused and named, and that nothing wrong is stored.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteFiles, getFile } from '$lib/webllm/cache';
import { webllmHasModel } from '$lib/webllm/upstream';
import { cacheState } from './inventory';
import { downloadModel, fast, useTinyModel, type TinyModel } from './testModel';
import type { ModelEntry } from './catalogue';

const t = useTinyModel();
let dir: string;
let fixture: TinyModel['fixture'];
let server: TinyModel['server'];
let model: ModelEntry;
beforeAll(() => ({ dir, fixture, server, model } = t));
const shardFetches = (name: string) => t.fetches(name);

describe('fetching one file', () => {
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

	it('rejects a shard whose size differs from tensor-cache.json and stores none of it', async () => {
		server.setFaults({ 'params_shard_0.bin': { kind: 'wrongSize', times: 5 } });
		const error = await downloadModel(model, fast).catch((e) => e);
		expect(error).toMatchObject({ code: 'size-mismatch', file: 'params_shard_0.bin' });
		expect(error.message).toMatch(
			/params_shard_0\.bin has \d+ bytes but the model's tensor-cache\.json says \d+/
		);
		expect(await webllmHasModel(model)).toBe(false);
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
});

describe('nothing false is stored', () => {
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

	it('a file sent without Content-Length is fine below the cap', async () => {
		server.setFaults({
			'tiny-model.wasm': { kind: 'noLength', times: 1 },
			'tokenizer.json': { kind: 'noLength', times: 1 }
		});
		await downloadModel(model, fast);
		expect(await cacheState(model)).toMatchObject({ state: 'ready' });
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
