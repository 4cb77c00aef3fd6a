// For the downloader's specs: a tiny model (four 256 KB shards) served over real HTTP on
// 127.0.0.1 with injectable faults (scripts/fixtures/model-server.mjs), and a fresh
// fake-indexeddb before each test, so every spec starts from an empty cache.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { closeCaches } from '$lib/webllm/cache';
import { writeTinyModel } from '../../../scripts/fixtures/tiny-model.mjs';
import { startModelServer } from '../../../scripts/fixtures/model-server.mjs';
import { Downloader, type DownloadOptions } from './downloader';
import type { ModelEntry } from './catalogue';

/** Quick retries, no quota in the way, and every progress change published (no pacing). */
export const fast: DownloadOptions = {
	retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
	estimate: async () => ({ usage: 0, quota: 1e12 }),
	inactivityMs: 2000,
	progressIntervalMs: 0
};

/** A download by a Downloader of its own, as each tab's store has one. */
export const downloadModel = (model: ModelEntry, opts?: DownloadOptions) =>
	new Downloader().download(model, opts);

export interface TinyModel {
	dir: string;
	fixture: ReturnType<typeof writeTinyModel>;
	server: Awaited<ReturnType<typeof startModelServer>>;
	model: ModelEntry;
	/** How often the server was asked for a file. */
	fetches: (name: string) => number;
}

/** Registers the hooks; the returned object is filled in before the first test runs. */
export function useTinyModel(): TinyModel {
	const t = {
		fetches: (name: string) => t.server.requests().filter((r: string) => r === name).length
	} as TinyModel;
	beforeAll(async () => {
		t.dir = mkdtempSync(join(tmpdir(), 'tiny-model-'));
		t.fixture = writeTinyModel(t.dir, { shards: 4, shardBytes: 256 * 1024 });
		t.server = await startModelServer({ dir: t.dir });
		t.model = {
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
			modelUrl: `${t.server.url}/models/tiny`,
			modelLib: `${t.server.url}/libs/tiny-model.wasm`,
			estimatedBytes: t.fixture.totalBytes,
			custom: true
		};
	});
	afterAll(async () => {
		await t.server.close();
		rmSync(t.dir, { recursive: true, force: true });
	});
	beforeEach(async () => {
		await closeCaches();
		globalThis.indexedDB = new IDBFactory();
		t.server.reset();
	});
	return t;
}
