// A talk's deck: which concept pages, in which order. The default is every concept in the
// glossary's order; a shared link carries a custom one as `?deck=slug,slug,…`, and a file as
// JSON (deckToFile / deckFromFile). Reading either never fails: unknown or repeated entries are
// dropped and named in a message (each unknown name once, cut to 40 characters), and a link with
// nothing usable falls back to the whole glossary, so a typo never leaves a blank deck. Slides are
// read and named from the concept list (titles and experiment kinds, list.ts), not the texts: talk
// mode and /check loaded all 24 concepts' text (about 70 KB gzip) and the Markdown lexer for this.
import { summaryOf } from '$lib/concepts/list';
import { experimentName } from '$lib/demos/registry';
import { conceptSlugs, type Slug } from '$lib/concepts/schema';
import { echo } from '$lib/storage/records';

/**
 * One slide: a concept (`temperature`: its first demo), one experiment of it (`temperature:2`,
 * counting from 1, so a talk can show the sampling lab without the page's other demo), or its
 * explain slide (`temperature:explain`: the definition and the diagram, issue 25). A projector
 * fits one of the two, not both; an entry saved before the explain slide existed has no suffix
 * and still opens the concept's demo.
 */
export type SlideKey = Slug | `${Slug}:${number}` | `${Slug}:explain`;

/** The suffix of an explain slide's key. */
export const EXPLAIN = 'explain';

export interface Deck {
	slides: SlideKey[];
}

export const fullDeck: Deck = { slides: [...conceptSlugs] };

/** A slide's name in lists: the concept's title, and the experiment for a single-demo slide. */
export function slideTitle(key: string): string {
	const parts = slideParts(key);
	if (!parts) return key;
	const concept = summaryOf(parts.slug)!;
	if (parts.explain) return `${concept.title}: explained`;
	return parts.experiment === undefined
		? concept.title
		: `${concept.title}: ${experimentName(concept.experiments[parts.experiment]!)}`;
}

/**
 * The concept and, for a single-experiment slide, the experiment's index (from 0); `explain`
 * for the concept's explain slide.
 */
export function slideParts(
	key: string
): { slug: Slug; experiment?: number; explain?: true } | null {
	const [slug, n, extra] = key.split(':');
	const concept = summaryOf(slug ?? '');
	if (!concept || extra !== undefined) return null;
	if (n === undefined) return { slug: concept.slug };
	if (n === EXPLAIN) return { slug: concept.slug, explain: true };
	const i = Number(n);
	return Number.isInteger(i) && i >= 1 && i <= concept.experiments.length && String(i) === n
		? { slug: concept.slug, experiment: i - 1 }
		: null;
}

/** At most this many entries of a link or file are read: a real deck has a few dozen. */
const MAX_ENTRIES = 200;

/** Known slides in order, and what was dropped (unknown names once each, repeats counted). */
function readSlides(entries: readonly string[]) {
	const slides: SlideKey[] = [];
	const unknown = new Set<string>();
	let repeated = 0;
	for (const raw of entries.slice(0, MAX_ENTRIES)) {
		const s = raw.trim();
		if (!s) continue;
		if (!slideParts(s)) unknown.add(echo(s, 40));
		else if (slides.includes(s as SlideKey)) repeated++;
		else slides.push(s as SlideKey);
	}
	const parts: string[] = [];
	const names = [...unknown];
	if (names.length)
		parts.push(
			`no concept or experiment is called ${names
				.slice(0, 5)
				.map((u) => `“${u}”`)
				.join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`
		);
	if (repeated) parts.push(`${repeated} repeated slide(s) were shown once`);
	if (entries.length > MAX_ENTRIES) parts.push(`only the first ${MAX_ENTRIES} entries were read`);
	return { slides, detail: parts.join('; ') };
}

export function deckFromParam(param: string | null): { deck: Deck; problem?: string } {
	if (param === null || param.trim() === '') return { deck: fullDeck };
	const entries = param.split(',', MAX_ENTRIES + 1).filter((s) => s.trim());
	if (!entries.length)
		return {
			deck: fullDeck,
			problem: 'This deck link names no slides, so the whole glossary is shown.'
		};
	const { slides, detail } = readSlides(entries);
	if (!slides.length)
		return {
			deck: fullDeck,
			problem: `This deck link has no slide this app knows (${detail}), so the whole glossary is shown.`
		};
	return {
		deck: { slides },
		problem: detail ? `Part of this deck link was skipped: ${detail}.` : undefined
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

/**
 * A deck file is a few hundred bytes (22 concepts with their experiments make about 1.5 KB), so
 * anything over 64 KB is refused by its size, before its text is read: a 50 MB file would
 * otherwise block the page for seconds in JSON.parse alone.
 */
export const MAX_DECK_FILE_BYTES = 64 * 1024;

/** A size for a message, rounded up so a file just over the limit never reads as the limit. */
const size = (bytes: number) =>
	bytes >= 1024 * 1024
		? `${(Math.ceil(bytes / 1024 / 102.4) / 10).toFixed(1)} MB`
		: bytes >= 1024
			? `${Math.ceil(bytes / 1024)} KB`
			: `${bytes} bytes`;

/** The message for a file refused by its size, or undefined when it may be read. */
export function deckFileTooBig(bytes: number): string | undefined {
	return bytes > MAX_DECK_FILE_BYTES
		? `This file is ${size(bytes)}; a deck file is at most ${size(MAX_DECK_FILE_BYTES)}, so it was not read.`
		: undefined;
}

export interface DeckFile {
	format: typeof DECK_FORMAT;
	version: 1;
	name: string;
	slides: string[];
}

export function deckToFile(deck: Deck, name: string): DeckFile {
	return { format: DECK_FORMAT, version: 1, name, slides: [...deck.slides] };
}

/**
 * A deck file's text, checked; each problem names its field. A refused file changes nothing, so
 * its message says the deck being edited is kept; `"slides": []` is an empty deck to fill in.
 */
export function deckFromFile(
	text: string
): { ok: true; deck: Deck; name: string; problem?: string } | { ok: false; problem: string } {
	const tooBig = deckFileTooBig(text.length);
	if (tooBig) return { ok: false, problem: tooBig };
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
			problem: `This deck file has version ${echo(o.version, 20)}; this app reads version 1.`
		};
	if (typeof o.name !== 'string' || !o.name.trim() || o.name.length > 80)
		return { ok: false, problem: '"name" must be text of 1 to 80 characters.' };
	if (!Array.isArray(o.slides) || o.slides.some((s) => typeof s !== 'string'))
		return { ok: false, problem: '"slides" must be a list of concept names.' };
	const name = o.name.trim();
	if (!o.slides.length)
		return {
			ok: true,
			deck: { slides: [] },
			name,
			problem: `“${name}” has no slides: pick the concepts for it here.`
		};
	const { slides, detail } = readSlides(o.slides as string[]);
	if (!slides.length)
		return {
			ok: false,
			problem: `This deck file has no slide this app knows (${detail}); the deck being edited is kept.`
		};
	return {
		ok: true,
		deck: { slides },
		name,
		problem: detail ? `Part of this deck file was skipped: ${detail}.` : undefined
	};
}
