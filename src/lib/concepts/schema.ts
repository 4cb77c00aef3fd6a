// The shape of a concept page. Content lives in content/<slug>.ts as typed data: the compiler
// checks field names and related slugs, and concepts.spec.ts checks what types cannot
// (word counts, links that resolve, a live experiment on every page, sources with links, dated
// claims, no promised experiment that does not exist, no sentence borrowed from the glossary).

/** Reading order = the glossary's order; presenter mode reuses it. */
export const conceptSlugs = [
	'generative-ai',
	'large-language-models',
	'tokens-and-embeddings',
	'deep-learning',
	'transformers',
	'foundation-models',
	'few-shot-learning',
	'scaling-laws',
	'diffusion-models',
	'gans',
	'vaes',
	'prompt-engineering',
	'temperature',
	'top-k-top-p',
	'fine-tuning',
	'post-training',
	'quantization',
	'rag',
	'chain-of-thought',
	'reasoning-models',
	'agents-and-tool-use',
	'hallucination',
	'use-cases',
	'history',
	'economic-impact',
	'ethics',
	'regulation',
	'future-directions'
] as const;

export type Slug = (typeof conceptSlugs)[number];

/** Pages on topics the glossary does not cover (written for this app); the index marks them. */
export const beyondGlossary: readonly Slug[] = [
	'tokens-and-embeddings',
	'reasoning-models',
	'hallucination',
	'post-training',
	'quantization',
	'agents-and-tool-use'
];

export const groups = ['Foundations', 'Architectures', 'Techniques', 'Uses', 'Context'] as const;
export type Group = (typeof groups)[number];

/** The use-case areas of the glossary; concepts say where they show up in them. */
export const useCaseAreas = {
	content: 'Content creation and marketing',
	software: 'Software development',
	creative: 'Creative industries',
	science: 'Scientific research',
	education: 'Education and training',
	operations: 'Business operations'
} as const;
export type UseCaseArea = keyof typeof useCaseAreas;

export type DiagramId =
	'transformer' | 'diffusion' | 'gan' | 'vae' | 'rag' | 'temperature' | 'filters' | 'agent';

/**
 * A note that must be true of whichever engine runs the experiment. The two engines differ in
 * ways a note easily gets wrong: the built-in trigram model has whole-word tokens, "probabilities"
 * that are smoothed counts, and sees only the last two words; a downloaded model has subword
 * tokens, a softmax over its final layer, and reads the whole chat message. A plain string is
 * shown for both, so it must hold for both (or name both); the pair picks the text by engine
 * (textForEngine in engineText.ts, keyed on whether the engine answers chat messages).
 */
export type EngineText = string | { builtin: string; model: string };

/**
 * Every kind of live experiment a page can carry. Each lab declares its own config in its
 * folder's lab.ts (extending ExperimentBase: intro, seed, lookFor) and the union is derived
 * from those declarations (labs/kit/declaration.ts), so a new lab edits neither this file nor
 * the registry.
 */
import type { Experiment } from '$lib/labs/kit/declaration';
export type { Experiment } from '$lib/labs/kit/declaration';

/**
 * A source for a page's claims, listed under "Sources and further reading". Papers name their
 * authors; laws and executive orders give their official title and the date of the text.
 */
export interface Source {
	/** The exact title (official title for a law). */
	title: string;
	/** "Vaswani, Shazeer, Parmar et al." for papers and books; the issuing body for reports. */
	authors?: string;
	year: number;
	/** A stable http(s) link: arXiv abstract, DOI, EUR-Lex, Federal Register, official site. */
	url: string;
	kind: 'paper' | 'law' | 'book' | 'report' | 'web';
	/** Laws, orders and official decisions: the date of the text, YYYY-MM-DD. */
	date?: string;
}

/**
 * Claims that go out of date (laws and their deadlines, products and who sells them, market
 * figures, "the largest model so far") carry their date in the sentence itself, as a marker
 * "(as of November 2026)". A marker in the text, rather than a separate field of dated claims,
 * because the reader and the audience of a talk must see the date next to the claim it dates,
 * the page and its slides show only the text, and a field would drift away from the sentence it
 * describes as the wording changes. concepts.spec.ts checks every marker's form and requires one
 * in any paragraph or list item that names a subject from DATED_SUBJECTS.
 */
export const AS_OF =
	/\(as of (January|February|March|April|May|June|July|August|September|October|November|December) (20\d\d)\)/g;

/**
 * Subjects whose statements age: regulation, named products, market figures. A paragraph that
 * names one needs an "as of" marker. Historical facts ("ChatGPT was released in 2022") are not
 * listed: their date is part of the claim.
 */
export const DATED_SUBJECTS =
	/\bAI Act\b|\b[Ee]xecutive [Oo]rder\b|\bOmnibus\b|\bAction Plan\b|\bInterim Measures\b|\blabelling (rules|measures)\b|\bCopyright Office\b|\bsettlement\b|\bCopilot\b|\bAmazon Q\b|\bCodeWhisperer\b|\bTabnine\b|\bMidjourney\b|\bmarket share\b|\bopen-weight models? (now|today)\b/;

export interface Concept {
	slug: Slug;
	title: string;
	group: Group;
	/** One sentence. */
	definition: string;
	/**
	 * The explanation, in a small Markdown subset (read by $lib/markdown, concept-body options): paragraphs, "- " lists,
	 * **strong**, *emphasis*, `code`, [[defined term]] and [links](/concepts/slug).
	 */
	body: string;
	/** Terms the body defines inline with [[...]]; the search index weighs them highly. */
	terms: string[];
	diagram?: { id: DiagramId; alt: string };
	/** The page's live experiments, in order; each kind's code loads only where it is used. */
	experiments: Experiment[];
	presenter: {
		points: string[];
		/** What to show on screen, true of the engine that runs (see EngineText). */
		pointAt: EngineText;
	};
	related: Slug[];
	usedIn: { area: UseCaseArea; how: string }[];
	/** Primary sources for the page's claims, at least two, shown at the end of the page. */
	sources: Source[];
}
