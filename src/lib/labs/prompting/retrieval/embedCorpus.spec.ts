import { describe, expect, it, vi } from 'vitest';
import type { ConceptChunk } from '$lib/concepts';
import type { EmbedRequest } from '$lib/engine/types';
import { EMBED_BATCH, embedCorpus, fingerprint, passageTexts } from './embedCorpus';

/** A fake model: each text becomes [its length, its batch's size]. */
const fake = () => ({
	embed: vi.fn(async (r: EmbedRequest) => ({
		vectors: r.texts.map((t) => [t.length, r.texts.length]),
		dimensions: 2
	}))
});

describe('embedding the corpus', () => {
	const texts = Array.from({ length: EMBED_BATCH + 3 }, (_, i) => 'x'.repeat(i + 1));

	it('embeds in batches as passages, reports progress and stores vectors flat', async () => {
		const engine = fake();
		const progress: number[] = [];
		const out = await embedCorpus(engine, texts, (done) => progress.push(done));
		expect(engine.embed).toHaveBeenCalledTimes(2);
		expect(engine.embed.mock.calls[0]![0]).toMatchObject({ as: 'passage' });
		expect(progress).toEqual([0, EMBED_BATCH, EMBED_BATCH + 3]);
		expect(out.dimensions).toBe(2);
		expect([...out.vectors.slice(0, 2)]).toEqual([1, EMBED_BATCH]);
		expect([...out.vectors.slice(-2)]).toEqual([EMBED_BATCH + 3, 3]);
	});

	it('passes the load progress to the first call only (it loads the model)', async () => {
		const engine = fake();
		const onLoad = () => {};
		await embedCorpus(engine, texts, () => {}, undefined, onLoad);
		expect(engine.embed.mock.calls.map((c) => (c as unknown[])[2])).toEqual([onLoad, undefined]);
	});

	it('stops between calls when the signal fires', async () => {
		const engine = fake();
		const controller = new AbortController();
		const run = embedCorpus(
			engine,
			texts,
			(done) => done > 0 && controller.abort(),
			controller.signal
		);
		await expect(run).rejects.toMatchObject({ name: 'AbortError' });
		expect(engine.embed).toHaveBeenCalledTimes(1);
	});

	it('refuses an answer that does not fit the texts', async () => {
		const engine = { embed: async () => ({ vectors: [[1]], dimensions: 1 }) };
		await expect(embedCorpus(engine, ['a', 'b'], () => {})).rejects.toThrow(/1 vectors for 2/);
	});

	it('embeds each chunk with its title and fingerprints the exact texts', () => {
		const chunk = { id: 'rag#0', slug: 'rag', title: 'RAG', text: 'Look it up.' } as ConceptChunk;
		expect(passageTexts([chunk])).toEqual(['RAG: Look it up.']);
		expect(fingerprint(['ab', 'c'])).not.toBe(fingerprint(['a', 'bc']));
		expect(fingerprint(['ab', 'c'])).toBe(fingerprint(['ab', 'c']));
		expect(fingerprint(['ab', 'c'])).toMatch(/^[0-9a-f]{16}$/);
		expect(fingerprint(['ab', 'c.'])).not.toBe(fingerprint(['ab', 'c']));
	});
});
