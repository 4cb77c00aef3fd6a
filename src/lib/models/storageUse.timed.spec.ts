// Storage accounting (storageUse.ts): shared files kept for the models that use them and counted
// once, every stored byte counted, leftovers found, and deletes that need no network.
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { deleteFiles, descriptionFiles, putFile } from '$lib/webllm/cache';
import { webllmHasModel } from '$lib/webllm/upstream';
import { cacheState } from './inventory';
import { deleteLeftovers, deleteModel, storageUse } from './storageUse';
import { downloadModel, fast, useTinyModel, type TinyModel } from './testModel';
import type { ModelEntry } from './catalogue';

const t = useTinyModel();
let dir: string;
let server: TinyModel['server'];
let model: ModelEntry;
beforeAll(() => ({ dir, server, model } = t));

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
