// The shape of a concept page. Content lives in content/<slug>.ts as typed data: the compiler
// checks field names and related slugs, and concepts.spec.ts checks what types cannot
// (word counts, links that resolve, a live experiment on every page, sources with links, dated
// claims, no promised experiment that does not exist, no sentence borrowed from the glossary).

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
 * A note that must be true of whichever engine runs the experiment. The two engines differ in
 * ways a note easily gets wrong: the built-in trigram model has whole-word tokens, "probabilities"
 * that are smoothed counts, and sees only the last two words; a downloaded model has subword
 * tokens, a softmax over its final layer, and reads the whole chat message. A plain string is
 * shown for both, so it must hold for both (or name both); the pair picks the text by engine
 * (textForEngine in engineText.ts, keyed on whether the engine answers chat messages).
 */
export type EngineText = string | { builtin: string; model: string };

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
	/** What to look for in the result, true of the engine that ran it (see EngineText). */
	lookFor: EngineText;
}

/**
 * The sampling lab: step through a text one token at a time on the chosen engine, reshape each
 * step's distribution with the settings, see the draw, branch, and read the surprise trace.
 */
export interface SamplingLabExperiment {
	kind: 'sampling-lab';
	/** What the visitor is about to see, in one sentence. */
	intro: string;
	/** The text the lab starts from (a sentence start both kinds of engine can continue). */
	prompt: string;
	temperature: number;
	topK: number;
	topP: number;
	minP: number;
	seed: number;
	/** What to look for. */
	lookFor: string;
}

/**
 * A denoising diffusion model on 2-D points, trained live in the tab (labs/toys/diffusion2d).
 * The seed fixes the data, the initial weights, the batches and the sampler's noise, so a
 * presenter gets the same run every time.
 */
export interface Diffusion2dExperiment {
	kind: 'diffusion2d';
	intro: string;
	/** The data it starts with; 'two' trains on spiral and moons as two classes (guidance). */
	data: 'spiral' | 'moons' | 'letters' | 'two';
	seed: number;
	/** Sampler steps to start with (1–100). */
	samplerSteps: number;
	/** Why real systems denoise in a compressed latent space, in a few sentences. */
	latentNote: string;
	lookFor: string;
}

/**
 * A GAN on 2-D points, trained live in the tab (labs/toys/gan2d). The preset sets the data and
 * both sides' learning rates and updates per step; the seed fixes weights, batches and noise.
 */
export interface Gan2dExperiment {
	kind: 'gan2d';
	intro: string;
	/** 'converge': balanced sides; 'collapse': a generator that outpaces its judge. */
	preset: 'converge' | 'collapse';
	seed: number;
	lookFor: string;
}

/**
 * A VAE on 16×16 glyph images with a 2-D latent space, trained live in the tab (labs/toys/vae).
 * The seed fixes the glyph set, the weights, the batches and the sampling noise.
 */
export interface VaeExperiment {
	kind: 'vae';
	intro: string;
	/** The weight of the KL term to start with (0.1–4; 1 is the plain VAE). */
	beta: number;
	seed: number;
	lookFor: string;
}

/**
 * Prompt engineering side by side: a vague and a clear-intent prompt for the same task, on the
 * same engine and seed, with a checklist of what differs (labs/prompting/compare).
 */
export interface PromptCompareExperiment {
	kind: 'prompt-compare';
	intro: string;
	/** The task both prompts ask for, in a few words ("a product blurb"). */
	task: string;
	vague: string;
	clear: string;
	seed: number;
	lookFor: EngineText;
}

/**
 * Few-shot learning scored: one small task over a built-in test set, zero-shot and with k
 * examples, accuracy per k (labs/prompting/fewshot).
 */
export interface FewShotExperiment {
	kind: 'few-shot';
	intro: string;
	/** The numbers of examples compared, e.g. [0, 1, 3]. */
	shots: number[];
	seed: number;
	lookFor: EngineText;
}

/**
 * Chain-of-thought: word problems answered directly and step by step, final answers extracted
 * and checked (labs/prompting/cot).
 */
export interface ChainOfThoughtExperiment {
	kind: 'chain-of-thought';
	intro: string;
	seed: number;
	lookFor: EngineText;
}

/**
 * Retrieval-augmented generation over this app's own concept texts: BM25 (and an embedding
 * model where one is downloaded), the exact augmented prompt, cited answer, and the same
 * question without retrieval (labs/prompting/rag).
 */
export interface RagExperiment {
	kind: 'rag';
	intro: string;
	/** The question it starts with; the visitor can ask another. */
	question: string;
	seed: number;
	lookFor: EngineText;
}

/** A JSON schema answered in the engine's constrained mode where it has one, then validated. */
export interface StructuredOutputExperiment {
	kind: 'structured-output';
	intro: string;
	/** The glossary term the prepared request asks a card for. */
	term: string;
	seed: number;
	lookFor: EngineText;
}

/** Ready-to-run prompt templates, one per use-case area of the glossary, editable. */
export interface UseCasesExperiment {
	kind: 'use-cases';
	intro: string;
	seed: number;
	lookFor: EngineText;
}

/**
 * Fine-tuning, made small: the built-in model adapted to text the visitor pastes, with
 * continuations and held-out perplexity before and after (labs/adaptation).
 */
export interface FineTuneExperiment {
	kind: 'fine-tune';
	intro: string;
	seed: number;
	lookFor: string;
}

/**
 * A measured scaling law: the built-in model trained in the tab on growing shares of the corpus,
 * held-out perplexity against data size on log–log axes with the fitted power law.
 */
export interface ScalingLawExperiment {
	kind: 'scaling-law';
	intro: string;
	/** Shares of the training text, ascending, e.g. [0.01, 0.03, 0.1, 0.3, 1]. */
	fractions: number[];
	seed: number;
	lookFor: string;
}

/**
 * A short fixed glossary quiz answered by the chosen engine; each model's score and speed are
 * kept on the device and plotted against its parameter count.
 */
export interface ModelQuizExperiment {
	kind: 'model-quiz';
	intro: string;
	seed: number;
	lookFor: EngineText;
}

/**
 * Every kind of live experiment a page can carry, one member per kind. A lab adds its kind here
 * and its component in demos/registry.ts; the compiler then insists on both.
 */
export type Experiment =
	| PromptExperiment
	| SamplingLabExperiment
	| Diffusion2dExperiment
	| Gan2dExperiment
	| VaeExperiment
	| PromptCompareExperiment
	| FewShotExperiment
	| ChainOfThoughtExperiment
	| RagExperiment
	| StructuredOutputExperiment
	| UseCasesExperiment
	| FineTuneExperiment
	| ScalingLawExperiment
	| ModelQuizExperiment;
export type ExperimentKind = Experiment['kind'];

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
