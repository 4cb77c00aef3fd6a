import { describe, expect, it, vi } from 'vitest';
import type { ConceptChunk } from '$lib/concepts';
import { buildIndex } from '../retrieval/bm25';
import { fetchIndex, retrievalIndex } from './indexLoader';

const json = JSON.stringify(
	buildIndex([{ id: 'rag#0', slug: 'rag', title: 'RAG', text: 'Search first.' } as ConceptChunk])
);
const ok = () => Promise.resolve(new Response(json));

describe('loading the retrieval index', () => {
	it('fetches, parses and hydrates, and says how long it took', async () => {
		const loaded = await fetchIndex('/retrieval-index.json', ok);
		expect(loaded.index.chunks).toHaveLength(1);
		expect(loaded.parseMs).toBeLessThanOrEqual(loaded.ms);
		expect(loaded.ms).toBeGreaterThanOrEqual(0);
	});

	it('turns each failure into a message with a next step', async () => {
		const offline = () => Promise.reject(new TypeError('Failed to fetch'));
		await expect(fetchIndex('/x', offline)).rejects.toMatchObject({
			problem: 'offline',
			message: expect.stringMatching(/offline.*while online/)
		});
		const missing = () => Promise.resolve(new Response('no', { status: 404 }));
		await expect(fetchIndex('/x', missing)).rejects.toMatchObject({
			problem: 'http',
			message: expect.stringMatching(/Reload.*\(HTTP 404\)$/)
		});
		const html = () => Promise.resolve(new Response('<html>'));
		await expect(fetchIndex('/x', html)).rejects.toMatchObject({ problem: 'format' });
		const other = () => Promise.resolve(new Response('{"format":"x"}'));
		await expect(fetchIndex('/x', other)).rejects.toMatchObject({ problem: 'format' });
	});

	it('fetches once for the page, but again after a failure', async () => {
		const failing = vi.fn(() => Promise.reject(new TypeError('offline')));
		await expect(retrievalIndex('/i.json', failing)).rejects.toMatchObject({ problem: 'offline' });
		const fetcher = vi.fn(ok);
		const a = await retrievalIndex('/i.json', fetcher);
		const b = await retrievalIndex('/i.json', fetcher);
		expect(a).toBe(b);
		expect(fetcher).toHaveBeenCalledTimes(1);
	});
});
