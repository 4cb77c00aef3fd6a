// The one place that talks to marked. Why marked: a maintained, CommonMark/GFM-accurate lexer
// instead of our own regexes. Why only its lexer: its tokens become our own small tree
// (tree.ts) that Svelte renders as elements, so nothing ever goes through an HTML string.
// Why the limits below: model output and imported conversations (up to a million characters a
// message) are untrusted, and marked alone takes minutes on some texts (its inline text rule is
// quadratic on "_a_a_a…"), slows down on long or deeply indented lists (~10 µs a list item) and
// overflows the stack on deep ">" nesting. Each limit bounds one of those, far above what a
// reply of a few thousand tokens uses; hostile.timed.spec.ts measures them.
import { Lexer, Marked, Tokenizer, type Token, type TokenizerExtension } from 'marked';

export const LIMITS = {
	/** Characters, and lines, read as Markdown; after the cut the text shows as plain text. */
	markdownChars: 16_000,
	markdownLines: 800,
	/** How far past that the cut may move (characters, lines) to land on a blank line. */
	cutSlack: 2_000,
	cutSlackLines: 100,
	/** Longest stretch of one paragraph that marked's inline pass sees at a time. */
	inlineChars: 2_000,
	/** Container markers (">", "-", "1.") honoured at the start of one line... */
	lineNesting: 10,
	/** ...and the column from which a marker no longer opens a deeper list or quote. */
	markerColumn: 40,
	/** Nesting of our tree (quotes and lists, or inline spans); deeper content becomes text. */
	treeDepth: 10,
	/**
	 * Delimiters ("*", "_", "~") marked may scan for closers in one piece of inline text, summed
	 * over its openers; past it, the piece's remaining delimiters stay text.
	 */
	delimiterPairs: 4_000,
	/** Inline elements (code, emphasis, links…) in one message; past them, markup shows as typed. */
	inlineElements: 1_000,
	/** Cells in one table (columns × rows); a larger table shows as the text it was written as. */
	tableCells: 3_000
};

export type Limits = typeof LIMITS;

/**
 * `[[defined term]]`: a term the text defines, rendered as <dfn>. Tokenizer only, and no
 * `start`: inline text already stops before every "[", and a start that searched the rest of
 * the paragraph for "[[" at each step would make "[x[x[x…" quadratic.
 */
export const dfnExtension: TokenizerExtension = {
	name: 'dfn',
	level: 'inline',
	tokenizer(src) {
		const m = /^\[\[([^[\]\n]+)\]\]/.exec(src);
		return m ? { type: 'dfn', raw: m[0], text: m[1]! } : undefined;
	}
};

// Inline text: marked's own rule also stops before every possible e-mail address, which scans
// the rest of the word at each stop, so a long "_a_a_a…" or "a!a!a!…" costs quadratic time.
// This rule stops everywhere marked's does except there (and its url rule below keeps web
// addresses only), so e-mail addresses stay text: neither link policy keeps mailto: links
// anyway. lex.timed.spec.ts checks that ordinary text gives the same tokens as marked's own rule.
const INLINE_TEXT =
	/^(?:`+|~+|[\s\S])(?:[^\\<![`*~_ hHfFwW]|[hH](?![tT][tT][pP])|[fF](?![tT][pP]:\/\/)|[wW](?![wW][wW]\.)|(?<=[^\s*_~(])[wW]| +(?=[^ \n]|$)| (?=\n))*/;

// Emphasis and strikethrough: for each "*", "_" or "~" that could open, marked scans the
// same delimiters after it in the piece for a closer, so thousands that never close
// ("*~.*~.…", found by tree.property.timed.spec.ts) cost quadratic time: 120 ms for one 2,000-character
// piece, 700 ms for 20,000 characters. Each piece gets a budget of delimiters scanned: a match
// costs the delimiters up to its closer, a miss those up to the end of the piece. Ordinary text
// spends a few per bold word; past the budget, the rest of the piece's delimiters show as typed.
// lex() starts a budget for each piece; the contents of a match (lexed by marked in between, as
// texts of their own) spend from it too.
interface Budget {
	scanned: number;
	/** Where each delimiter character is, per text marked lexes within the piece. */
	positions: Map<string, Map<string, number[]>>;
}
const newBudget = (): Budget => ({ scanned: 0, positions: new Map() });
let budget = newBudget();

