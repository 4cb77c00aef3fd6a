// Markdown as data: marked's tokens (lex.ts) turned into one small typed tree that
// Markdown.svelte renders as elements and text, never as an HTML string, so "<script>" in a
// model's reply is characters on screen. The caller picks the link policy: 'external' keeps only
// http(s) links (model output), 'concepts' keeps only /concepts/<slug> links (concept pages).
// Rejected links, images, raw HTML and anything we do not know show as the text they were
// written as. Pure functions only, so the same text always gives the same tree.
import type { Token, Tokens } from 'marked';
import { lex, limitsOf, markdownEnd, normaliseLineEnds, type LexOptions, type Limits } from './lex';

export type Inline =
	| { t: 'text'; v: string }
	| { t: 'code'; v: string }
	| { t: 'dfn'; v: string }
	| { t: 'br' }
	| { t: 'strong' | 'em' | 'del'; c: Inline[] }
	/** An external link: `href` is an absolute http(s) URL. */
	| { t: 'link'; href: string; c: Inline[] }
	/** A link to a concept page, rendered through the app's router so sub-path builds work. */
	| { t: 'concept'; slug: string; c: Inline[] };

export type Align = 'left' | 'center' | 'right' | null;

export type Block =
	| { t: 'p'; c: Inline[] }
	/** Inline content without a paragraph around it: the items of a tight list. */
	| { t: 'inline'; c: Inline[] }
	| { t: 'h'; level: 1 | 2 | 3 | 4 | 5 | 6; c: Inline[] }
	| { t: 'list'; ordered: boolean; start: number; items: Block[][] }
	| { t: 'quote'; c: Block[] }
	| { t: 'pre'; lang: string; v: string }
	| { t: 'hr' }
	| { t: 'table'; align: Align[]; head: Inline[][]; rows: Inline[][][] }
	/** Text shown as written (raw HTML, unknown blocks). */
	| { t: 'raw'; v: string }
	/** Text past the Markdown cut, as written, in chunks that continue one another (plainChunks). */
	| { t: 'plain'; v: string };

export type LinkPolicy = 'external' | 'concepts';

export interface ParseOptions extends LexOptions {
	links: LinkPolicy;
}

/** Concept page bodies: links to other concept pages only, and [[defined terms]]. */
export const CONCEPT_BODY: ParseOptions = { links: 'concepts', dfn: true };

/** Model output and everything else a user pastes: http(s) links only, opened in a new tab. */
export const MODEL_OUTPUT: ParseOptions = { links: 'external' };

/** The http(s) URL a link may open, or null for javascript:, data:, relative or malformed targets. */
export function safeHref(href: string): string | null {
	try {
		const url = new URL(href);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

const CONCEPT_LINK = /^\/concepts\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The slug of a /concepts/<slug> link, or null. */
export function conceptSlug(href: string): string | null {
	return CONCEPT_LINK.exec(href)?.[1] ?? null;
}

// Character references as CommonMark decodes them in text and link targets. marked leaves them
// for its HTML output to carry; our text nodes need the character. The common named ones only:
// an unknown name stays as written.
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	copy: '©',
	reg: '®',
	trade: '™',
	hellip: '…',
	mdash: '—',
	ndash: '–',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»',
	times: '×',
	divide: '÷',
	deg: '°',
	plusmn: '±',
	middot: '·',
	bull: '•',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	sect: '§',
	para: '¶',
	larr: '←',
	rarr: '→',
	uarr: '↑',
	darr: '↓',
	harr: '↔',
	le: '≤',
	ge: '≥',
	ne: '≠',
	asymp: '≈',
	infin: '∞',
	minus: '−'
};

export function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(
		/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
		(m, dec?: string, hex?: string, name?: string) => {
			if (name) return NAMED[name] ?? m;
			const cp = dec ? Number(dec) : parseInt(hex!, 16);
			return cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)
				? '\ufffd'
				: String.fromCodePoint(cp);
		}
	);
}

/** Inline elements a text may still have (LIMITS.inlineElements); a stream carries it along. */
export interface ElementBudget {
	left: number;
}

interface Context {
	links: LinkPolicy;
	limits: Limits;
	budget: ElementBudget;
}

function pushText(out: Inline[], v: string) {
	if (!v) return;
	const last = out.at(-1);
	if (last?.t === 'text') last.v += v;
	else out.push({ t: 'text', v });
}

