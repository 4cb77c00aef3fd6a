// Named decks saved on this device (the app database's "decks" store). Rows are read through the
// one stored-record reader (storage/records.ts): a row that another version, DevTools or a
// damaged disk left malformed (slides as a string, as numbers, a 50 MB name) is skipped and
// counted for a notice, and never hides the good ones. A row whose slides are all unknown to this
// version is skipped too, rather than listed as the whole glossary.
import * as v from 'valibot';
import { appDb } from '$lib/storage/db';
import { echo, readRecords, type SkippedRecord } from '$lib/storage/records';
import { deckFromParam, fullDeck, type Deck } from './deck';

export interface SavedDeck {
	name: string;
	deck: Deck;
	savedAt: number;
}

const rowSchema = v.object({
	name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
	slides: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.minLength(1), v.maxLength(200)),
	savedAt: v.pipe(v.number(), v.finite())
});

/** Saved decks, newest first, and the rows that could not be read. Never throws on a row. */
export function readDecks(rows: readonly unknown[]): {
	decks: SavedDeck[];
	skipped: SkippedRecord[];
} {
	const { records, skipped } = readRecords(
		rowSchema,
		rows,
		(r) => r.name,
		(i) => echo((rows[i] as { name?: unknown } | null)?.name ?? `#${i + 1}`, 40)
	);
	const decks: SavedDeck[] = [];
	for (const r of records) {
		const { deck } = deckFromParam(r.slides.join(','));
		if (deck === fullDeck) skipped.push({ key: echo(r.name, 40), why: 'no slide this app knows' });
		else decks.push({ name: r.name, deck, savedAt: r.savedAt });
	}
	return { decks: decks.sort((a, b) => b.savedAt - a.savedAt), skipped };
}

export async function listDecks(): Promise<ReturnType<typeof readDecks>> {
	return readDecks(await (await appDb()).getAll('decks'));
}

export async function saveDeck(name: string, deck: Deck, savedAt = Date.now()): Promise<void> {
	await (await appDb()).put('decks', { name, slides: [...deck.slides], savedAt });
}

export async function deleteDeck(name: string): Promise<void> {
	await (await appDb()).delete('decks', name);
}
