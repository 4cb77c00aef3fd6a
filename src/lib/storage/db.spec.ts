import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openAppDb } from './db';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

/** Creates the database exactly as version 1 of the app did, with a saved theme. */
function createVersion1(): Promise<void> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB_NAME, 1);
		req.onupgradeneeded = () => {
			const store = req.result.createObjectStore('settings');
			store.put('dark', 'theme');
		};
		req.onsuccess = () => {
			req.result.close();
			resolve();
		};
		req.onerror = () => reject(req.error);
	});
}

describe('app database', () => {
	it('creates every store on a fresh install', async () => {
		const db = await openAppDb();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual([
			'conversations',
			'customModels',
			'decks',
			'embeddings',
			'labs',
			'settings'
		]);
		db.close();
	});

	it('upgrades a version 1 database without losing its settings', async () => {
		await createVersion1();
		const db = await openAppDb();
		expect(db.version).toBe(DB_VERSION);
		expect(await db.get('settings', 'theme')).toBe('dark');
		await db.put('customModels', {
			id: 'my-model',
			modelUrl: 'https://example.org/m/',
			modelLibUrl: 'https://example.org/m.wasm',
			addedAt: 1
		});
		expect((await db.get('customModels', 'my-model'))?.modelUrl).toBe('https://example.org/m/');
		db.close();
	});

	it('adds the embeddings store to a version 5 database, keeping its decks', async () => {
		await new Promise<void>((resolve, reject) => {
			const req = indexedDB.open(DB_NAME, 5);
			req.onupgradeneeded = () => {
				const db = req.result;
				for (const name of ['settings', 'labs']) db.createObjectStore(name);
				db.createObjectStore('customModels', { keyPath: 'id' });
				db.createObjectStore('conversations', { keyPath: 'id' }).createIndex(
					'updatedAt',
					'updatedAt'
				);
				db.createObjectStore('decks', { keyPath: 'name' }).put({
					name: 'talk',
					slides: [],
					savedAt: 1
				});
			};
			req.onsuccess = () => {
				req.result.close();
				resolve();
			};
			req.onerror = () => reject(req.error);
		});
		const db = await openAppDb();
		expect((await db.get('decks', 'talk'))?.name).toBe('talk');
		await db.put(
			'embeddings',
			{
				model: 'm',
				fingerprint: 'f',
				count: 1,
				dimensions: 1,
				vectors: new Float32Array([1]),
				savedAt: 1
			},
			['m', 'f']
		);
		expect((await db.get('embeddings', ['m', 'f']))?.dimensions).toBe(1);
		db.close();
	});
});
