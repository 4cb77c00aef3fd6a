// What each key does in the deck, in one table: the keys a presentation clicker sends (→ ← Space,
// Page Down/Up), Home/End, and single letters for the live parts. Pure, so the map is tested and
// the help overlay is generated from the same table.

export type DeckAction =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'run'
	| 'stop'
	| 'fullscreen'
	| 'black'
	| 'help'
	| 'speaker'
	| 'qr'
	| 'reset';

export const deckKeys: { keys: string[]; label: string; action: DeckAction }[] = [
	{ keys: ['ArrowRight', ' ', 'PageDown'], label: '→, Space or Page Down', action: 'next' },
	{ keys: ['ArrowLeft', 'PageUp'], label: '← or Page Up', action: 'previous' },
	{ keys: ['Home'], label: 'Home', action: 'first' },
	{ keys: ['End'], label: 'End', action: 'last' },
	{ keys: ['g', 'G'], label: 'G', action: 'run' },
	{ keys: ['Escape'], label: 'Esc', action: 'stop' },
	{ keys: ['f', 'F'], label: 'F', action: 'fullscreen' },
	{ keys: ['b', 'B', '.'], label: 'B or .', action: 'black' },
	{ keys: ['s', 'S'], label: 'S', action: 'speaker' },
	{ keys: ['q', 'Q'], label: 'Q', action: 'qr' },
	{ keys: ['r', 'R'], label: 'R', action: 'reset' },
	{ keys: ['?'], label: '?', action: 'help' }
];

export const actionText: Record<DeckAction, string> = {
	next: 'Next slide',
	previous: 'Previous slide',
	first: 'First slide',
	last: 'Last slide',
	run: 'Run the slide’s prepared demo',
	stop: 'Stop the demo (or close this help)',
	fullscreen: 'Full screen on or off',
	black: 'Black screen on or off',
	speaker: 'Open the speaker window',
	qr: 'Show or hide a QR code of this concept’s page',
	reset: 'Reset the demo to its prepared prompt and settings',
	help: 'Show or hide these keys'
};

/** The action for a key press, or null (typing in a field, a modifier held, an unknown key). */
export function actionFor(e: {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	inField?: boolean;
}): DeckAction | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	// In a text field only Escape counts, so a presenter can type a prompt.
	if (e.inField) return e.key === 'Escape' ? 'stop' : null;
	return deckKeys.find((k) => k.keys.includes(e.key))?.action ?? null;
}

/** The next slide index for a move, clamped to the deck. */
export function move(action: DeckAction, at: number, count: number): number {
	if (action === 'next') return Math.min(count - 1, at + 1);
	if (action === 'previous') return Math.max(0, at - 1);
	if (action === 'first') return 0;
	if (action === 'last') return count - 1;
	return at;
}
