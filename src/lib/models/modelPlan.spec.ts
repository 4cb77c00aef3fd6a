// Reading the description files (modelPlan.ts): a model whose files WebLLM could not read is
// refused before any weight is fetched, with each problem named, and leaves nothing behind.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allKeys, descriptionFiles, putFile } from '$lib/webllm/cache';
import { cacheState } from './inventory';
import { downloadModel, fast, useTinyModel, type TinyModel } from './testModel';
import type { ModelEntry } from './catalogue';

const t = useTinyModel();
let dir: string;
let server: TinyModel['server'];
let model: ModelEntry;
beforeAll(() => ({ dir, server, model } = t));

describe('the description files', () => {
	const storedCount = async () => {
		let n = 0;
		for (const scope of ['webllm/model', 'webllm/config', 'webllm/wasm'] as const)
			n += (await allKeys(scope)).length;
		return n;
	};

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
});
