import { describe, expect, it } from 'vitest';
import { MarkdownStream, parseMarkdown, parseMdInline, safeHref } from './markdown';

describe('markdown for model output', () => {
	it('parses paragraphs, headings, lists and code fences', () => {
		const blocks = parseMarkdown(
			'# Title\n\nSome **bold** and *em* and `code`.\n\n- a\n- b\n\n1. one\n2. two\n\n```js\nlet x = 1;\n```'
		);
		expect(blocks.map((b) => b.t)).toEqual(['h', 'p', 'ul', 'ol', 'pre']);
		expect(blocks[1]).toEqual({
			t: 'p',
			c: [
				{ t: 'text', v: 'Some ' },
				{ t: 'strong', v: 'bold' },
				{ t: 'text', v: ' and ' },
				{ t: 'em', v: 'em' },
				{ t: 'text', v: ' and ' },
				{ t: 'code', v: 'code' },
				{ t: 'text', v: '.' }
			]
		});
		expect(blocks[4]).toEqual({ t: 'pre', lang: 'js', v: 'let x = 1;' });
	});

	it('keeps HTML as text and drops unsafe link targets', () => {
		const blocks = parseMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
		expect(blocks).toEqual([
			{ t: 'p', c: [{ t: 'text', v: '<script>alert(1)</script> <img src=x onerror=alert(1)>' }] }
		]);
		const parts = parseMdInline('[click](javascript:alert(1))');
		expect(parts.every((p) => p.t === 'text')).toBe(true);
		expect(parts.map((p) => p.v).join('')).toBe('[click](javascript:alert(1))');
		expect(parseMdInline('[ok](https://example.org/a)')).toEqual([
			{ t: 'link', v: 'ok', href: 'https://example.org/a' }
		]);
		expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
		expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull();
	});

	it('streams: finished blocks are parsed once, the result equals a full parse', () => {
		const text =
			'First paragraph.\n\n```\ncode\n\nstill code\n```\n\n- item one\n- item two\n\nLast words';
		const s = new MarkdownStream();
		for (const ch of text) s.append(ch);
		expect([...s.done, ...s.tailBlocks()]).toEqual(parseMarkdown(text));
		// The open code fence was not cut at its inner blank line.
		expect(s.done.find((b) => b.t === 'pre')).toEqual({
			t: 'pre',
			lang: '',
			v: 'code\n\nstill code'
		});
		expect(s.tail).toBe('Last words');
	});
});
