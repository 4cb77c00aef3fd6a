import { beforeAll, describe, expect, it, vi } from 'vitest';
import { conceptChunks, trainingParagraphs } from '$lib/concepts';
import { BuiltinEngine, builtinCapabilities } from '$lib/engine/builtin/builtinEngine';
import { validateRequest } from '$lib/engine/request';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { fakeEngine } from '../../kit/fakeEngine';
import { buildIndex } from '../retrieval/bm25';
import { RagSession } from './ragSession.svelte';

const json = JSON.stringify(buildIndex(conceptChunks()));
const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
const QUESTION = 'How can a model answer from documents it was never trained on?';

async function session(): Promise<RagSession> {
	const s = new RagSession();
	await s.loadIndex('/retrieval-index.json');
	expect(s.indexError).toBeNull();
	return s;
}

beforeAll(() => {
	vi.stubGlobal('fetch', async () => new Response(json));
});

describe('a RAG lab session', () => {
	it('retrieves, builds both prompts and runs them in turn with the same seed', async () => {
		const s = await session();
		await s.ask(QUESTION, 3, engine, 12, null);
		const asked = s.asked!;
		expect(asked.hits).toHaveLength(3);
		expect(asked.hits.some((h) => h.chunk.slug === 'rag')).toBe(true);
		expect(asked.hits[0]!.bm25).toBeGreaterThan(asked.hits[2]!.bm25);
		expect(asked.items[0]!.prompt).toContain(
			`[1] ${asked.hits[0]!.chunk.title}: ${asked.hits[0]!.chunk.text}`
		);
		expect(asked.items[1]!.prompt).toBe(QUESTION);
		expect(asked.rankedWith).toBeNull();
		expect(asked.engine).toMatchObject({ chat: false, label: engine.info.label });
		expect(s.answers.phase).toBe('done');
		const [rag, plain] = s.answers.outcomes;
		expect(rag!.text.length).toBeGreaterThan(0);
		// The trigram model reads the same last two words in both prompts; only the passages,
		// mixed in as a cache model on the retrieval side, tell the two answers apart.
		const [ragItem, plainItem] = s.asked!.items;
		expect(ragItem!.request.context).toEqual(s.asked!.hits.map((h) => h.chunk.text));
		expect(plainItem!.request.context).toBeUndefined();
		expect(plain!.text).not.toBe(rag!.text);
	});

	it('sends requests every engine accepts', async () => {
		const s = await session();
		await s.ask(QUESTION, 8, engine, 1, null);
		for (const item of s.asked!.items)
			for (const caps of [builtinCapabilities, webllmCapabilities])
				expect(validateRequest(item.request, caps, 'engine')).toEqual([]);
	});

	it('asks nothing when no passage shares a word with the question', async () => {
		const s = await session();
		await s.ask('Xylophones zigzag?', 3, engine, 1, null);
		expect(s.noHits).toBe(true);
		expect(s.asked!.hits).toEqual([]);
		expect(s.answers.phase).toBe('idle');
		await s.ask('   ', 3, engine, 1, null);
		expect(s.asked!.question).toBe('Xylophones zigzag?');
	});

	it('ranks by BM25 and cosine with an embedding model, and shows its failure', async () => {
		const s = await session();
		const n = s.loaded!.index.chunks.length;
		// A fake model whose question vector points at the last chunk's vector.
		const vectors = new Float32Array(n * 2).fill(0);
		for (let i = 0; i < n; i++) vectors[i * 2] = 1;
		vectors[(n - 1) * 2] = 0;
		vectors[(n - 1) * 2 + 1] = 1;
		const embed = vi.fn(async () => ({ vectors: [[0, 1]], dimensions: 2 }));
		const embedder = fakeEngine({ info: { label: 'Embedder' }, embed });
		await s.ask('Xylophones zigzag?', 2, engine, 1, {
			engine: embedder,
			vectors: { vectors, dimensions: 2 }
		});
		expect(embed).toHaveBeenCalledWith(
			{ texts: ['Xylophones zigzag?'], as: 'query' },
			expect.anything()
		);
		expect(s.noHits).toBe(false);
		expect(s.asked!.rankedWith).toBe('Embedder');
		expect(s.asked!.hits[0]).toMatchObject({ index: n - 1, cosine: 1, hybrid: 0.5, bm25: 0 });

		const broken = fakeEngine({
			info: { label: 'Embedder' },
			embed: async () => Promise.reject(new Error('GPU device was lost'))
		});
		await s.ask(QUESTION, 2, engine, 1, { engine: broken, vectors: { vectors, dimensions: 2 } });
		expect(s.retrievalError?.message).toBeTruthy();
		expect(s.retrieving).toBe(false);
	});

	it('Reset clears the question’s results', async () => {
		const s = await session();
		await s.ask(QUESTION, 1, engine, 1, null);
		s.reset();
		expect(s.asked).toBeNull();
		expect(s.answers.phase).toBe('idle');
	});
});
