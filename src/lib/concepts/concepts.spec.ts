// The content schema test: what the type system cannot check about the concept pages.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { conceptChunks, concepts, getConcept, trainingParagraphs } from './index';
import { conceptsByGroup } from './list';
import {
	beyondGlossary,
	AS_OF,
	conceptSlugs,
	DATED_SUBJECTS,
	groups,
	useCaseAreas,
	type Concept,
	type EngineText,
	type Experiment
} from './schema';
import { definedTerms, linkTargets, plainParagraphs } from '$lib/markdown/text';
import glossaryRuns from './glossary-runs.json';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import { tokenize } from '$lib/engine/builtin/ngram';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const both = (t: EngineText) => (typeof t === 'string' ? [t] : [t.builtin, t.model]);

/** An experiment's own texts: every kind has an intro and a "Look for" (ExperimentBase). */
function notes(e: Experiment): string[] {
	return [e.intro, ...both(e.lookFor)];
}

/** Every text a page shows, one entry per paragraph, list item or field. */
function pageTexts(c: Concept): string[] {
	return [
		c.title,
		c.definition,
		...plainParagraphs(c.body),
		...(c.diagram ? [c.diagram.alt] : []),
		...c.experiments.flatMap(notes),
		...c.presenter.points,
		...both(c.presenter.pointAt),
		...c.usedIn.map((u) => u.how)
	];
}

/** The texts that speak about the page's live experiments: what it says is there to try. */
const experimentTexts = (c: Concept) => [
	...c.experiments.flatMap(notes),
	...c.presenter.points,
	...both(c.presenter.pointAt)
];

// Runs of ten words shared with the glossary (scripts/glossary-runs.mjs keeps only their hashes).
const RUN = glossaryRuns.n;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const glossary = new Set(glossaryRuns.hashes);
function sharedRuns(text: string): string[] {
	const w = text.toLowerCase().replaceAll('’', "'").match(WORD) ?? [];
	const shared: string[] = [];
	for (let i = 0; i + RUN <= w.length; i++) {
		const run = w.slice(i, i + RUN).join(' ');
		if (glossary.has(createHash('sha256').update(run).digest('hex').slice(0, 12))) shared.push(run);
	}
	return shared;
}

/** A promise of something not built yet: the page must only offer what it registers. */
const PROMISE =
	/\b(is|are) planned\b|\bplanned for\b|\bcoming soon\b|\bnot yet (built|available|here)\b|\bwill (soon )?(be )?(added|built|available|arrive)\b|\bin a future (version|release|update)\b/i;
/** Words that name an interactive lab; only a page that registers a lab kind may use them. */
const LAB = /\blabs?\b|\btrainer\b/i;
const LAB_IN_BODY =
	/\b(lab|experiment|demo)s?\b[^.]*\bthis page\b|\bthis page\b[^.]*\b(lab|experiment|demo)s?\b/i;
/** Naming one engine in a text shown for both: it must then say what the other one does. */
const BUILTIN = /built-in|trigram/i;
const NEURAL = /neural|downloaded|chat model|Models page/i;

