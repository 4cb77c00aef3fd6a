// What the tree holds for the Markdown that model output and concept pages use, and above all
// what it refuses: raw HTML, script links and unknown targets come out as plain text.
import { describe, expect, it } from 'vitest';
import {
	CONCEPT_BODY,
	MODEL_OUTPUT,
	conceptSlug,
	decodeEntities,
	inlineText,
	parse,
	safeHref,
	type Block,
	type Inline
} from './tree';

const only = (text: string, options = MODEL_OUTPUT): Inline[] => {
	const blocks = parse(text, options);
	expect(blocks).toHaveLength(1);
	const b = blocks[0]!;
	if (b.t !== 'p') throw new Error(`expected a paragraph, got ${b.t}`);
	return b.c;
};

/** Every inline node in blocks, at any depth. */
function allInline(blocks: Block[]): Inline[] {
	const out: Inline[] = [];
	const walk = (c: Inline[]) =>
		c.forEach((i) => {
			out.push(i);
			if ('c' in i) walk(i.c);
		});
	for (const b of blocks) {
		if ('c' in b && b.t !== 'quote') walk(b.c);
		if (b.t === 'quote') out.push(...allInline(b.c));
		if (b.t === 'list') b.items.forEach((item) => out.push(...allInline(item)));
		if (b.t === 'table') [b.head, ...b.rows].flat().forEach(walk);
	}
	return out;
}

