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
});
