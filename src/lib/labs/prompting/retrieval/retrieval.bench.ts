// npm run bench (vitest bench): what retrieval costs in the RAG lab. The index is built at build
// time and only hydrated in the page; a query is analysed and scored over every chunk; hybrid
// search adds a cosine with every chunk's vector (384 numbers, snowflake-arctic-embed-s's size).
import { bench, describe } from 'vitest';
import { conceptChunks } from '$lib/concepts';
import { buildIndex, loadIndex, search } from './bm25';
import { hybridSearch } from './hybrid';

const chunks = conceptChunks();
const json = JSON.stringify(buildIndex(chunks));
const index = loadIndex(JSON.parse(json));
const queries = [
	'How can a model answer from documents it was never trained on?',
	'Why does a lower temperature make the text repeat itself?',
	'Which European law sets obligations for high-risk AI systems?',
	'How does self-attention let each word look at every other word?',
	'What does fine-tuning change in a pretrained model?',
	'Two networks compete: one forges images and the other catches fakes'
];
const DIMS = 384;
let seed = 1;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
const corpus = {
	vectors: Float32Array.from({ length: chunks.length * DIMS }, random),
	dimensions: DIMS
};
const queryVector = Array.from({ length: DIMS }, random);
let q = 0;

/** p50 and p95 in ms of `runs` calls (vitest bench prints p75 and p99 only). */
function percentiles(runs: number, fn: (i: number) => void) {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn(i);
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	const at = (p: number) => Number(times[Math.floor(p * (times.length - 1))]!.toFixed(3));
	return { p50: at(0.5), p95: at(0.95), runs };
}
console.table({
	'BM25 search, one question, top 3 (ms)': percentiles(3000, (i) =>
		search(index, queries[i % queries.length]!, 3)
	),
	'hydrate the index from JSON (ms)': percentiles(300, () => loadIndex(JSON.parse(json)))
});

describe('retrieval', () => {
	bench('build the index from the concept chunks (build time)', () => {
		buildIndex(chunks);
	});
	bench(`hydrate the index: JSON.parse + loadIndex (${Math.round(json.length / 1024)} KB)`, () => {
		loadIndex(JSON.parse(json));
	});
	bench('BM25 search, top 3, one question over all chunks', () => {
		search(index, queries[q++ % queries.length]!, 3);
	});
	bench('hybrid search, top 3 (BM25 + cosine over all chunks)', () => {
		hybridSearch(index, queries[q++ % queries.length]!, queryVector, corpus, 3);
	});
});