describe('parse: model output', () => {
	it('parses paragraphs, headings, lists and code fences', () => {
		const blocks = parse(
			'# Title\n\nSome **bold** and *em* and `code`.\n\n- a\n- b\n\n1. one\n2. two\n\n```js\nlet x = 1;\n```',
			MODEL_OUTPUT
		);
		expect(blocks.map((b) => b.t)).toEqual(['h', 'p', 'list', 'list', 'pre']);
		expect(blocks[0]).toEqual({ t: 'h', level: 1, c: [{ t: 'text', v: 'Title' }] });
		expect(blocks[1]).toEqual({
			t: 'p',
			c: [
				{ t: 'text', v: 'Some ' },
				{ t: 'strong', c: [{ t: 'text', v: 'bold' }] },
				{ t: 'text', v: ' and ' },
				{ t: 'em', c: [{ t: 'text', v: 'em' }] },
				{ t: 'text', v: ' and ' },
				{ t: 'code', v: 'code' },
				{ t: 'text', v: '.' }
			]
		});
		expect(blocks[2]).toEqual({
			t: 'list',
			ordered: false,
			start: 1,
			items: [
				[{ t: 'inline', c: [{ t: 'text', v: 'a' }] }],
				[{ t: 'inline', c: [{ t: 'text', v: 'b' }] }]
			]
		});
		expect(blocks[3]).toMatchObject({ t: 'list', ordered: true, start: 1 });
		expect(blocks[4]).toEqual({ t: 'pre', lang: 'js', v: 'let x = 1;' });
	});

	it('keeps HTML as text, inline or as a block', () => {
		const hostile = '<script>alert(1)</script> <img src=x onerror=alert(1)>';
		expect(parse(hostile, MODEL_OUTPUT)).toEqual([{ t: 'raw', v: hostile }]);
		const inline = 'a <img src=x onerror=alert(1)> b <b>c</b>';
		expect(only(inline)).toEqual([{ t: 'text', v: inline }]);
		expect(parse('<div>\n<p>x</p>\n</div>', MODEL_OUTPUT)).toEqual([
			{ t: 'raw', v: '<div>\n<p>x</p>\n</div>' }
		]);
		// The playground's end-to-end payload: only the strong element survives.
		const payload =
			'<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> [click me](javascript:window.pwned=3) **bold**';
		const nodes = allInline(parse(payload, MODEL_OUTPUT));
		expect(nodes.filter((n) => n.t !== 'text').map((n) => n.t)).toEqual(['strong']);
	});

	it('drops unsafe link targets: the link shows as the text it was written as', () => {
		for (const bad of [
			'[click](javascript:alert(1))',
			'[click](JAVASCRIPT:alert(1))',
			'[click](javascript&#58;alert(1))',
			'[x](data:text/html,<b>x</b>)',
			'[x](/relative/path)',
			'[x](//evil.example)',
			'[x](http://[bad)',
			'[x](mailto:a@b.c)',
			'[x](/concepts/temperature)',
			'![img](https://example.org/x.png)',
			'someone@example.org'
		]) {
			const parts = only(bad);
			expect(parts, bad).toEqual([{ t: 'text', v: bad }]);
		}
		expect(only('[ok](https://example.org/a)')).toEqual([
			{ t: 'link', href: 'https://example.org/a', c: [{ t: 'text', v: 'ok' }] }
		]);
		expect(only('see https://example.org/a.')).toEqual([
			{ t: 'text', v: 'see ' },
			{ t: 'link', href: 'https://example.org/a', c: [{ t: 'text', v: 'https://example.org/a' }] },
			{ t: 'text', v: '.' }
		]);
		expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
		expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull();
		expect(safeHref('http://example.org')).toBe('http://example.org/');
	});

	it('follows CommonMark for underscores inside words', () => {
		expect(only('my_var_name and snake_case_too')).toEqual([
			{ t: 'text', v: 'my_var_name and snake_case_too' }
		]);
		expect(only('x__init__y and file_v2_final.py')).toEqual([
			{ t: 'text', v: 'x__init__y and file_v2_final.py' }
		]);
		expect(only('call `__init__` first')).toEqual([
			{ t: 'text', v: 'call ' },
			{ t: 'code', v: '__init__' },
			{ t: 'text', v: ' first' }
		]);
		// A bare __init__ between spaces is strong emphasis in CommonMark (and on GitHub).
		expect(only('call __init__ first')[1]).toEqual({
			t: 'strong',
			c: [{ t: 'text', v: 'init' }]
		});
	});

	it('renders the rest of what model output uses', () => {
		expect(parse('> quoted *text*\n> more', MODEL_OUTPUT)).toEqual([
			{
				t: 'quote',
				c: [
					{
						t: 'p',
						c: [
							{ t: 'text', v: 'quoted ' },
							{ t: 'em', c: [{ t: 'text', v: 'text' }] },
							{ t: 'text', v: '\nmore' }
						]
					}
				]
			}
		]);
		expect(only('~~gone~~ line  \nbreak')).toEqual([
			{ t: 'del', c: [{ t: 'text', v: 'gone' }] },
			{ t: 'text', v: ' line' },
			{ t: 'br' },
			{ t: 'text', v: 'break' }
		]);
		expect(parse('a\n\n---\n\nb', MODEL_OUTPUT).map((b) => b.t)).toEqual(['p', 'hr', 'p']);
		expect(parse('    indented\n    code', MODEL_OUTPUT)).toEqual([
			{ t: 'pre', lang: '', v: 'indented\ncode' }
		]);
		expect(parse('~~~python extra\nprint(1)\n~~~', MODEL_OUTPUT)).toEqual([
			{ t: 'pre', lang: 'python', v: 'print(1)' }
		]);
		expect(parse('| a | b |\n|:--|--:|\n| 1 | **2** |', MODEL_OUTPUT)).toEqual([
			{
				t: 'table',
				align: ['left', 'right'],
				head: [[{ t: 'text', v: 'a' }], [{ t: 'text', v: 'b' }]],
				rows: [[[{ t: 'text', v: '1' }], [{ t: 'strong', c: [{ t: 'text', v: '2' }] }]]]
			}
		]);
		expect(parse('###### six\n\n####### seven', MODEL_OUTPUT)).toEqual([
			{ t: 'h', level: 6, c: [{ t: 'text', v: 'six' }] },
			{ t: 'p', c: [{ t: 'text', v: '####### seven' }] }
		]);
		expect(parse('3. three\n4. four', MODEL_OUTPUT)[0]).toMatchObject({ ordered: true, start: 3 });
		expect(parse('- [ ] open\n- [x] done', MODEL_OUTPUT)).toEqual([
			{
				t: 'list',
				ordered: false,
				start: 1,
				items: [
					[{ t: 'inline', c: [{ t: 'text', v: '☐ open' }] }],
					[{ t: 'inline', c: [{ t: 'text', v: '☑ done' }] }]
				]
			}
		]);
	});

	it('nests lists and loose items without losing text', () => {
		const blocks = parse('- a\n  - b\n    - c\n\n- d\n\n  more d', MODEL_OUTPUT);
		expect(blocks).toHaveLength(1);
		const list = blocks[0]!;
		if (list.t !== 'list') throw new Error('expected a list');
		expect(list.items).toHaveLength(2);
		expect(list.items[0]![0]).toEqual({ t: 'p', c: [{ t: 'text', v: 'a' }] });
		expect(list.items[0]![1]).toMatchObject({
			t: 'list',
			items: [[{ t: 'inline' }, { t: 'list' }]]
		});
		expect(list.items[1]!.map((b) => b.t)).toEqual(['p', 'p']);
	});

	it('decodes character references in text, not in code', () => {
		expect(only('&amp; &lt;b&gt; &#65;&#x42; &copy; &unknown; `&amp;`')).toEqual([
			{ t: 'text', v: '& <b> AB © &unknown; ' },
			{ t: 'code', v: '&amp;' }
		]);
		expect(decodeEntities('&#0; &#xD800; &#1114112;')).toBe('\ufffd \ufffd \ufffd');
	});

	it('shows reference-style links as written (definitions are off, see lex.ts)', () => {
		const blocks = parse('[text][r] and [r]\n\n[r]: /target', MODEL_OUTPUT);
		expect(blocks).toEqual([
			{ t: 'p', c: [{ t: 'text', v: '[text][r] and [r]' }] },
			{ t: 'p', c: [{ t: 'text', v: '[r]: /target' }] }
		]);
	});

	it('caps nesting: deep quotes and lists end in text, never in a stack overflow', () => {
		const depth = (blocks: Block[]): number =>
			Math.max(
				0,
				...blocks.map((b) =>
					b.t === 'quote'
						? 1 + depth(b.c)
						: b.t === 'list'
							? 1 + Math.max(0, ...b.items.map(depth))
							: 0
				)
			);
		for (const text of ['> '.repeat(5000) + 'x', '>'.repeat(5000), '- '.repeat(5000) + 'x']) {
			const blocks = parse(text, MODEL_OUTPUT);
			expect(depth(blocks)).toBeLessThanOrEqual(10);
		}
		const emphasis = '*'.repeat(3000) + 'a' + '*'.repeat(3000);
		expect(parse(emphasis, MODEL_OUTPUT).length).toBeGreaterThan(0);
	});

	it('shows text past the Markdown limit as plain text', () => {
		const options = { ...MODEL_OUTPUT, limits: { markdownChars: 20, cutSlack: 10 } };
		expect(parse('**one** two three four\n\n**five**\n\nsix', options)).toEqual([
			{
				t: 'p',
				c: [
					{ t: 'strong', c: [{ t: 'text', v: 'one' }] },
					{ t: 'text', v: ' two three four' }
				]
			},
			{ t: 'plain', v: '**five**\n\nsix' }
		]);
	});
});

