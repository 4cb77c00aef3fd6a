import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
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
		const got = await loadVectors('snowflake', 'aaaa');
		expect(got?.vectors).toBeInstanceOf(Float32Array);
		expect([...got!.vectors]).toEqual([1, 0, 0, 1]);
		expect(got?.savedAt).toBeGreaterThan(0);
		expect(await loadVectors('snowflake', 'bbbb')).toBeNull();
		expect(await loadVectors('other', 'aaaa')).toBeNull();
	});

	it('keeps one version per model, and other models’ vectors', async () => {
		await saveVectors(entry('snowflake', 'aaaa'));
		await saveVectors(entry('snowflake-2', 'aaaa'));
		await saveVectors(entry('snowflake', 'bbbb'));
		expect(await loadVectors('snowflake', 'aaaa')).toBeNull();
		expect(await loadVectors('snowflake', 'bbbb')).not.toBeNull();
		expect(await loadVectors('snowflake-2', 'aaaa')).not.toBeNull();
	});
});
