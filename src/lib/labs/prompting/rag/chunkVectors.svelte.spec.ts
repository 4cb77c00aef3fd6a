import 'fake-indexeddb/auto';
import { EngineFailure } from '$lib/engine/errors';
import { describe, expect, it, vi } from 'vitest';
import type { ConceptChunk } from '$lib/concepts';
import type { EmbedRequest } from '$lib/engine/types';
import { appDb } from '$lib/storage/db';
import { fakeEngine } from '../../kit/fakeEngine';
import { fingerprint, passageTexts } from '../retrieval/embedCorpus';
import { ChunkVectors } from './chunkVectors.svelte';

const chunks = Array.from(
	{ length: 20 },
	(_, i) => ({ id: `rag#${i}`, slug: 'rag', title: 'RAG', text: `Passage ${i}.` }) as ConceptChunk
);

function model(
	id: string,
	embed = async (r: EmbedRequest) => ({ vectors: r.texts.map(() => [1, 0]), dimensions: 2 })
) {
	const fn = vi.fn(embed);
	return { engine: fakeEngine({ info: { id, label: id }, embed: fn }), embed: fn };
}

describe('the chunks as vectors', () => {
	it('embeds once, then reads the vectors back from the device', async () => {
		const first = model('embedder-a');
		const vectors = new ChunkVectors();
		expect(await vectors.prepare(first.engine, chunks)).toBe(true);
		expect(vectors).toMatchObject({ phase: 'ready', source: 'computed', done: 20, total: 20 });
		expect(vectors.vectors?.vectors).toHaveLength(40);
		expect(first.embed).toHaveBeenCalledTimes(2);

		const again = model('embedder-a');
		const later = new ChunkVectors();
		expect(await later.prepare(again.engine, chunks)).toBe(true);
		expect(later.source).toBe('device');
		expect(again.embed).not.toHaveBeenCalled();

		// Edited content: other texts, so the stored vectors do not match and are recomputed.
		const edited = chunks.map((c) => ({ ...c, text: `${c.text} More.` }));
		const third = model('embedder-a');
		expect(await new ChunkVectors().prepare(third.engine, edited)).toBe(true);
		expect(third.embed).toHaveBeenCalled();
	});

	it('names a damaged stored entry and computes the vectors again', async () => {
		const db = await appDb();
		const key = fingerprint(passageTexts(chunks));
		await db.put('embeddings', { model: 'embedder-d', vectors: 'junk' } as never, [
			'embedder-d',
			key
		]);
		const fresh = model('embedder-d');
		const vectors = new ChunkVectors();
		expect(await vectors.prepare(fresh.engine, chunks)).toBe(true);
		expect(vectors.source).toBe('computed');
		expect(vectors.damaged).toMatch(/The vectors saved for embedder-d could not be read \(/);
		// The save replaced the damaged entry: the next visit reads good vectors, with no notice.
		const next = new ChunkVectors();
		await next.prepare(model('embedder-d').engine, chunks);
		expect(next).toMatchObject({ source: 'device', damaged: '' });
	});

	it('stops between calls, and shows a failure with the engine’s message', async () => {
		const vectors = new ChunkVectors();
		const slow = model('embedder-b', async (r) => {
			vectors.stop();
			return { vectors: r.texts.map(() => [1, 0]), dimensions: 2 };
		});
		expect(await vectors.prepare(slow.engine, chunks)).toBe(false);
		expect(vectors.phase).toBe('stopped');
		expect(slow.embed).toHaveBeenCalledTimes(1);

		const broken = model('embedder-c', async () => {
			throw new EngineFailure({
				code: 'invalid-model-lib',
				name: 'Error',
				message: 'Cannot find TVMWasmAllocSpace in exports'
			});
		});
		expect(await vectors.prepare(broken.engine, chunks)).toBe(false);
		expect(vectors.phase).toBe('failed');
		expect(vectors.error?.message).toMatch(/library/i);
	});

	it('offers its vectors for hybrid ranking only to the model that made them', async () => {
		const vectors = new ChunkVectors();
		const a = model('embedder-d');
		expect(vectors.readyFor('embedder-d')).toBeNull();
		await vectors.prepare(a.engine, chunks);
		expect(vectors.readyFor('embedder-d')).toEqual({
			engine: a.engine,
			vectors: vectors.vectors
		});
		// Another model chosen in the panel: its questions would land in another vector space.
		expect(vectors.readyFor('embedder-e')).toBeNull();
		expect(vectors.readyFor(undefined)).toBeNull();
		const b = model('embedder-e', async () => {
			vectors.stop();
			return { vectors: [], dimensions: 2 };
		});
		await vectors.prepare(b.engine, chunks);
		expect(vectors.readyFor('embedder-d')).toBeNull();
		expect(vectors.readyFor('embedder-e')).toBeNull();
	});
});
