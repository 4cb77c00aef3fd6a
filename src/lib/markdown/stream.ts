// Markdown of a text that grows (a reply streaming in): blocks that can no longer change are
// kept in `done`, and only the tail after them is lexed again on each append, so the cost per
// token stays the size of the last block, not of the whole reply. Why marked decides what is
// finished: it is the lexer that would read the whole text, so a block it has closed stays
// closed, and done + tailBlocks() always equals parse() of the same text (tested at every cut).
import type { Token } from 'marked';
import { lex, limitsOf, markdownEnd, normaliseLineEnds, type Limits } from './lex';
import { fromTokens, plainChunks, type Block, type ElementBudget, type ParseOptions } from './tree';

/**
 * How many of the tail's tokens are finished: all before the last block, provided that block
 * starts a line whose end has arrived (until then "#" or "***" could still turn into text and
 * join the paragraph above; for a table, its second line) and the tokens add up to the source.
 */
function finishedCount(tokens: Token[], src: string): { count: number; length: number } {
	let last = tokens.length - 1;
	while (last >= 0 && tokens[last]!.type === 'space') last--;
	let length = 0;
	for (let i = 0; i < last; i++) {
		const raw = tokens[i]!.raw;
		if (!src.startsWith(raw, length)) return { count: 0, length: 0 };
		length += raw.length;
	}
	if (last <= 0 || src[length - 1] !== '\n' || src.indexOf('\n', length) < 0) {
		return { count: 0, length: 0 };
	}
	// A table is two lines before it is one: until its delimiter row has ended ("|-" may still
	// become "|-x", no table), the paragraph above may yet go on (tree.property.timed.spec.ts found it).
	if (tokens[last]!.type === 'table' && src.indexOf('\n', src.indexOf('\n', length) + 1) < 0) {
		return { count: 0, length: 0 };
	}
	return { count: last, length };
}

function lineCount(text: string, length: number): number {
	let n = 0;
	for (let at = text.indexOf('\n'); at >= 0 && at < length; at = text.indexOf('\n', at + 1)) n++;
	return n;
}

/** Offset just past the n-th line end of text. */
function afterLines(text: string, n: number): number {
	let at = 0;
	for (let i = 0; i < n; i++) at = text.indexOf('\n', at) + 1;
	return at;
}

export class MarkdownStream {
	/** Blocks that can no longer change. */
	done: Block[] = [];
	/** The text after `done`: lexed again on every append. */
	tail = '';
	readonly #options: ParseOptions;
	readonly #limits: Limits;
	/** Everything appended so far, line ends normalised. */
	#text = '';
	/** Where `tail` starts in #text. */
	#start = 0;
	/** Where the Markdown part ends, once the text is long enough to tell (see markdownEnd). */
	#cut: number | null = null;
	#pendingCR = false;
	#tailBlocks: Block[] = [];
	/** Inline elements the finished blocks left to the rest (LIMITS.inlineElements). */
	#budget: ElementBudget;

	constructor(options: ParseOptions) {
		this.#options = options;
		this.#limits = limitsOf(options);
		this.#budget = { left: this.#limits.inlineElements };
	}

	append(piece: string): void {
		// "\r" then "\n" in the next piece is one line end, as in the whole text.
		if (this.#pendingCR && piece.startsWith('\n')) piece = piece.slice(1);
		this.#pendingCR = piece.endsWith('\r');
		this.#text += normaliseLineEnds(piece);
		this.#cut ??= markdownEnd(this.#text, this.#limits);
		this.#advance();
		this.tail = this.#text.slice(this.#start);
	}

	/** The blocks of the tail, as of the last append. */
	tailBlocks(): Block[] {
		return this.#tailBlocks;
	}

	#advance(): void {
		const cut = this.#cut;
		if (cut === null || this.#start < cut) {
			const original = this.#text.slice(this.#start, cut ?? this.#text.length);
			let tokens: Token[];
			let src = original;
			try {
				({ tokens, src } = lex(original, this.#options));
			} catch {
				tokens = original.trim() ? [{ type: 'unknown', raw: original }] : [];
			}
			if (cut !== null) {
				// The Markdown part is complete: every token is final, the rest is plain text.
				this.done.push(...fromTokens(tokens, this.#options, this.#budget));
				this.#start = cut;
			} else {
				const { count, length } = finishedCount(tokens, src);
				if (count > 0) {
					this.done.push(...fromTokens(tokens.slice(0, count), this.#options, this.#budget));
					// Lexing may escape characters inside lines (lex.ts), never line ends: count lines.
					this.#start += afterLines(original, lineCount(src, length));
				}
				this.#tailBlocks = fromTokens(tokens.slice(count), this.#options, { ...this.#budget });
				return;
			}
		}
		// Past the cut: plain chunks, of which those ended by a later line are final.
		const atCut = this.#start === this.#cut;
		const { blocks, finished, end } = plainChunks(this.#text.slice(this.#start), atCut);
		// A loop, not push(...): a large append can hold more blocks than a call takes arguments.
		for (let i = 0; i < finished; i++) this.done.push(blocks[i]!);
		this.#start += end;
		this.#tailBlocks = blocks.slice(finished);
	}
}
