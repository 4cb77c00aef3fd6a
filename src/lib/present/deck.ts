// A talk's deck: which concept pages, in which order. The default is every concept in the
// glossary's order; a shared link carries a custom one as `?deck=slug,slug,…`. Reading a link
// never fails: unknown or repeated entries are dropped and named in a message, and a link with
// nothing usable falls back to the whole glossary, so a typo on a slide never leaves a blank deck.
import { conceptSlugs, type Slug } from '$lib/concepts/schema';

export interface Deck {
	slides: Slug[];
}

export const fullDeck: Deck = { slides: [...conceptSlugs] };

const known = new Set<string>(conceptSlugs);

export function deckFromParam(param: string | null): { deck: Deck; problem?: string } {
	if (param === null || param.trim() === '') return { deck: fullDeck };
	const wanted = param
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const slides: Slug[] = [];
	const unknown: string[] = [];
	const repeated: string[] = [];
	for (const s of wanted) {
		if (!known.has(s)) unknown.push(s);
		else if (slides.includes(s as Slug)) repeated.push(s);
		else slides.push(s as Slug);
	}
	const parts: string[] = [];
	if (unknown.length)
		parts.push(
			`no concept is called ${unknown
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