function inlines(tokens: Token[] | undefined, ctx: Context, depth: number): Inline[] {
	const out: Inline[] = [];
	for (const token of tokens ?? []) {
		const node = inline(token, ctx, depth);
		if (node.t === 'text') pushText(out, node.v);
		else out.push(node);
	}
	return out;
}

function link(token: Tokens.Link, ctx: Context, depth: number): Inline {
	// A bare address (autolink) is literal: no character references to decode.
	const target = token.autolink ? token.href : decodeEntities(token.href);
	const content = (): Inline[] =>
		token.autolink ? [{ t: 'text', v: token.text }] : inlines(token.tokens, ctx, depth + 1);
	if (ctx.links === 'external') {
		const href = safeHref(target);
		if (href) return { t: 'link', href, c: content() };
	} else {
		const slug = conceptSlug(target);
		if (slug) return { t: 'concept', slug, c: content() };
	}
	return { t: 'text', v: token.raw };
}

/** Token kinds that become an element on screen (the rest is text). */
const ELEMENTS = new Set(['codespan', 'br', 'strong', 'em', 'del', 'link', 'dfn']);

function inline(token: Token, ctx: Context, depth: number): Inline {
	const t = token as Tokens.Generic;
	if (depth >= ctx.limits.treeDepth) return { t: 'text', v: t.raw };
	// Past the budget, markup shows as typed: thousands of `code` spans or *em* cost the browser
	// more to render than the 100 ms a message may take (npm run bench, "Markdown render").
	if (ELEMENTS.has(t.type) && ctx.budget.left-- <= 0) return { t: 'text', v: t.raw };
	switch (t.type) {
		case 'text':
			return { t: 'text', v: decodeEntities(t.text) };
		case 'escape':
			return { t: 'text', v: t.text };
		case 'codespan':
			return { t: 'code', v: t.text };
		case 'br':
			return { t: 'br' };
		case 'strong':
		case 'em':
		case 'del':
			return { t: t.type, c: inlines(t.tokens, ctx, depth + 1) };
		case 'link':
			return link(t as Tokens.Link, ctx, depth);
		case 'dfn':
			return { t: 'dfn', v: t.text };
		default:
			// html (inline tags), image, and anything else: the characters as written.
			return { t: 'text', v: t.raw };
	}
}

/** The text of inline content, as a reader would copy it. */
export function inlineText(content: Inline[]): string {
	let s = '';
	for (const i of content) {
		if (i.t === 'br') s += '\n';
		else if ('v' in i) s += i.v;
		else s += inlineText(i.c);
	}
	return s;
}

const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;

function listItem(item: Tokens.ListItem, ctx: Context, depth: number): Block[] {
	let box = '';
	const rest: Token[] = [];
	for (const token of item.tokens) {
		if (token.type === 'checkbox') box = (token as Tokens.Checkbox).checked ? '☑ ' : '☐ ';
		else rest.push(token);
	}
	const out = blocks(rest, ctx, depth);
	if (box) {
		const first = out[0];
		if (first && (first.t === 'inline' || first.t === 'p')) {
			const head = first.c[0];
			if (head?.t === 'text') head.v = box + head.v;
			else first.c.unshift({ t: 'text', v: box });
		} else out.unshift({ t: 'inline', c: [{ t: 'text', v: box }] });
	}
	return out;
}

function block(token: Token, ctx: Context, depth: number): Block | null {
	const t = token as Tokens.Generic;
	switch (t.type) {
		case 'space':
			return null;
		case 'paragraph':
			return { t: 'p', c: inlines(t.tokens, ctx, 0) };
		case 'text':
			return {
				t: 'inline',
				c: t.tokens ? inlines(t.tokens, ctx, 0) : [{ t: 'text', v: decodeEntities(t.text) }]
			};
		case 'heading':
			return {
				t: 'h',
				level: HEADING_LEVELS[Math.min(Math.max(t.depth, 1), 6) - 1]!,
				c: inlines(t.tokens, ctx, 0)
			};
		case 'code': {
			const lang = t.codeBlockStyle === 'indented' ? '' : (t.lang ?? '').trim().split(/\s/)[0]!;
			return { t: 'pre', lang: decodeEntities(lang), v: t.text };
		}
		case 'hr':
			return { t: 'hr' };
		case 'blockquote':
			if (depth >= ctx.limits.treeDepth) return { t: 'raw', v: t.raw };
			return { t: 'quote', c: blocks(t.tokens!, ctx, depth + 1) };
		case 'list': {
			if (depth >= ctx.limits.treeDepth) return { t: 'raw', v: t.raw };
			const list = t as Tokens.List;
			return {
				t: 'list',
				ordered: list.ordered,
				start: list.ordered && typeof list.start === 'number' ? list.start : 1,
				items: list.items.map((item) => listItem(item, ctx, depth + 1))
			};
		}
		case 'table': {
			const table = t as Tokens.Table;
			return {
				t: 'table',
				align: table.align,
				head: table.header.map((cell) => inlines(cell.tokens, ctx, 0)),
				rows: table.rows.map((row) => row.map((cell) => inlines(cell.tokens, ctx, 0)))
			};
		}
		default:
			// html blocks, and anything else: the characters as written.
			return { t: 'raw', v: t.raw.replace(/\n+$/, '') };
	}
}

