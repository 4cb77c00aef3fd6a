// The store as the Models page uses it, against the fixture model server and fake-indexeddb:
// names JavaScript objects carry work end to end, a storage failure becomes a message, and twins
// deleted one at a time each end in their true state.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeTinyModel } from '../../../scripts/fixtures/tiny-model.mjs';
import { startModelServer } from '../../../scripts/fixtures/model-server.mjs';

let dir: string;
let server: Awaited<ReturnType<typeof startModelServer>>;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'model-store-'));
	writeTinyModel(dir, { shards: 2, shardBytes: 32 * 1024 });
	server = await startModelServer({ dir });
});
afterAll(async () => {
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

/** A fresh store over a fresh IndexedDB (the store and its databases are module singletons). */
async function freshStore() {
	vi.resetModules();
	globalThis.indexedDB = new IDBFactory();
	const { modelStore } = await import('./modelStore.svelte');
	await modelStore.init();
	return modelStore;
}

const input = (name: string, folder = name) => ({
	name,
	modelUrl: `${server.url}/m/${folder}`,
	modelLibUrl: `${server.url}/l/tiny-model.wasm`
});

beforeEach(() => server.reset());

describe('the model store', () => {
	it('reads no status from Object.prototype, and runs models named like its properties', async () => {
		const store = await freshStore();
		for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
			expect(store.status[id]).toBeUndefined();
		for (const id of ['__proto__', 'constructor']) {
			expect(await store.addCustom(input(id))).toBeNull();
			expect(store.status[id]).toEqual({ kind: 'absent' });
			await store.download(id);
			expect(store.status[id]).toMatchObject({ kind: 'ready' });
		}
		expect(store.status['toString']).toBeUndefined();
		expect(store.get('__proto__')?.modelUrl).toBe(`${server.url}/m/__proto__`);
	});

	it('refuses the built-in engine’s name and a catalogue model’s', async () => {
		const store = await freshStore();
		expect((await store.addCustom(input('builtin')))?.name).toMatch(/built-in engine/);
		expect((await store.addCustom(input('qwen3-0.6b-q4f32_1-mlc')))?.name).toMatch(
			/“Qwen3-0.6B-q4f32_1-MLC” already exists/
		);
	});

	it('says so when the browser’s storage fails while adding, and adds nothing', async () => {
		const store = await freshStore();
		const open = vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		});
		vi.resetModules(); // a fresh app database connection, which now fails to open
		const { modelStore } = await import('./modelStore.svelte');
		const errors = await modelStore.addCustom(input('blocked-q4f32_1-MLC'));
		open.mockRestore();
		expect(errors?.form).toMatch(/^The model was not added: /);
		expect(modelStore.custom).toEqual([]);
		expect(store.custom).toEqual([]);
	});

	it('twins deleted one at a time: each ends in its true state, the shared files go last', async () => {
		const store = await freshStore();
		await store.addCustom(input('twin-a', 'shared'));
		await store.addCustom(input('twin-b', 'shared'));
		await store.download('twin-a');
		expect(store.status['twin-a']).toMatchObject({ kind: 'ready' });
		expect(store.status['twin-b']).toMatchObject({ kind: 'ready' }); // the same files
		await store.count();
		expect(store.usage?.models.find((m) => m.id === 'twin-a')?.sharedWith).toEqual(['twin-b']);

		const deleting = store.remove('twin-a');
		expect(store.status['twin-a']).toEqual({ kind: 'deleting' }); // at once, before any await
		await deleting;
		expect(store.status['twin-a']).toEqual({ kind: 'absent', keptFor: ['twin-b'] });
		expect(store.status['twin-b']).toMatchObject({ kind: 'ready' });

		// A reload (a fresh store over the same databases) remembers which twin was deleted.
		vi.resetModules();
		const { modelStore: reloaded } = await import('./modelStore.svelte');
		await reloaded.init();
		expect(reloaded.status['twin-a']).toEqual({ kind: 'absent' });
		expect(reloaded.status['twin-b']).toMatchObject({ kind: 'ready' });

		await reloaded.remove('twin-b');
		expect(reloaded.status['twin-b']).toEqual({ kind: 'absent' });
		await reloaded.count();
		expect(reloaded.usage).toMatchObject({ modelBytes: 0, leftovers: { files: 0 } });

		// Downloading the first twin again brings it back.
		await reloaded.download('twin-a');
		expect(reloaded.status['twin-a']).toMatchObject({ kind: 'ready' });
	});

	it('a damaged saved model is skipped and named, never hides the good one, and is never written back', async () => {
		vi.resetModules();
		globalThis.indexedDB = new IDBFactory();
		const { appDb } = await import('$lib/storage/db');
		const db = await appDb();
		const damaged = { id: 'damaged', modelUrl: ['not', 'a', 'url'], addedAt: 'yesterday' };
		await db.put('customModels', damaged as never);
		const { modelUrl, modelLibUrl } = input('good');
		await db.put('customModels', { id: 'good-q4f32_1-MLC', modelUrl, modelLibUrl, addedAt: 1 });
		const { modelStore } = await import('./modelStore.svelte');
		await modelStore.init();
		expect(modelStore.custom.map((m) => m.id)).toEqual(['good-q4f32_1-MLC']);
		expect(modelStore.notice).toMatch(
			/^1 model of your own could not be read .* Skipped: “damaged” \(modelUrl: /
		);
		// Adding another model (a write to the same store) leaves the damaged record as it was.
		expect(await modelStore.addCustom(input('later-q4f32_1-MLC'))).toBeNull();
		expect(await db.get('customModels', 'damaged')).toEqual(damaged);
	});
});
