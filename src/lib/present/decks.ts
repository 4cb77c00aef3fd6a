// Named decks saved on this device (the app database's "decks" store). A stored deck is read back
// through the same check as a link, so a deck saved by an older version never breaks the page.
import { appDb } from '$lib/storage/db';
import { deckFromParam, type Deck } from './deck';

export interface SavedDeck {
	name: string;
	deck: Deck;
	savedAt: number;
}

export async function listDecks(): Promise<SavedDeck[]> {
	const rows = await (await appDb()).getAll('decks');
	return rows
		.map((r) => ({
			name: r.name,
			deck: deckFromParam(r.slides.join(',')).deck,
			savedAt: r.savedAt
		}))
		.sort((a, b) => b.savedAt - a.savedAt);
}

export async function saveDeck(name: string, deck: Deck): Promise<void> {
	await (await appDb()).put('decks', { name, slides: [...deck.slides], savedAt: Date.now() });
}

export async function deleteDeck(name: string): Promise<void> {
	await (await appDb()).delete('decks', name);
}
