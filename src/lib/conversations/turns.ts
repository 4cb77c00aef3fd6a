// A turn as the playground shows it. What is stored of a turn is its own type (StoredTurn with an
// id: the text, the engine, and a reply's three stats); what only this visit knows sits beside it
// in `visit` and is left out of every save: the reply's token probabilities (megabytes for a long
// reply), its prompt-reading speed and whether Stop ended it. Before, the page rebuilt stored
// turns as engine results with made-up fields (promptTokens: 0, finishReason: 'stop'), which the
// view could not tell from a real result.
import type { GenerationResult, TokenEvent } from '$lib/engine/types';
import type { IdTurn } from './merge';

export interface ChatTurn extends IdTurn {
	/** Known for a reply written during this visit only. */
	visit?: { tokens: TokenEvent[]; prefillTokensPerSecond?: number; stopped: boolean };
}

/** What a reply keeps of its engine result. */
export function replyOf(
	result: GenerationResult | null,
	tokens: TokenEvent[]
): Pick<ChatTurn, 'stats' | 'visit'> {
	if (!result) return { visit: { tokens, stopped: false } };
	const { completionTokens, decodeTokensPerSecond, timeToFirstTokenMs, prefillTokensPerSecond } =
		result.usage;
	return {
		stats: { completionTokens, decodeTokensPerSecond, timeToFirstTokenMs },
		visit: {
			tokens,
			...(prefillTokensPerSecond !== undefined ? { prefillTokensPerSecond } : {}),
			stopped: result.finishReason === 'abort'
		}
	};
}

/** The turn as saved: without what only this visit knows. */
export function toStored({ visit: _, ...stored }: ChatTurn): IdTurn {
	return stored;
}

/** A stored turn as shown: as it is, with nothing made up. */
export function fromStored(turn: IdTurn): ChatTurn {
	return { ...turn };
}
