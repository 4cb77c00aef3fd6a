// A talk's deck: which concept pages, in which order. The default is every concept in the
// glossary's order; a shared link carries a custom one as `?deck=slug,slug,…`, and a file as
// JSON (deckToFile / deckFromFile). Reading either never fails: unknown or repeated entries are
// dropped and named in a message, and nothing usable falls back to the whole glossary, so a typo
// on a slide never leaves a blank deck.
import { getConcept } from '$lib/concepts';
import { conceptSlugs, type Slug } from '$lib/concepts/schema';

/**
 * One slide: a concept (`temperature`), or one experiment of it (`temperature:2`, counting from
 * 1), so a talk can show the sampling lab without the page's other demo.
 */
export type SlideKey = Slug | `${Slug}:${number}`;

export interface Deck {
	slides: SlideKey[];
}

export const fullDeck: Deck = { slides: [...conceptSlugs] };

/** What the deck editor calls each kind of experiment. */
export function experimentName(kind: string): string {
	return (
		{
			prompt: '“Try it” prompt',
			'sampling-lab': 'sampling lab',
			diffusion2d: 'diffusion toy',
			gan2d: 'GAN toy',
			vae: 'VAE toy',
			'prompt-compare': 'prompt comparison',
			'few-shot': 'few-shot scoring',
			'chain-of-thought': 'chain-of-thought check',
			rag: 'retrieval (RAG) lab',
			'structured-output': 'structured output',
			'use-cases': 'use-case templates',
			'fine-tune': 'fine-tuning lab',
			'scaling-law': 'scaling-law lab',
			'model-quiz': 'model quiz'
		}[kind] ?? kind
	);
}

/** A slide's name in lists: the concept's title, and the experiment for a single-demo slide. */
export function slideTitle(key: string): string {
	const parts = slideParts(key);
	if (!parts) return key;
	const concept = getConcept(parts.slug)!;
	return parts.experiment === undefined
		? concept.title
		: `${concept.title}: ${experimentName(concept.experiments[parts.experiment]!.kind)}`;
}

/** The concept and, for a single-experiment slide, the experiment's index (from 0). */
export function slideParts(key: string): { slug: Slug; experiment?: number } | null {
	const [slug, n, extra] = key.split(':');
	const concept = getConcept(slug ?? '');
	if (!concept || extra !== undefined) return null;
	if (n === undefined) return { slug: concept.slug };
	const i = Number(n);
	return Number.isInteger(i) && i >= 1 && i <= concept.experiments.length && String(i) === n
		? { slug: concept.slug, experiment: i - 1 }
		: null;
}

export function deckFromParam(param: string | null): { deck: Deck; problem?: string } {
	if (param === null || param.trim() === '') return { deck: fullDeck };
	const wanted = param
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const slides: SlideKey[] = [];
	const unknown: string[] = [];
	const repeated: string[] = [];
	for (const s of wanted) {
		if (!slideParts(s)) unknown.push(s);
		else if (slides.includes(s as SlideKey)) repeated.push(s);
		else slides.push(s as SlideKey);
	}
	const parts: string[] = [];
	if (unknown.length)
		parts.push(
			`no concept or experiment is called ${unknown
				.slice(0, 5)
				.map((u) => `“${u.slice(0, 40)}”`)
				.join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}`
		);
	if (repeated.length) parts.push(`${repeated.length} repeated slide(s) were shown once`);
	if (!slides.length)
		return {
			deck: fullDeck,
			problem: `This deck link has no slide this app knows (${parts.join('; ')}), so the whole glossary is shown.`
		};
	return {
		deck: { slides },
		problem: parts.length ? `Part of this deck link was skipped: ${parts.join('; ')}.` : undefined
	};
}

export function deckToParam(deck: Deck): string {
	return deck.slides.join(',');
}

/** A slide index within the deck, from a link's `slide` (1-based) value. */
export function slideFromParam(param: string | null, deck: Deck): number {
	const n = Number(param);
	return Number.isInteger(n) && n >= 1 && n <= deck.slides.length ? n - 1 : 0;
}

/** The file format for a deck saved or shared as a file. */
export const DECK_FORMAT = 'genai-live-deck';

export interface DeckFile {
	format: typeof DECK_FORMAT;
	version: 1;
	name: string;
	slides: string[];
}

export function deckToFile(deck: Deck, name: string): DeckFile {
	return { format: DECK_FORMAT, version: 1, name, slides: [...deck.slides] };
}

/** A deck file's text, checked; each problem names its field. */
export function deckFromFile(
	text: string
): { ok: true; deck: Deck; name: string; problem?: string } | { ok: false; problem: string } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'This file is not a deck: it is not JSON.' };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return { ok: false, problem: 'This file is not a deck: it holds no object.' };
	const o = data as Record<string, unknown>;
	if (o.format !== DECK_FORMAT)
		return { ok: false, problem: `This file is not a deck: "format" must be "${DECK_FORMAT}".` };
	if (o.version !== 1)
		return {
			ok: false,
			problem: `This deck file has version ${String(o.version)}; this app reads version 1.`
		};
	if (typeof o.name !== 'string' || !o.name.trim() || o.name.length > 80)
		return { ok: false, problem: '"name" must be text of 1 to 80 characters.' };
	if (!Array.isArray(o.slides) || o.slides.some((s) => typeof s !== 'string'))
		return { ok: false, problem: '"slides" must be a list of concept names.' };
	const { deck, problem } = deckFromParam((o.slides as string[]).join(','));
	if (problem && deck === fullDeck)
		return { ok: false, problem: problem.replace('This deck link', 'This deck file') };
	return {
		ok: true,
		deck,
		name: o.name.trim(),
		problem: problem?.replace('this deck link', 'this deck file')
	};
}
