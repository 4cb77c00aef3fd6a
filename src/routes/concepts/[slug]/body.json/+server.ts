// A concept's body as the tree the page renders, parsed at build time: the body is the same on
// every visit, and parsing it in the browser needed the Markdown parser (marked, 18 KB gzip) on
// every concept page. Prerendered per concept; the service worker precaches it with the pages.
import { json } from '@sveltejs/kit';
import { getConcept } from '$lib/concepts';
import { conceptSlugs } from '$lib/concepts/schema';
import { CONCEPT_BODY, parse } from '$lib/markdown/tree';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => conceptSlugs.map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	const concept = getConcept(params.slug);
	if (!concept) return new Response('Not found', { status: 404 });
	return json(parse(concept.body, CONCEPT_BODY));
};