describe('concept content', () => {
	it('has exactly the agreed slugs, in reading order, each in its own file', () => {
		expect(concepts.map((c) => c.slug)).toEqual([...conceptSlugs]);
		expect(conceptSlugs).toHaveLength(28);
	});

	it('says on each page beyond the glossary, first thing, that it goes beyond it', () => {
		for (const slug of beyondGlossary)
			expect(plainParagraphs(getConcept(slug)!.body)[0], slug).toMatch(/beyond the glossary/);
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
		for (const t of both(c.presenter.pointAt)) expect(t.length).toBeGreaterThan(0);
		for (const t of c.experiments.flatMap(notes)) expect(t.length).toBeGreaterThan(0);
		expect(c.usedIn.length).toBeGreaterThanOrEqual(1);
		for (const u of c.usedIn) expect(Object.keys(useCaseAreas)).toContain(u.area);
		if (c.diagram) expect(c.diagram.alt.length).toBeGreaterThan(40);
	});

	it.each(concepts.map((c) => [c.slug, c] as const))(
		'%s cites at least two sources, each with a year and a link',
		(_slug, c) => {
			expect(c.sources.length).toBeGreaterThanOrEqual(2);
			expect(new Set(c.sources.map((s) => s.url)).size).toBe(c.sources.length);
			for (const s of c.sources) {
				expect(s.title.trim().length, s.url).toBeGreaterThan(3);
				expect(Number.isInteger(s.year), s.title).toBe(true);
				expect(s.year, s.title).toBeGreaterThanOrEqual(1900);
				expect(s.year, s.title).toBeLessThanOrEqual(new Date().getFullYear());
				expect(s.url, s.title).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
				if (s.kind === 'paper' || s.kind === 'book') expect(s.authors, s.title).toBeTruthy();
				// A law is cited by its official title and the date of its text.
				if (s.kind === 'law') {
					expect(s.date, s.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					expect(s.date!.slice(0, 4), s.title).toBe(String(s.year));
				}
			}
		}
	);

	it.each(concepts.map((c) => [c.slug, c] as const))(
		'%s dates every claim that can go out of date',
		(_slug, c) => {
			for (const text of pageTexts(c)) {
				// Every "as of" is a full marker: a month and a year, in brackets.
				const loose = text.match(/\bas of\b/gi)?.length ?? 0;
				expect([...text.matchAll(AS_OF)].length, text).toBe(loose);
				if (DATED_SUBJECTS.test(text)) expect(text, 'needs "(as of Month Year)"').toMatch(AS_OF);
			}
		}
	);

	it.each(concepts.map((c) => [c.slug, c] as const))(
		'%s promises no experiment it does not register',
		(_slug, c) => {
			for (const text of pageTexts(c)) expect(text).not.toMatch(PROMISE);
			const hasLab = c.experiments.some((e) => e.kind !== 'prompt');
			if (!hasLab) {
				for (const text of experimentTexts(c)) expect(text).not.toMatch(LAB);
				for (const p of plainParagraphs(c.body)) expect(p).not.toMatch(LAB_IN_BODY);
			}
		}
	);

	it.each(concepts.map((c) => [c.slug, c] as const))(
		'%s: a note shown for both engines that names one also says what the other does',
		(_slug, c) => {
			const shared = [
				...c.experiments.flatMap((e) => ('lookFor' in e ? [e.lookFor] : [])),
				c.presenter.pointAt
			].filter((t): t is string => typeof t === 'string');
			for (const t of shared) expect(BUILTIN.test(t), t).toBe(NEURAL.test(t));
		}
	);

	it('shares no run of ten words with the glossary the pages are based on', () => {
		expect(WORD.source).toBe(glossaryRuns.words);
		expect(glossary.size).toBeGreaterThan(1000);
		// Tripwire: the glossary's own first definition is caught, whatever the case and punctuation.
		expect(sharedRuns('AI models designed to create new content, such as Text.')).toHaveLength(1);
		for (const c of concepts)
			for (const text of pageTexts(c)) expect(sharedRuns(text), c.slug).toEqual([]);
	});

	it('the built-in engine can continue every prepared prompt from words it has seen', () => {
		const vocabulary = new Set(tokenize(trainingParagraphs().join(' ')));
		for (const c of concepts)
			for (const e of c.experiments.filter((x) => x.kind === 'prompt')) {
				const last = tokenize(e.prompt).slice(-2);
				for (const w of last) expect(vocabulary.has(w), `${c.slug}: "${w}"`).toBe(true);
			}
	});

	it('still lets the Stop test in e2e/concepts.test.ts stream a long text', async () => {
		// That test runs the history page at temperature 1.5 with seed 23 and needs all 200 tokens;
		// the texts are the built-in model's training data, so editing them can change the run.
		// If this fails, pick a seed that writes 200 tokens and put it in both places.
		const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
		const history = getConcept('history')!.experiments.find((e) => e.kind === 'prompt')!;
		const run = await engine.generate(
			{
				messages: [{ role: 'user', content: history.prompt }],
				temperature: 1.5,
				topK: history.topK,
				topP: history.topP,
				maxTokens: 200,
				seed: 23
			},
			() => {}
		);
		expect(run.usage.completionTokens).toBe(200);
	});

	it('still lets the playground Stop and reload tests stream a long reply', async () => {
		// e2e/playground.test.ts and e2e/conversations.test.ts send "An n-gram model estimates"
		// at temperature 1.5 with seed 23 (the playground's top-k 40 and top-p 0.95) and need a
		// reply of a few seconds (20 ms per token) to stop or reload in the middle of.
		const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
		const run = await engine.generate(
			{
				messages: [{ role: 'user', content: 'An n-gram model estimates' }],
				temperature: 1.5,
				topK: 40,
				topP: 0.95,
				maxTokens: 2000,
				seed: 23
			},
			() => {}
		);
		expect(run.usage.completionTokens).toBeGreaterThanOrEqual(150);
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
