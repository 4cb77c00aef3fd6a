// Hybrid search: BM25 (exact words) and embedding cosine (meaning) on every chunk, each min-max
// normalised to 0..1 over the collection, then mixed: hybrid = w·bm25 + (1 − w)·cosine.
// Normalising first matters: BM25 scores are unbounded (sums of idf-weighted terms, several
// units for a good match) and the cosines of a retrieval model sit in a narrow band below 1, so
// a raw sum would be BM25 alone.
// A convex mix of normalised scores is what Bruch, Gai and Ingber ("An Analysis of Fusion
// Functions for Hybrid Retrieval", 2023) found to beat rank fusion when its weight is tuned; we
// cannot tune it here (the embedding model runs only on a GPU in the browser, not in the unit
// tests), so LEXICAL_WEIGHT is the neutral 0.5, and the view shows all three scores, so the
// audience sees what each side contributed.
// Vectors are stored flat (one Float32Array, chunk after chunk): 212 chunks × 384 dimensions is
// 326 KB, one IndexedDB value instead of 212 arrays.
import type { ConceptChunk } from '$lib/concepts';
import { queryTerms, scoreAll, type RetrievalIndex } from './bm25';

export const LEXICAL_WEIGHT = 0.5;

export interface HybridHit {
	index: number;
	chunk: ConceptChunk;
	bm25: number;
	cosine: number;
	hybrid: number;
	matched: string[];
}

/** Cosine of a query vector with each of the stored vectors (flat, `dims` per chunk). */
export function cosines(
	query: ArrayLike<number>,
	flat: ArrayLike<number>,
	dims: number
): Float64Array {
	if (query.length !== dims)
		throw new Error(`A ${query.length}-number query for ${dims}-number vectors.`);
	const n = Math.floor(flat.length / dims);
	const out = new Float64Array(n);
	let qq = 0;
	for (let j = 0; j < dims; j++) qq += query[j]! * query[j]!;
	for (let i = 0; i < n; i++) {
		let dot = 0;
		let vv = 0;
		for (let j = 0; j < dims; j++) {
			const v = flat[i * dims + j]!;
			dot += query[j]! * v;
			vv += v * v;
		}
		out[i] = qq && vv ? dot / Math.sqrt(qq * vv) : 0;
	}
	return out;
}

/** Each score mapped to 0..1 (lowest → 0, highest → 1); all equal → all 0 (no information). */
export function minMax(scores: ArrayLike<number>): Float64Array {
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < scores.length; i++) {
		lo = Math.min(lo, scores[i]!);
		hi = Math.max(hi, scores[i]!);
	}
	const out = new Float64Array(scores.length);
	if (hi > lo) for (let i = 0; i < scores.length; i++) out[i] = (scores[i]! - lo) / (hi - lo);
	return out;
}

/** The k best chunks by the mixed score, best first (ties keep the reading order). */
export function hybridRank(
	chunks: ConceptChunk[],
	bm25: ArrayLike<number>,
	cosine: ArrayLike<number>,
	matched: ReadonlyMap<number, string[]>,
	k: number,
	weight = LEXICAL_WEIGHT
): HybridHit[] {
	if (bm25.length !== chunks.length || cosine.length !== chunks.length)
		throw new Error('Scores and chunks differ in number.');
	const lexical = minMax(bm25);
	const semantic = minMax(cosine);
	return chunks
		.map((chunk, index) => ({
			index,
			chunk,
			bm25: bm25[index]!,
			cosine: cosine[index]!,
			hybrid: weight * lexical[index]! + (1 - weight) * semantic[index]!,
			matched: matched.get(index) ?? []
		}))
		.sort((x, y) => y.hybrid - x.hybrid || x.index - y.index)
		.slice(0, k);
}

/** Hybrid search over the whole index, given the question's vector and every chunk's. */
export function hybridSearch(
	index: RetrievalIndex,
	query: string,
	queryVector: ArrayLike<number>,
	corpus: { vectors: ArrayLike<number>; dimensions: number },
	k: number
): HybridHit[] {
	const { scores, matched } = scoreAll(index, queryTerms(query));
	const cos = cosines(queryVector, corpus.vectors, corpus.dimensions);
	return hybridRank(index.chunks, scores, cos, matched, k);
}
