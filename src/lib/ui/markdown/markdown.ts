// Markdown for model output, which is untrusted: parsed into data and rendered by Svelte as
// elements and text, never as an HTML string, so "<script>" is just characters on screen.
// Links keep only http(s) targets; anything else (javascript:, data:) shows as plain text.
// Streaming: MarkdownStream finalises blocks once a blank line closes them, so only the growing
// tail is parsed and re-rendered per token.

export type MdInline =
	| { t: 'text'; v: string }
	| { t: 'strong'; v: string }
	| { t: 'em'; v: string }
	| { t: 'code'; v: string }
	| { t: 'link'; v: string; href: string };

export type MdBlock =
	| { t: 'p'; c: MdInline[] }
	| { t: 'h'; level: 1 | 2 | 3; c: MdInline[] }
	| { t: 'ul' | 'ol'; items: MdInline[][] }
	| { t: 'pre'; lang: string; v: string };

const INLINE =
	/`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function safeHref(href: string): string | null {
	try {
		const url = new URL(href);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

export function parseMdInline(text: string): MdInline[] {
	const out: MdInline[] = [];
	let last = 0;
	for (const m of text.matchAll(INLINE)) {
		if (m.index > last) out.push({ t: 'text', v: text.slice(last, m.index) });
		if (m[1] !== undefined) out.push({ t: 'code', v: m[1] });
		else if (m[2] !== undefined) out.push({ t: 'strong', v: m[2] });
		else if (m[3] !== undefined || m[4] !== undefined) out.push({ t: 'em', v: (m[3] ?? m[4])! });
		else {
			const href = safeHref(m[6]!);
			out.push(href ? { t: 'link', v: m[5]!, href } : { t: 'text', v: m[0] });
		}
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push({ t: 'text', v: text.slice(last) });
	return out;
}

/** Parses complete Markdown text into blocks. */
export function parseMarkdown(text: string): MdBlock[] {
	const blocks: MdBlock[] = [];
	const lines = text.split('\n');
	let i = 0;
	while (i < lines.length) {
		const line = lines[i]!;
		const fence = /^```\s*([\w+-]*)/.exec(line);
		if (fence) {
			const body: string[] = [];
			i++;
			while (i < lines.length && !/^```/.test(lines[i]!)) body.push(lines[i++]!);
			i++; // closing fence (or end of text while streaming)
			blocks.push({ t: 'pre', lang: fence[1] ?? '', v: body.join('\n') });
			continue;
		}
		if (!line.trim()) {
			i++;
			continue;
		}
		const heading = /^(#{1,3})\s+(.*)$/.exec(line);
		if (heading) {
			blocks.push({
				t: 'h',
				level: heading[1]!.length as 1 | 2 | 3,
				c: parseMdInline(heading[2]!)
			});
			i++;
			continue;
		}
		const listKind = (l: string) =>
			/^\s*[-*+]\s+/.test(l) ? 'ul' : /^\s*\d+[.)]\s+/.test(l) ? 'ol' : null;
		const kind = listKind(line);
		if (kind) {
			const items: MdInline[][] = [];
			while (i < lines.length && listKind(lines[i]!) === kind) {
				items.push(parseMdInline(lines[i]!.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')));
				i++;
			}
			blocks.push({ t: kind, items });
			continue;
		}
		const para: string[] = [];
		while (
			i < lines.length &&
			lines[i]!.trim() &&
			!/^```|^#{1,3}\s/.test(lines[i]!) &&
			!listKind(lines[i]!)
		) {
			para.push(lines[i++]!.trim());
		}
		blocks.push({ t: 'p', c: parseMdInline(para.join(' ')) });
	}
	return blocks;
}

/** Incremental parsing for streamed text: finished blocks are parsed once. */
export class MarkdownStream {
	/** Blocks that can no longer change. */
	done: MdBlock[] = [];
	/** Text after the last blank line outside a code fence: re-parsed on every append. */
	tail = '';

	append(piece: string): void {
		this.tail += piece;
		// Finalise everything up to the last blank line, unless a code fence is still open there.
		const cut = this.tail.lastIndexOf('\n\n');
		if (cut < 0) return;
		const head = this.tail.slice(0, cut);
		if ((head.match(/^```/gm)?.length ?? 0) % 2 === 1) return;
		this.done.push(...parseMarkdown(head));
		this.tail = this.tail.slice(cut + 2);
	}

	tailBlocks(): MdBlock[] {
		return parseMarkdown(this.tail);
	}
}
