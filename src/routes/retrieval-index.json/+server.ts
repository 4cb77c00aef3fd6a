// The RAG lab's BM25 index, built from the concept texts at build time and prerendered as a
// static file (118 KB, 38 KB gzipped): the page fetches and hydrates it instead of
// tokenising and counting every chunk itself, and the service worker precaches it with the
// other prerendered files, so retrieval works offline.
import { json } from '@sveltejs/kit';
import { conceptChunks } from '$lib/concepts';
import { buildIndex } from '$lib/labs/prompting/retrieval/bm25';

export const prerender = true;

export function GET(): Response {
	return json(buildIndex(conceptChunks()));
}
