import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { appDb } from '$lib/storage/db';
import { loadVectors, saveVectors } from './vectorCache';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

const entry = (model: string, fingerprint: string) => ({
	model,
	fingerprint,
	count: 2,
	dimensions: 2,
	vectors: new Float32Array([1, 0, 0, 1])
});

describe('stored chunk vectors', () => {
	it('reads back what was saved, as a Float32Array, only for the same texts', async () => {
		await saveVectors(entry('snowflake', 'aaaa'));
		const got = (await loadVectors('snowflake', 'aaaa')).stored;
		expect(got?.vectors).toBeInstanceOf(Float32Array);
		expect([...got!.vectors]).toEqual([1, 0, 0, 1]);
		expect(got?.savedAt).toBeGreaterThan(0);
		expect(await loadVectors('snowflake', 'bbbb')).toEqual({ stored: null });
		expect(await loadVectors('other', 'aaaa')).toEqual({ stored: null });
	});

	it('keeps one version per model, and other models’ vectors', async () => {
		await saveVectors(entry('snowflake', 'aaaa'));
		await saveVectors(entry('snowflake-2', 'aaaa'));
		await saveVectors(entry('snowflake', 'bbbb'));
		expect((await loadVectors('snowflake', 'aaaa')).stored).toBeNull();
		expect((await loadVectors('snowflake', 'bbbb')).stored).not.toBeNull();
		expect((await loadVectors('snowflake-2', 'aaaa')).stored).not.toBeNull();
	});
});

describe('a damaged stored entry', () => {
	it('is skipped with its reason, left in place, and replaced by the next save', async () => {
		const db = await appDb();
		await db.put('embeddings', { ...entry('snowflake', 'aaaa'), count: 3, savedAt: 1 } as never, [
			'snowflake',
			'aaaa'
		]);
		const got = await loadVectors('snowflake', 'aaaa');
		expect(got.stored).toBeNull();
		expect(got.skipped).toMatch(/do not fit their count/);
		expect(await db.get('embeddings', ['snowflake', 'aaaa'])).toMatchObject({ count: 3 });
		await saveVectors(entry('snowflake', 'aaaa'));
		expect((await loadVectors('snowflake', 'aaaa')).stored?.count).toBe(2);
	});

	it('any stored value: never a throw, a sound entry kept', async () => {
		const db = await appDb();
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), async (junk) => {
				await db.put('embeddings', junk as never, ['junk', 'x']);
				const got = await loadVectors('junk', 'x');
				expect(got.stored).toBeNull();
				expect(got.skipped).toBeTruthy();
			}),
			{ numRuns: 50 }
		);
		await saveVectors(entry('snowflake', 'aaaa'));
		expect((await loadVectors('snowflake', 'aaaa')).stored?.vectors).toBeInstanceOf(Float32Array);
	});
});
