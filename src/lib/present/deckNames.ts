// The rules for a saved deck's name. Saving under a name that is taken used to replace that deck
// silently (the field always started as "My talk"), so: the field starts from the deck's own name
// (a saved deck with the same slides) or a free one, a taken name asks first, and "keep both"
// picks the next free "Name (2)", "Name (3)", … A name is at most 80 characters, as in a file.
import type { Deck } from './deck';
import type { SavedDeck } from './decks';

export const MAX_NAME = 80;
const DEFAULT_NAME = 'My talk';

const sameSlides = (a: Deck, b: Deck) =>
	a.slides.length === b.slides.length && a.slides.every((s, i) => s === b.slides[i]);

/** `base`, or the first "base (n)" (n ≥ 2) that is not taken, within MAX_NAME characters. */
export function freeName(base: string, taken: Iterable<string>): string {
	const names = new Set(taken);
	const trimmed = base.trim().slice(0, MAX_NAME) || DEFAULT_NAME;
	if (!names.has(trimmed)) return trimmed;
	const stem = trimmed.replace(/ \(\d+\)$/, '');
	for (let n = 2; ; n++) {
		const suffix = ` (${n})`;
		const name = `${stem.slice(0, MAX_NAME - suffix.length)}${suffix}`;
		if (!names.has(name)) return name;
	}
}

/** The name field's first value for `deck`: the name it is saved under, else a free one. */
export function startName(deck: Deck, saved: readonly SavedDeck[]): string {
	const same = saved.find((s) => sameSlides(s.deck, deck));
	if (same) return same.name;
	return freeName(
		DEFAULT_NAME,
		saved.map((s) => s.name)
	);
}

/**
 * What saving `deck` as `name` does: `save` (a new name), `same` (that name already holds these
 * slides: nothing to ask) or `ask` (another deck has that name: replace, keep both or rename).
 */
export function saveOutcome(
	name: string,
	deck: Deck,
	saved: readonly SavedDeck[]
): { kind: 'save' } | { kind: 'same' } | { kind: 'ask'; existing: SavedDeck; other: string } {
	const existing = saved.find((s) => s.name === name);
	if (!existing) return { kind: 'save' };
	if (sameSlides(existing.deck, deck)) return { kind: 'same' };
	return {
		kind: 'ask',
		existing,
		other: freeName(
			name,
			saved.map((s) => s.name)
		)
	};
}
