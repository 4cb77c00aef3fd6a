// Fetches the prerendered BM25 index (/retrieval-index.json) once per page life and hydrates it;
// every RAG lab on the page shares the one copy. A failure is not kept, so the next try fetches
// again (after the visitor reconnects). The time it took (fetch, parse, hydrate) is kept to be
// shown beside the index: the build's claim "loads in well under 100 ms" stays checkable.
// Every failure becomes one sentence with a next step (indexProblem).
import { loadIndex, type RetrievalIndex } from '../retrieval/bm25';

export interface LoadedIndex {
	index: RetrievalIndex;
	/** Fetch, parse and hydrate, in milliseconds. */
	ms: number;
	/** Of which parse and hydrate (the rest is the fetch: network or the offline cache). */
	parseMs: number;
}

type Fetch = (url: string) => Promise<Response>;

export type IndexProblem = 'offline' | 'http' | 'format';

export class IndexLoadError extends Error {
	constructor(
		readonly problem: IndexProblem,
		message: string
	) {
		super(message);
		this.name = 'IndexLoadError';
	}
}

const messages: Record<IndexProblem, string> = {
	offline:
		'The search index could not be downloaded: this device seems to be offline and has no saved copy yet. Open this page once while online (the app then keeps the index for offline use) and try again.',
	http: 'The search index could not be loaded from this site. Reload the page; if it happens again, the site was published without its retrieval-index.json file.',
	format:
		'The search index is damaged or comes from another version of the app. Reload the page to get the current one.'
};

let shared: Promise<LoadedIndex> | undefined;

/** The index, fetched on first call and kept for the page's life. */
export function retrievalIndex(
	url: string,
	fetcher: Fetch = (u) => fetch(u)
): Promise<LoadedIndex> {
	shared ??= fetchIndex(url, fetcher).catch((e: unknown) => {
		shared = undefined;
		throw e;
	});
	return shared;
}

export async function fetchIndex(url: string, fetcher: Fetch): Promise<LoadedIndex> {
	const started = performance.now();
	let response: Response;
	try {
		response = await fetcher(url);
	} catch {
		throw new IndexLoadError('offline', messages.offline);
	}
	if (!response.ok) throw new IndexLoadError('http', `${messages.http} (HTTP ${response.status})`);
	let text: string;
	try {
		text = await response.text();
	} catch {
		throw new IndexLoadError('offline', messages.offline);
	}
	const parsing = performance.now();
	let index: RetrievalIndex;
	try {
		index = loadIndex(JSON.parse(text));
	} catch {
		throw new IndexLoadError('format', messages.format);
	}
	const done = performance.now();
	return { index, ms: done - started, parseMs: done - parsing };
}
