import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { loadConcept } from '$lib/concepts/list';
import { conceptSlugs } from '$lib/concepts/schema';
import type { Block } from '$lib/markdown/tree';
import type { EntryGenerator, PageLoad } from './$types';

// Every concept gets its own prerendered file, so slides and QR codes can link to it on any host.
export const entries: EntryGenerator = () => conceptSlugs.map((slug) => ({ slug }));

// The page fetches its own concept's content chunk and its body parsed at build time
// (body.json), so neither the other concepts' texts nor the Markdown parser load on arrival.
export const load: PageLoad = async ({ params, fetch }) => {
	const concept = await loadConcept(params.slug);
	if (!concept) error(404, `There is no concept called “${params.slug}”.`);
	const res = await fetch(resolve('/concepts/[slug]/body.json', { slug: params.slug }));
	if (!res.ok) error(res.status, `The text of “${concept.title}” could not be loaded.`);
	return { concept, blocks: (await res.json()) as Block[] };
};

// Rendered at build time, so the concept's text is in the HTML file and shows before any script
// runs (the layout's `ssr = false` is for the pages that live on this device's data). Lighthouse
// mobile on /concepts/temperature: largest paint 4.1 s before (an empty shell filled in by 70 KB
// of script on a throttled link), 0.9 s after, with the styles inlined (svelte.config.js).
export const ssr = true;
