import { error } from '@sveltejs/kit';
import { conceptSlugs, getConcept } from '$lib/concepts';
import type { EntryGenerator, PageLoad } from './$types';

// Every concept gets its own prerendered file, so slides and QR codes can link to it on any host.
export const entries: EntryGenerator = () => conceptSlugs.map((slug) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const concept = getConcept(params.slug);
	if (!concept) error(404, `There is no concept called “${params.slug}”.`);
	return { concept };
};
