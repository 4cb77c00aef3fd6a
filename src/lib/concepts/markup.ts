// The small Markdown subset concept bodies are written in, parsed into data that Svelte renders
// as elements (never as an HTML string). Blocks: paragraphs and "- " lists, separated by blank
// lines. Inline: **strong**, *emphasis*, [[defined term]], [text](/concepts/slug).

export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'strong'; text: string }
	| { kind: 'em'; text: string }
	| { kind: 'dfn'; text: string }
	| { kind: 'link'; text: string; href: string };

export type Block = { kind: 'p'; content: Inline[] } | { kind: 'ul'; items: Inline[][] };

const INLINE = /\*\*(.+?)\*\*|\[\[(.+?)\]\]|\[([^\]]+)\]\(([^)\s]+)\)|\*(.+?)\*/g;

export function parseInline(text: string): Inline[] {
	const out: Inline[] = [];
	let last = 0;
	for (const m of text.matchAll(INLINE)) {
		if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
		if (m[1] !== undefined) out.push({ kind: 'strong', text: m[1] });
		else if (m[2] !== undefined) out.push({ kind: 'dfn', text: m[2] });
		else if (m[3] !== undefined) out.push({ kind: 'link', text: m[3], href: m[4]! });
		else out.push({ kind: 'em', text: m[5]! });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
	return out;
}

export function parseBody(body: string): Block[] {
	const blocks: Block[] = [];
	for (const chunk of body.trim().split(/\n\s*\n/)) {
		const lines = chunk
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		if (lines.length === 0) continue;
		if (lines.every((l) => l.startsWith('- '))) {
			blocks.push({ kind: 'ul', items: lines.map((l) => parseInline(l.slice(2))) });
		} else {
			blocks.push({ kind: 'p', content: parseInline(lines.join(' ')) });
		}
	}
	return blocks;
}

export function inlineText(content: Inline[]): string {
	return content.map((c) => c.text).join('');
}

/** The body as plain paragraphs (one per paragraph or list item), for search, RAG and the n-gram. */
export function plainParagraphs(body: string): string[] {
	return parseBody(body).flatMap((b) =>
		b.kind === 'p' ? [inlineText(b.content)] : b.items.map(inlineText)
	);
}

/** Every link target in a body. */
export function linkTargets(body: string): string[] {
	return parseBody(body)
		.flatMap((b) => (b.kind === 'p' ? b.content : b.items.flat()))
		.flatMap((i) => (i.kind === 'link' ? [i.href] : []));
}

/** Every [[defined term]] in a body. */
export function definedTerms(body: string): string[] {
	return parseBody(body)
		.flatMap((b) => (b.kind === 'p' ? b.content : b.items.flat()))
		.flatMap((i) => (i.kind === 'dfn' ? [i.text] : []));
}
