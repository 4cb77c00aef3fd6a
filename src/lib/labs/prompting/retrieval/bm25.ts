// BM25 over the concept chunks: the index is built once at build time (the prerendered
// /retrieval-index.json), sent as plain JSON and hydrated in the page (retrieval.bench.ts times
// it), so the page never tokenises the whole corpus.
// Parameters: k1 = 1.2 and b = 0.75, the usual defaults (Robertson and Zaragoza, 2009, give
// k1 from 1.2 to 2 and b = 0.75 as reasonable starting values); our chunks are paragraphs of
// similar length, and nothing measured below argues for moving them.
// idf = ln(1 + (N − n + 0.5) / (n + 0.5)): the "plus one" form (Lucene's), which never goes
// negative, so a word found in most chunks still counts a little instead of lowering a score.
// Each chunk is indexed with its concept's title (counted TITLE_WEIGHT times): a paragraph of the
// RAG page may never say "retrieval" and still be about it. Measured on the 20 paraphrased
// questions of bm25.spec.ts (212 chunks): recall@3 is 0.95 with the title counted 0, 1, 2 or 3
// times; mean reciprocal rank is 0.933 for 0 and 1, 0.900 for 2 and 3. So the title counts once:
// it costs nothing measured and helps passages that never name their subject. k1 = 0.9, b = 0.4
// (another common choice) gave the same recall@3 and a worse recall@1 (0.80 against 0.90).
import type { ConceptChunk } from '$lib/concepts';
import { analyse } from './analyse';

export const K1 = 1.2;
export const B = 0.75;
export const TITLE_WEIGHT = 1;

/** The index as JSON: what the build writes and the page fetches. */
export interface IndexJson {
	format: 'genai-live-bm25';
	version: 1;
	k1: number;
	b: number;
	titleWeight: number;
	chunks: ConceptChunk[];
	/** The vocabulary (stemmed terms), sorted. */
	terms: string[];
	/** For terms[i]: chunk index, term frequency, chunk index, term frequency, … */
	postings: number[][];
	/** Each chunk's length in terms, its title's counted TITLE_WEIGHT times. */
	lengths: number[];
	avgdl: number;
}

interface Posting {
	docs: number[];
	tfs: number[];
	idf: number;
}

/** The index hydrated for querying. */
export interface RetrievalIndex {
	chunks: ConceptChunk[];
	k1: number;
	b: number;
	avgdl: number;
	lengths: number[];
	postings: Map<string, Posting>;
}

export interface Hit {
	/** Position of the chunk in index.chunks. */
	index: number;
	chunk: ConceptChunk;
	score: number;
	/** The question's terms found in the chunk or its title, in the question's order. */
	matched: string[];
}

export function idf(n: number, df: number): number {
	return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Counts every chunk's terms; pure, so the build and the tests make the same index. */
export function buildIndex(
	chunks: ConceptChunk[],
	{ k1 = K1, b = B, titleWeight = TITLE_WEIGHT } = {}
): IndexJson {
	const byTerm = new Map<string, number[]>();
	const lengths: number[] = [];
	chunks.forEach((chunk, i) => {
		const tf = new Map<string, number>();
		for (const t of analyse(chunk.text)) tf.set(t, (tf.get(t) ?? 0) + 1);
		if (titleWeight > 0)
			for (const t of analyse(chunk.title)) tf.set(t, (tf.get(t) ?? 0) + titleWeight);
		let length = 0;
		for (const [term, count] of tf) {
			length += count;
			let list = byTerm.get(term);
			if (!list) byTerm.set(term, (list = []));
			list.push(i, count);
		}
		lengths.push(length);
	});
	const terms = [...byTerm.keys()].sort();
	return {
		format: 'genai-live-bm25',
		version: 1,
		k1,
		b,
		titleWeight,
		chunks: chunks.map(({ id, slug, title, text }) => ({ id, slug, title, text })),
		terms,
		postings: terms.map((t) => byTerm.get(t)!),
		lengths,
		avgdl: lengths.reduce((s, l) => s + l, 0) / Math.max(1, lengths.length)
	};
}

/** Hydrates the JSON for querying; throws on anything that is not an index of this format. */
export function loadIndex(json: unknown): RetrievalIndex {
	const j = json as Partial<IndexJson> | null;
	if (
		!j ||
		j.format !== 'genai-live-bm25' ||
		j.version !== 1 ||
		!Array.isArray(j.chunks) ||
		!Array.isArray(j.terms) ||
		!Array.isArray(j.postings) ||
		!Array.isArray(j.lengths) ||
		j.terms.length !== j.postings.length ||
		j.lengths.length !== j.chunks.length
	)
		throw new Error('The retrieval index has an unknown format.');
	const n = j.chunks.length;
	const postings = new Map<string, Posting>();
	j.terms.forEach((term, i) => {
		const flat = j.postings![i]!;
		const docs: number[] = [];
		const tfs: number[] = [];
		for (let p = 0; p < flat.length; p += 2) {
			docs.push(flat[p]!);
			tfs.push(flat[p + 1]!);
		}
		postings.set(term, { docs, tfs, idf: idf(n, docs.length) });
	});
	return {
		chunks: j.chunks,
		k1: j.k1 ?? K1,
		b: j.b ?? B,
		avgdl: j.avgdl ?? 1,
		lengths: j.lengths,
		postings
	};
}

/** The question's distinct terms, in order. */
export function queryTerms(query: string): string[] {
	return [...new Set(analyse(query))];
}

/** BM25 score of every chunk for these terms (0 where none occurs), and what matched where. */
export function scoreAll(
	index: RetrievalIndex,
	terms: string[]
): { scores: Float64Array; matched: Map<number, string[]> } {
	const scores = new Float64Array(index.chunks.length);
	const matched = new Map<number, string[]>();
	const { k1, b, avgdl, lengths } = index;
	for (const term of terms) {
		const posting = index.postings.get(term);
		if (!posting) continue;
		posting.docs.forEach((d, p) => {
			const tf = posting.tfs[p]!;
			const norm = k1 * (1 - b + (b * lengths[d]!) / avgdl);
			scores[d]! += (posting.idf * tf * (k1 + 1)) / (tf + norm);
			const list = matched.get(d);
			if (list) list.push(term);
			else matched.set(d, [term]);
		});
	}
	return { scores, matched };
}

/** The k best chunks with a score above zero, best first (ties keep the reading order). */
export function search(index: RetrievalIndex, query: string, k: number): Hit[] {
	const { scores, matched } = scoreAll(index, queryTerms(query));
	return [...matched.keys()]
		.sort((x, y) => scores[y]! - scores[x]! || x - y)
		.slice(0, k)
		.map((i) => ({
			index: i,
			chunk: index.chunks[i]!,
			score: scores[i]!,
			matched: matched.get(i)!
		}));
}
