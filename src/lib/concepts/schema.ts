// The shape of a concept page. Content lives in content/<slug>.ts as typed data: the compiler
// checks field names and related slugs, and concepts.spec.ts checks what types cannot
// (word counts, links that resolve, a live experiment on every page).

/** Reading order = the glossary's order; presenter mode reuses it. */
export const conceptSlugs = [
	'generative-ai',
	'large-language-models',
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
	'rag',
	'chain-of-thought',
	'use-cases',
	'history',
	'economic-impact',
	'ethics',
	'regulation',
	'future-directions'
] as const;

export type Slug = (typeof conceptSlugs)[number];

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
	'transformer' | 'diffusion' | 'gan' | 'vae' | 'rag' | 'temperature' | 'filters';

/**
 * A prepared text generation on the engine the visitor chose. The same idea is sent in the form
 * each kind of engine understands: the start of a sentence for the built-in trigram model (it
 * continues the last two words), a chat message for an instruct model.
 */
export interface PromptExperiment {
	kind: 'prompt';
	/** What the visitor is about to see, in one sentence. */
	intro: string;
	/** The start of a sentence; the built-in model continues its last words. */
	prompt: string;
	/** What a chat model is asked; by default, to continue `prompt` (see demos/prompt/prompt.ts). */
	chat?: string;
	temperature: number;
	topK: number;
	topP: number;
	maxTokens: number;
	seed: number;
	/** What to look for in the result. */
	lookFor: string;
}

/**
 * Every kind of live experiment a page can carry, one member per kind. A lab adds its kind here
 * and its component in demos/registry.ts; the compiler then insists on both.
 */
export type Experiment = PromptExperiment;
export type ExperimentKind = Experiment['kind'];

export interface Concept {
	slug: Slug;
	title: string;
	group: Group;
	/** One sentence. */
	definition: string;
	/**
	 * The explanation, in a small Markdown subset (see markup.ts): paragraphs, "- " lists,
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
		pointAt: string;
	};
	related: Slug[];
	usedIn: { area: UseCaseArea; how: string }[];
}
