// The content schema test: what the type system cannot check about the concept pages.
import { describe, expect, it } from 'vitest';
import { conceptChunks, concepts, conceptsByGroup, getConcept, trainingParagraphs } from './index';
import { conceptSlugs, groups, useCaseAreas } from './schema';
import { definedTerms, linkTargets, plainParagraphs } from './markup';
import { tokenize } from '$lib/engine/builtin/ngram';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('concept content', () => {
	it('has exactly the agreed slugs, in reading order, each in its own file', () => {
		expect(concepts.map((c) => c.slug)).toEqual([...conceptSlugs]);
		expect(conceptSlugs).toHaveLength(22);
	});

	it.each(concepts.map((c) => [c.slug, c] as const))('%s is complete', (_slug, c) => {
		expect(c.title.length).toBeGreaterThan(2);
		expect(groups).toContain(c.group);
		// One sentence: ends with a full stop and has no other sentence break.
		expect(c.definition).toMatch(/\.$/);
		expect(c.definition.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
		expect(words(plainParagraphs(c.body).join(' '))).toBeGreaterThanOrEqual(150);

		// Every [[term]] is declared in terms, and every declared term appears in the text.
		const declared = c.terms.map((t) => t.toLowerCase());
		for (const d of definedTerms(c.body)) expect(declared).toContain(d.toLowerCase());
		for (const t of declared) expect(c.body.toLowerCase()).toContain(t);
		expect(definedTerms(c.body).length).toBeGreaterThanOrEqual(2);

		// Links inside the body and the related list resolve to other concept pages.
		for (const href of linkTargets(c.body)) {
			expect(href).toMatch(/^\/concepts\/[a-z-]+$/);
			expect(getConcept(href.replace('/concepts/', '')), href).toBeDefined();
		}
		expect(c.related.length).toBeGreaterThanOrEqual(2);
		expect(c.related).not.toContain(c.slug);
		for (const r of c.related) expect(getConcept(r), r).toBeDefined();

		// At least one live experiment; prepared prompts with sane parameters.
		expect(c.experiments.length).toBeGreaterThanOrEqual(1);
		for (const e of c.experiments.filter((x) => x.kind === 'prompt')) {
			expect(e.prompt.length).toBeGreaterThan(5);
			expect(e.temperature).toBeGreaterThanOrEqual(0);
			expect(e.temperature).toBeLessThanOrEqual(2);
			expect(e.topP).toBeGreaterThan(0);
			expect(e.topP).toBeLessThanOrEqual(1);
			expect(e.topK).toBeGreaterThanOrEqual(0);
			expect(e.maxTokens).toBeGreaterThan(0);
			expect(e.maxTokens).toBeLessThanOrEqual(200);
		}

		expect(c.presenter.points.length).toBeGreaterThanOrEqual(2);
		expect(c.presenter.pointAt.length).toBeGreaterThan(0);
		expect(c.usedIn.length).toBeGreaterThanOrEqual(1);
		for (const u of c.usedIn) expect(Object.keys(useCaseAreas)).toContain(u.area);
		if (c.diagram) expect(c.diagram.alt.length).toBeGreaterThan(40);
	});

	it('the built-in engine can continue every prepared prompt from words it has seen', () => {
		const vocabulary = new Set(tokenize(trainingParagraphs().join(' ')));
		for (const c of concepts)
			for (const e of c.experiments.filter((x) => x.kind === 'prompt')) {
				const last = tokenize(e.prompt).slice(-2);
				for (const w of last) expect(vocabulary.has(w), `${c.slug}: "${w}"`).toBe(true);
			}
	});

	it('leaves no page unreachable from the index groups', () => {
		const listed = conceptsByGroup().flatMap((g) => g.concepts.map((c) => c.slug));
		expect(listed.sort()).toEqual([...conceptSlugs].sort());
		for (const g of conceptsByGroup()) expect(g.concepts.length).toBeGreaterThan(0);
	});

	it('exports retrieval chunks with unique, stable ids', () => {
		const chunks = conceptChunks();
		expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
		expect(chunks[0]).toMatchObject({ id: 'generative-ai#0', slug: 'generative-ai' });
		expect(chunks.filter((c) => c.slug === 'rag').length).toBeGreaterThan(3);
		for (const c of chunks) expect(c.text).not.toMatch(/\[\[|\*\*|\]\(/); // markup stripped
	});
});
