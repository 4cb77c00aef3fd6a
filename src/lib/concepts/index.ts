// The concepts with all their text, for what works on every text at once: the search index, the
// retrieval corpus, the built-in engine's training text, the decks. A page that shows one
// concept reads list.ts instead (titles and definitions, and one concept's content by slug).
import { conceptSlugs, type Concept, type Slug } from './schema';
import { plainParagraphs } from '$lib/markdown/text';

export * from './schema';

const modules = import.meta.glob<Concept>('./content/*.ts', { eager: true, import: 'default' });

/** All concepts in reading order. */
export const concepts: Concept[] = conceptSlugs.map((slug) => {
	const c = modules[`./content/${slug}.ts`];
	if (!c) throw new Error(`Missing content file for concept "${slug}"`);
	return c;
});

const bySlug = new Map<string, Concept>(concepts.map((c) => [c.slug, c]));

export function getConcept(slug: string): Concept | undefined {
	return bySlug.get(slug);
}

export interface ConceptChunk {
	/** Stable id: slug and position, e.g. "temperature#3". */
	id: string;
	slug: Slug;
	title: string;
	text: string;
}

/**
 * The concept texts as retrieval chunks: the definition, then one chunk per paragraph or list
 * item of the body. Ids stay stable as long as a page's paragraphs keep their order.
 */
export function conceptChunks(): ConceptChunk[] {
	return concepts.flatMap((c) =>
		[c.definition, ...plainParagraphs(c.body)].map((text, i) => ({
			id: `${c.slug}#${i}`,
			slug: c.slug,
			title: c.title,
			text
		}))
	);
}

/** Training text for the built-in n-gram engine: every definition and paragraph. */
export function trainingParagraphs(): string[] {
	return conceptChunks().map((c) => c.text);
}
