// Markdown as plain text, for the search index, the retrieval chunks (RAG) and the built-in
// n-gram's training text: the same tree the pages render (tree.ts), so what is searched and
// learned is exactly what a reader sees, with the markup gone. Defaults to the concept-body
// options, the only text these helpers read today.
import type { Token, Tokens } from 'marked';
import { lex } from './lex';
import {
	CONCEPT_BODY,
	inlineText,
	parse,
	type Block,
	type Inline,
	type ParseOptions
} from './tree';

/** Inline content as one line of text: line breaks become spaces, as the page shows them. */
function line(content: Inline[]): string {
	return inlineText(content)
		.replace(/[ \t]*\n[ \t]*/g, ' ')
		.trim();
}

function paragraphs(blocks: Block[], out: string[]): void {
	for (const b of blocks) {
		if (b.t === 'p' || b.t === 'inline' || b.t === 'h') out.push(line(b.c));
		else if (b.t === 'pre' || b.t === 'raw' || b.t === 'plain') out.push(b.v);
		else if (b.t === 'quote') paragraphs(b.c, out);
		else if (b.t === 'table') {
			for (const row of [b.head, ...b.rows]) out.push(row.map(line).join(' '));
		} else if (b.t === 'list') {
			for (const item of b.items) {
				// One paragraph per item (its own text), then whatever it nests.
				const own = item.filter((x) => x.t === 'p' || x.t === 'inline');
				if (own.length) out.push(own.map((x) => line(x.c)).join(' '));
				paragraphs(
					item.filter((x) => x.t !== 'p' && x.t !== 'inline'),
					out
				);
			}
		}
	}
}

/** The text as plain paragraphs: one per paragraph, heading or list item. */
export function plainParagraphs(text: string, options: ParseOptions = CONCEPT_BODY): string[] {
	const out: string[] = [];
	paragraphs(parse(text, options), out);
	return out.filter(Boolean);
}

function walkInline(blocks: Block[], visit: (i: Inline) => void): void {
	const inlines = (content: Inline[]) => {
		for (const i of content) {
			visit(i);
			if ('c' in i) inlines(i.c);
		}
	};
	for (const b of blocks) {
		if (b.t === 'p' || b.t === 'inline' || b.t === 'h') inlines(b.c);
		else if (b.t === 'quote') walkInline(b.c, visit);
		else if (b.t === 'list') for (const item of b.items) walkInline(item, visit);
		else if (b.t === 'table') for (const row of [b.head, ...b.rows]) row.forEach(inlines);
	}
}

/** Every [[defined term]] in the text. */
export function definedTerms(text: string, options: ParseOptions = CONCEPT_BODY): string[] {
	const out: string[] = [];
	walkInline(parse(text, options), (i) => {
		if (i.t === 'dfn') out.push(i.v);
	});
	return out;
}

/**
 * Every link target as written, kept or not by the link policy, so a content test can catch a
 * link that the page would show as plain text.
 */
export function linkTargets(text: string, options: ParseOptions = CONCEPT_BODY): string[] {
	const out: string[] = [];
	const walk = (tokens: Token[] | undefined) => {
		for (const token of tokens ?? []) {
			const t = token as Tokens.Generic;
			if (t.type === 'link') out.push((t as Tokens.Link).href);
			if (t.type === 'list') for (const item of (t as Tokens.List).items) walk(item.tokens);
			else if (t.type === 'table') {
				const table = t as Tokens.Table;
				for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens);
			} else walk(t.tokens);
		}
	};
	walk(lex(text, options).tokens);
	return out;
}