describe('parse: concept bodies', () => {
	it('keeps /concepts/<slug> links only, and [[defined terms]]', () => {
		expect(only('A [[defined term]] and [a page](/concepts/top-k-top-p).', CONCEPT_BODY)).toEqual([
			{ t: 'text', v: 'A ' },
			{ t: 'dfn', v: 'defined term' },
			{ t: 'text', v: ' and ' },
			{ t: 'concept', slug: 'top-k-top-p', c: [{ t: 'text', v: 'a page' }] },
			{ t: 'text', v: '.' }
		]);
		for (const bad of [
			'[x](https://example.org)',
			'[x](/concepts/../admin)',
			'[x](/concepts/Upper)',
			'[x](/concepts/a/b)',
			'[x](javascript:alert(1))',
			'https://example.org'
		]) {
			expect(only(bad, CONCEPT_BODY), bad).toEqual([{ t: 'text', v: bad }]);
		}
		expect(conceptSlug('/concepts/rag')).toBe('rag');
		expect(conceptSlug('/concepts/')).toBeNull();
	});

	it('reads [[ ]] only when asked to', () => {
		expect(only('a [[term]] b')).toEqual([{ t: 'text', v: 'a [[term]] b' }]);
		expect(only('[[a]] [[b c]] [[]] [[x\ny]]', CONCEPT_BODY).filter((i) => i.t === 'dfn')).toEqual([
			{ t: 'dfn', v: 'a' },
			{ t: 'dfn', v: 'b c' }
		]);
	});

	it('gives the text a reader would copy', () => {
		expect(inlineText(only('**a** *b* [[c]] [d](/concepts/e) `f`  \ng', CONCEPT_BODY))).toBe(
			'a b c d f\ng'
		);
	});
});
