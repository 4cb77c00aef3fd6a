// Where the built-in trigram model's training text comes from: /builtin-corpus.json, every
// definition and paragraph of the concept pages as plain text, built at build time
// (routes/builtin-corpus.json) and precached by the service worker with the other prerendered
// files. The engine worker used to import every concept's text and the Markdown parser to make
// that list itself (66 KB gzip of worker script, issue 24); it now fetches the list when the
// model is first used and counts its trigrams then, as it did before (milliseconds). The text is
// stored, not the counts, so the model's behaviour cannot change (corpus.spec.ts).

/**
 * The file's address, found from the worker's own: a built worker lives under <base>/_app/, so
 * everything before that is the site's base path (empty at a domain root, and in `vite dev`).
 */
export function corpusUrl(workerHref: string): string {
	const url = new URL(workerHref);
	const at = url.pathname.indexOf('/_app/');
	const base = at >= 0 ? url.pathname.slice(0, at) : '';
	return new URL(`${base}/builtin-corpus.json`, url.origin).href;
}

/** The paragraphs, or an error that says the file is missing or damaged. */
export async function fetchCorpus(url: string, get: typeof fetch = fetch): Promise<string[]> {
	const res = await get(url);
	if (!res.ok)
		throw new Error(`The built-in model's text could not be loaded (HTTP ${res.status}).`);
	const data: unknown = await res.json();
	if (!Array.isArray(data) || !data.every((p) => typeof p === 'string') || data.length === 0) {
		throw new Error('The built-in model’s text is damaged: expected a list of paragraphs.');
	}
	return data;
}
