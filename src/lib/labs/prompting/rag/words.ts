// The RAG lab's own words, kept as data rather than in its markup so the own-words spec
// (labs/ownWords.spec.ts) checks them and the presenter notes or a translation can reach them.
import type { LoadedIndex } from './indexLoader';

export const ragWords = {
	heading: 'Try it: retrieval, then generation',
	noQuestion: 'Type a question first.',
	index: (loaded: LoadedIndex) =>
		`Search index: ${loaded.index.chunks.length} passages from the concept pages, loaded in ${Math.round(loaded.ms)} ms (${loaded.parseMs.toFixed(1)} ms of it to parse and index).`,
	loadingIndex: 'Loading the search index…',
	embedding: 'Embedding the question…',
	retrieved: (hybrid: boolean) => `1. Retrieved passages ${hybrid ? '(hybrid)' : '(BM25)'}`,
	noHits: (canRerank: boolean) =>
		`No passage shares a word with the question, so there is nothing to put into the prompt and nothing was asked. Try other words${canRerank ? ', or re-rank by meaning' : ''}.`,
	pair: '2. The same question, with and without the passages',
	same: (engine: string, seed: number) =>
		`Same engine (${engine}), same seed (${seed}), same settings: only the prompt differs.`,
	question: 'Question',
	passages: 'Passages',
	ask: 'Ask with and without retrieval',
	shares: (words: string[], rankedWith: string | null | undefined) =>
		words.length
			? `Shares with the question: ${words.join(', ')}.`
			: `Shares no word with the question${rankedWith ? `: found by its meaning (${rankedWith}).` : '.'}`,
	meaning: 'Search by meaning too',
	noModel:
		'No embedding model is on this device. Download snowflake-arctic-embed (about 130 MB) on the',
	modelsPage: 'Models page',
	noModelWhy: 'to rank passages by meaning as well as by shared words.',
	embeddingModel: 'Embedding model',
	stopEmbedding: 'Stop embedding',
	hybrid: (model: string) => `Hybrid ranking with ${model}`,
	rerank: (model: string) => `Re-rank with ${model}`,
	embeddingPassages: (done: number, total: number, label: string, loading: string | null) =>
		done > 0
			? `Embedding the passages: ${done} of ${total}…`
			: loading
				? `Loading ${label}: ${loading}`
				: `Starting ${label} (the first call loads it onto the GPU)…`,
	vectorSource: {
		device: 'read from this device',
		computed: 'computed now and kept on this device',
		'not-saved': 'computed now, but this device could not keep them (storage full or blocked)'
	},
	hybridReady: (total: number, source: string, lexical: number) =>
		`Vectors of all ${total} passages ${source}. Each question is embedded too; passages rank by ${lexical} × BM25 + ${1 - lexical} × cosine, each scaled to 0..1 over all passages.`,
	otherVectors: (from: string, label: string) =>
		`The vectors on hand come from ${from}, so passages rank by BM25 alone until ${label} has embedded them too.`,
	embedStopped: (done: number, total: number) =>
		`Stopped: no vectors yet (${done} of ${total} passages were embedded).`
};