/** The first index in sorted `list` whose value is at least `value`. */
function lowerBound(list: number[], value: number): number {
	let [lo, hi] = [0, list.length];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid]! < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** `match` (marked's own rule at `src`, a delimiter) if the piece's budget allows (see above). */
function withinBudget<T extends { raw: string }>(
	src: string,
	maskedSrc: string,
	match: () => T | undefined
): T | undefined {
	if (budget.scanned > LIMITS.delimiterPairs) return undefined;
	const char = src[0]!;
	let inText = budget.positions.get(maskedSrc);
	if (!inText) budget.positions.set(maskedSrc, (inText = new Map()));
	let at = inText.get(char);
	if (!at) {
		at = [];
		for (let i = maskedSrc.indexOf(char); i >= 0; i = maskedSrc.indexOf(char, i + 1)) at.push(i);
		inText.set(char, at);
	}
	const token = match();
	const from = maskedSrc.length - src.length;
	const to = token ? from + token.raw.length : maskedSrc.length;
	budget.scanned += lowerBound(at, to) - lowerBound(at, from);
	return token;
}

/**
 * Whether a table starting at `src` could have more than `max` cells: its header's columns times
 * its lines up to the next blank line (at least as many as marked makes rows of). marked builds
 * every cell of a table of 2,500 columns by 800 rows, 11,000 characters of "|a|-|": 1.3 s before
 * any rendering.
 */
export function tooManyCells(src: string, max: number): boolean {
	const end = src.indexOf('\n');
	// A table needs a header with "|" and a delimiter row under it; marked checks the rest.
	if (end < 0 || src.lastIndexOf('|', end) < 0) return false;
	const header = src.slice(0, end).trim();
	let columns = 1 - (header.startsWith('|') ? 1 : 0) - (header.endsWith('|') ? 1 : 0);
	for (let i = header.indexOf('|'); i >= 0; i = header.indexOf('|', i + 1)) columns++;
	let rows = 0;
	for (let at = 0; at < src.length;) {
		if (columns * ++rows > max) return true;
		const next = src.indexOf('\n', at);
		if (next < 0) break;
		at = next + 1;
		const lineEnd = src.indexOf('\n', at);
		if (/^[ \t]*$/.test(src.slice(at, lineEnd < 0 ? undefined : lineEnd))) break;
	}
	return false;
}

const tokenizer = {
	// Reference definitions ("[x]: https://…") are switched off: one at the end of a text would
	// turn an earlier "[x]" into a link, which a stream that keeps its finished blocks cannot
	// follow. They show as the text they are.
	def: () => undefined,
	url(src: string) {
		// false: marked's own rule; undefined: not a link here.
		return /^(?:https?:\/\/|ftp:\/\/|www\.)/i.test(src) ? false : undefined;
	},
	table(src: string) {
		return tooManyCells(src, LIMITS.tableCells) ? undefined : false;
	},
	// false: marked's own rule; undefined: the delimiter is text (over budget, see withinBudget).
	emStrong(this: Tokenizer, src: string, maskedSrc: string, prevChar?: string) {
		if (src[0] !== '*' && src[0] !== '_') return false;
		return withinBudget(src, maskedSrc, () =>
			Tokenizer.prototype.emStrong.call(this, src, maskedSrc, prevChar)
		);
	},
	del(this: Tokenizer, src: string, maskedSrc: string, prevChar?: string) {
		if (src[0] !== '~') return false;
		return withinBudget(src, maskedSrc, () =>
			Tokenizer.prototype.del.call(this, src, maskedSrc, prevChar)
		);
	},
	inlineText(src: string) {
		const m = INLINE_TEXT.exec(src);
		return m ? { type: 'text' as const, raw: m[0], text: m[0] } : undefined;
	}
};
const plain = new Marked({ gfm: true, tokenizer });
const withDfn = new Marked({ gfm: true, tokenizer, extensions: [dfnExtension] });

/** Splits one paragraph's inline source into pieces of at most `max` characters, at line ends or spaces. */
export function inlinePieces(src: string, max: number): string[] {
	if (src.length <= max) return [src];
	const out: string[] = [];
	let i = 0;
	while (src.length - i > max) {
		let cut = src.lastIndexOf('\n', i + max - 1);
		if (cut <= i + max / 2) cut = src.lastIndexOf(' ', i + max - 1);
		cut = cut <= i + max / 2 ? i + max : cut + 1;
		out.push(src.slice(i, cut));
		i = cut;
	}
	out.push(src.slice(i));
	return out;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MARKER = /^(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/**
 * Escapes a container marker at the start of a line once it is the (max + 1)th marker on the
 * line ("> > > …", "- - - …") or stands at column `column` or beyond (a list indented ever
 * deeper), so it shows as text instead of nesting without bound. Lines inside ``` or ~~~ fences
 * are left alone. Only inside lines: line ends stay where they were, which stream.ts relies on.
 */
export function capLineNesting(src: string, max: number, column: number): string {
	const deep = new RegExp(`^[ \\t]{${column},}(?:[>*+-]|\\d)`, 'm');
	if (!/(?:[>*+-]|\d[.)])[ \t]*(?:[>*+-]|\d)/.test(src) && !deep.test(src)) return src;
	let fence = '';
	return src.replace(/^[^\n]*/gm, (line) => {
		const f = FENCE.exec(line);
		if (fence) {
			if (
				f &&
				f[1]![0] === fence[0] &&
				f[1]!.length >= fence.length &&
				!line.slice(f[0].length).trim()
			) {
				fence = '';
			}
			return line;
		}
		if (f) {
			if (f[1]![0] === '~' || !line.slice(f[0].length).includes('`')) fence = f[1]!;
			return line;
		}
		let count = 0;
		let col = 0;
		let i = 0;
		while (i < line.length) {
			for (; line[i] === ' ' || line[i] === '\t'; i++)
				col = line[i] === '\t' ? col + 4 - (col % 4) : col + 1;
			const marker = MARKER.exec(line.slice(i, i + 11));
			if (!marker) return line;
			if (++count > max || col >= column) {
				if (THEMATIC_BREAK.test(line)) return line;
				// "\>" and "\-" are escapes; a number is kept by escaping its "." or ")".
				const at = /\d/.test(marker[0][0]!) ? i + marker[0].length - 1 : i;
				return `${line.slice(0, at)}\\${line.slice(at)}`;
			}
			i += marker[0].length;
			col += marker[0].length;
		}
		return line;
	});
}

export interface LexOptions {
	dfn?: boolean;
	limits?: Partial<Limits>;
}

export function limitsOf(options: LexOptions): Limits {
	return options.limits ? { ...LIMITS, ...options.limits } : LIMITS;
}

/**
 * marked's tokens for a text (already cut to the Markdown part, see markdownEnd), with line
 * nesting capped and long paragraphs lexed inline in pieces. Also returns the source as lexed,
 * whose `raw` lengths the tokens add up to.
 */
export function lex(text: string, options: LexOptions): { tokens: Token[]; src: string } {
	const limits = limitsOf(options);
	const src = capLineNesting(text, limits.lineNesting, limits.markerColumn);
	// Same steps as Lexer.lex, with the inline queue run piece by piece.
	const lexer = new Lexer((options.dfn ? withDfn : plain).defaults);
	const tokens = lexer.blockTokens(src, []);
	for (const { src: inline, tokens: into } of lexer.inlineQueue) {
		lexer.state.inRawBlock = false;
		// An unclosed inline <a> turns off web addresses as links, in marked up to the end of the
		// text; here up to the end of its block, so a stream that lexes the last block alone
		// agrees with a whole parse (tree.property.timed.spec.ts found the difference).
		lexer.state.inLink = false;
		for (const piece of inlinePieces(inline, limits.inlineChars)) {
			budget = newBudget();
			lexer.inlineTokens(piece, into);
		}
	}
	lexer.inlineQueue = [];
	budget = newBudget();
	return { tokens, src };
}

/**
 * Where text reaches `chars` characters or `lines` line ends after `from`, whichever comes
 * first; null if the text is not that long yet.
 */
function reach(text: string, from: number, chars: number, lines: number): number | null {
	const limit = from + chars;
	let at = from - 1;
	for (let n = 0; n < lines; n++) {
		at = text.indexOf('\n', at + 1);
		if (at < 0 || at >= limit) break;
		if (n === lines - 1) return at + 1;
	}
	return text.length >= limit ? limit : null;
}

/**
 * Where the Markdown part of a text ends: past markdownChars characters or markdownLines lines,
 * at the first blank line within the slack, else at the last line end within it, else at its
 * end. Null while the text is too short to tell (then all of it is Markdown). Depends only on
 * the text up to the cut, so a growing text keeps the same cut once it has one, and nothing
 * before it could have been finished differently by a stream.
 */
export function markdownEnd(text: string, limits: Limits = LIMITS): number | null {
	const from = reach(text, 0, limits.markdownChars, limits.markdownLines);
	if (from === null) return null;
	const to = reach(text, from, limits.cutSlack, limits.cutSlackLines);
	const blank = text.indexOf('\n\n', from);
	if (blank >= 0 && (to === null || blank + 1 < to)) return blank + 1;
	if (to === null) return null;
	const line = text.lastIndexOf('\n', to - 1);
	return line >= from ? line + 1 : to;
}

/** Normalises line ends the way marked does, so offsets into the text and the lexed source agree. */
export function normaliseLineEnds(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
