// Proof that moving concept pages to the shared pipeline changed no content. The old
// hand-written parser (markup.ts, now gone) read a small subset: blank-line-separated chunks,
// a chunk whose lines all start with "- " is a list, and **strong**, *em*, [[term]] and
// [text](href) inline. LEGACY below restates those rules; every body, as the new tree renders
// it, must give the same outline (one line per paragraph or list item, tags and text), and
// plainParagraphs (search, retrieval, n-gram training) exactly the old text. It holds for
// whatever the content says, so editing a page needs no snapshot update.
import { describe, expect, it } from 'vitest';
import { concepts } from '$lib/concepts';
import { CONCEPT_BODY, parse, type Block, type Inline } from './tree';
import { definedTerms, linkTargets, plainParagraphs } from './text';

const LEGACY_INLINE = /\*\*(.+?)\*\*|\[\[(.+?)\]\]|\[([^\]]+)\]\(([^)\s]+)\)|\*(.+?)\*/g;

function legacyInline(text: string): string {
	return text.replace(
		LEGACY_INLINE,
		(_m, strong?: string, term?: string, label?: string, href?: string, em?: string) => {
			if (strong !== undefined) return `<strong>${strong}</strong>`;
			if (term !== undefined) return `<dfn>${term}</dfn>`;
			if (label !== undefined) return `<a href="${href}">${label}</a>`;
			return `<em>${em}</em>`;
		}
	);
}

/** The old parser's outline of a body. */
function legacy(body: string): string[] {
	const out: string[] = [];
	for (const chunk of body.trim().split(/\n\s*\n/)) {
		const lines = chunk
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		if (lines.length === 0) continue;
		if (lines.every((l) => l.startsWith('- '))) {
			out.push('<ul>', ...lines.map((l) => `<li>${legacyInline(l.slice(2))}</li>`), '</ul>');
		} else {
			out.push(`<p>${legacyInline(lines.join(' '))}</p>`);
		}
	}
	return out;
}

const flat = (s: string) => s.replace(/[ \t]*\n[ \t]*/g, ' ');

function inline(c: Inline[]): string {
	return c
		.map((i) => {
			switch (i.t) {
				case 'text':
					return flat(i.v);
				case 'concept':
					return `<a href="/concepts/${i.slug}">${inline(i.c)}</a>`;
				case 'strong':
				case 'em':
					return `<${i.t}>${inline(i.c)}</${i.t}>`;
				case 'dfn':
					return `<dfn>${flat(i.v)}</dfn>`;
				default:
					return `<unexpected ${JSON.stringify(i)}>`;
			}
		})
		.join('');
}

/** The new tree's outline, in the same form. */
function outline(blocks: Block[]): string[] {
	return blocks.flatMap((b) => {
		if (b.t === 'p') return [`<p>${inline(b.c)}</p>`];
		if (b.t === 'list' && !b.ordered) {
			const items = b.items.map((item) =>
				item.length === 1 && item[0]!.t === 'inline'
					? `<li>${inline(item[0]!.c)}</li>`
					: `<li unexpected>${JSON.stringify(item)}</li>`
			);
			return ['<ul>', ...items, '</ul>'];
		}
		return [`<unexpected ${JSON.stringify(b)}>`];
	});
}

const text = (line: string) => line.replace(/<[^>]*>/g, '');

describe.each(concepts.map((c) => [c.slug, c.body] as const))('concept %s', (_slug, body) => {
	const old = legacy(body);

	it('renders exactly as the old parser did', () => {
		expect(outline(parse(body, CONCEPT_BODY))).toEqual(old);
	});

	it('gives the old plain paragraphs, terms and links', () => {
		const items = old.filter((l) => l.startsWith('<p>') || l.startsWith('<li>'));
		expect(plainParagraphs(body)).toEqual(items.map(text));
		const all = old.join('\n');
		expect(definedTerms(body)).toEqual([...all.matchAll(/<dfn>(.*?)<\/dfn>/g)].map((m) => m[1]));
		expect(linkTargets(body)).toEqual([...all.matchAll(/<a href="(.*?)">/g)].map((m) => m[1]));
	});
});