function blocks(tokens: Token[], ctx: Context, depth: number): Block[] {
	const out: Block[] = [];
	for (const token of tokens) {
		const b = block(token, ctx, depth);
		if (b) out.push(b);
	}
	return out;
}

/** Our blocks for marked's top-level tokens. */
export function fromTokens(
	tokens: Token[],
	options: ParseOptions,
	/** What earlier blocks of the same text left (a stream passes its own); spent as it goes. */
	budget: ElementBudget = { left: limitsOf(options).inlineElements }
): Block[] {
	return blocks(tokens, { links: options.links, limits: limitsOf(options), budget }, 0);
}

/**
 * Text past the Markdown cut comes in chunks of about this many characters, each ended at a line
 * end, and Markdown.svelte lets the browser skip laying out the chunks off screen. Why: laying out
 * a million characters of text takes Chromium up to 3 s (`npm run bench`, "Markdown render"),
 * far more than parsing them; and one block per paragraph made 300,000 elements.
 */
export const PLAIN_CHUNK = 2_000;
/** A line longer than this is cut anyway (between two UTF-16 surrogates never). */
const PLAIN_CHUNK_MAX = 4_000;

/** Where the chunk that starts at `from` ends (a line end, or the forced cut), if known yet. */
function chunkEnd(text: string, from: number): number | null {
	const line = text.indexOf('\n', from + PLAIN_CHUNK);
	if (line >= 0 && line < from + PLAIN_CHUNK_MAX) return line;
	if (text.length < from + PLAIN_CHUNK_MAX) return null;
	const at = from + PLAIN_CHUNK_MAX;
	const code = text.charCodeAt(at - 1);
	return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/**
 * Text past the Markdown cut as plain chunks (see PLAIN_CHUNK). `finished` chunks end at `end`
 * and stay the same however the text goes on; a stream keeps them and redoes the rest. `atCut`:
 * the text starts at the cut, whose blank lines are left out.
 */
export function plainChunks(
	text: string,
	atCut = true
): { blocks: Block[]; finished: number; end: number } {
	const blocks: Block[] = [];
	let from = atCut ? /^(?:[ \t]*\n)*/.exec(text)![0].length : 0;
	let end = 0;
	for (let stop = chunkEnd(text, from); stop !== null; stop = chunkEnd(text, from)) {
		blocks.push({ t: 'plain', v: text.slice(from, stop) });
		from = text[stop] === '\n' ? stop + 1 : stop;
		end = from;
	}
	const finished = blocks.length;
	const rest = text.slice(from).trimEnd();
	if (rest) blocks.push({ t: 'plain', v: rest });
	return { blocks, finished, end };
}

/** Parses a whole text. For a text that grows (streaming), MarkdownStream gives the same blocks. */
export function parse(text: string, options: ParseOptions): Block[] {
	const src = normaliseLineEnds(text);
	const cut = markdownEnd(src, limitsOf(options));
	const markdown = cut === null ? src : src.slice(0, cut);
	const out = fromTokens(safeLex(markdown, options), options);
	// A loop, not push(...): never more arguments than a call takes (a RangeError at 300,000
	// blocks, found by tree.property.timed.spec.ts when each paragraph was a block).
	if (cut !== null) for (const b of plainChunks(src.slice(cut)).blocks) out.push(b);
	return out;
}

/** marked's tokens, or (should it ever throw, e.g. out of stack) the text as one raw block. */
function safeLex(text: string, options: ParseOptions): Token[] {
	try {
		return lex(text, options).tokens;
	} catch {
		return text.trim() ? [{ type: 'unknown', raw: text }] : [];
	}
}
