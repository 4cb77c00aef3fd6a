// The concepts module: one source of truth for the concept pages, the search index, the
// retrieval corpus and the built-in engine's training text.
import { conceptSlugs, groups, type Concept, type Group, type Slug } from './schema';
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

/** Previous and next concept in reading order. */
export function neighbours(slug: Slug): { previous?: Concept; next?: Concept } {
	const i = conceptSlugs.indexOf(slug);
	return { previous: concepts[i - 1], next: concepts[i + 1] };
}

export function conceptsByGroup(): { group: Group; concepts: Concept[] }[] {
	return groups.map((group) => ({ group, concepts: concepts.filter((c) => c.group === group) }));
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
