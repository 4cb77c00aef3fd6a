import { describe, expect, it } from 'vitest';
import type { ConceptChunk } from '$lib/concepts';
import { buildIndex, loadIndex } from './bm25';
import { cosines, hybridRank, hybridSearch, minMax } from './hybrid';

const chunks = ['a', 'b', 'c'].map(
	(id) => ({ id, slug: 'rag', title: 'T', text: id }) as ConceptChunk
);

describe('hybrid search', () => {
	it('computes cosines against flat stored vectors', () => {
		const flat = new Float32Array([1, 0, 0, 1, 3, 4]);
		const c = cosines([1, 0], flat, 2);
		expect([...c]).toEqual([1, 0, 0.6]);
		expect(() => cosines([1, 0, 0], flat, 2)).toThrow(/3-number query/);
		expect([...cosines([0, 0], flat, 2)]).toEqual([0, 0, 0]);
	});

	it('min-max normalises, and all-equal scores carry no information', () => {
		expect([...minMax([2, 4, 3])]).toEqual([0, 1, 0.5]);
		expect([...minMax([0, 0, 0])]).toEqual([0, 0, 0]);
	});

	it('mixes the normalised scores with the lexical weight', () => {
		// BM25 [0, 6, 3] → [0, 1, 0.5]; cosine [0.9, 0.1, 0.5] → [1, 0, 0.5].
		const bm25 = [0, 6, 3];
		const cos = [0.9, 0.1, 0.5];
		const matched = new Map([
			[1, ['x']],
			[2, ['x']]
		]);
		// Equal weight: a = 0.5, b = 0.5, c = 0.5 → a tie, kept in reading order.
		expect(hybridRank(chunks, bm25, cos, matched, 3).map((h) => h.chunk.id)).toEqual([
			'a',
			'b',
			'c'
		]);
		// Lexical 0.8: a = 0.2, b = 0.8, c = 0.5.
		const lexical = hybridRank(chunks, bm25, cos, matched, 2, 0.8);
		expect(lexical.map((h) => [h.chunk.id, h.hybrid])).toEqual([
			['b', 0.8],
			['c', 0.5]
		]);
		expect(lexical[0]).toMatchObject({ bm25: 6, cosine: 0.1, matched: ['x'] });
		// Without a word in common, the cosine alone ranks: a passage that shares no word is found.
		const semantic = hybridRank(chunks, [0, 0, 0], cos, new Map(), 1);
		expect(semantic[0]).toMatchObject({ index: 0, hybrid: 0.5, matched: [] });
	});

	it('refuses scores that do not fit the chunks', () => {
		expect(() => hybridRank(chunks, [1], [1, 2, 3], new Map(), 1)).toThrow(/differ/);
	});

	it('searches an index: the vector finds a passage that shares no word', () => {
		const index = loadIndex(
			buildIndex(
				[
					{ id: 'x#0', slug: 'rag', title: '', text: 'Look facts up in documents.' },
					{ id: 'y#0', slug: 'rag', title: '', text: 'Cats sleep.' },
					{ id: 'z#0', slug: 'rag', title: '', text: 'Documents about cats.' }
				] as ConceptChunk[],
				{ titleWeight: 0 }
			)
		);
		const corpus = { vectors: [1, 0, 0, 1, 0.6, 0.8], dimensions: 2 };
		// "retrieval" is in no chunk: BM25 alone finds nothing, the vector [1, 0] finds x.
		const hits = hybridSearch(index, 'retrieval', [1, 0], corpus, 2);
		expect(hits.map((h) => [h.chunk.id, h.bm25, h.matched])).toEqual([
			['x#0', 0, []],
			['z#0', 0, []]
		]);
		// "documents" matches x and z; z is nearer in meaning to [0, 1] than x.
		const both = hybridSearch(index, 'documents', [0, 1], corpus, 3);
		expect(both[0]!.chunk.id).toBe('z#0');
		expect(both[0]!.matched).toEqual(['document']);
	});
});
