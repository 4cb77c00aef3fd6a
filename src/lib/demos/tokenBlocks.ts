// Splits a growing token stream into blocks (paragraphs) for the token view. A browser lays out
// one long run of inline boxes again on every change, so a 5,000-token reply in one paragraph
// costs a full relayout per frame; in blocks, only the last block changes, finished blocks keep
// their identity (Svelte skips them) and can skip layout and paint when off screen.
import type { TokenEvent } from '$lib/engine';

export interface TokenBlock {
	/** Index of the block's first token in the whole stream. */
	start: number;
	tokens: TokenEvent[];
	/** No more tokens will join this block. */
	done: boolean;
}

/** A block ends at a line break, at a sentence end once it is this long, or at twice this. */
export const BLOCK_SOFT_LIMIT = 60;

const endsSentence = (text: string) => /[.!?]["')\]]?\s*$/.test(text);

export interface BlockState {
	source: readonly TokenEvent[];
	blocks: TokenBlock[];
}

export const emptyBlocks: BlockState = { source: [], blocks: [] };

/**
 * The blocks for `tokens`, reusing `previous` when `tokens` only grew since then (the stream is
 * append-only): finished blocks are returned as the same objects, only the last one is new.
 */
export function extendBlocks(previous: BlockState, tokens: readonly TokenEvent[]): BlockState {
	const grew =
		tokens.length >= previous.source.length &&
		(previous.source.length === 0 || tokens[0] === previous.source[0]) &&
		tokens[previous.source.length - 1] === previous.source[previous.source.length - 1];
	const blocks = grew ? previous.blocks.slice() : [];
	const from = grew ? previous.source.length : 0;
	let last = blocks.at(-1);
	if (last && !last.done) {
		last = { ...last, tokens: last.tokens.slice() };
		blocks[blocks.length - 1] = last;
	} else last = undefined;
	for (let i = from; i < tokens.length; i++) {
		if (!last) {
			last = { start: i, tokens: [], done: false };
			blocks.push(last);
		}
		const token = tokens[i]!;
		last.tokens.push(token);
		const n = last.tokens.length;
		if (
			token.text.includes('\n') ||
			(n >= BLOCK_SOFT_LIMIT && endsSentence(token.text)) ||
			n >= 2 * BLOCK_SOFT_LIMIT
		) {
			last.done = true;
			last = undefined;
		}
	}
	return { source: tokens, blocks };
}
