// The streaming parser must show, after every append, exactly what a one-shot parse of the text
// so far shows; these tests feed tricky texts one character (and one random piece) at a time.
import { describe, expect, it } from 'vitest';
import { limitsOf, markdownEnd } from './lex';
import { MarkdownStream } from './stream';
import { CONCEPT_BODY, MODEL_OUTPUT, parse, type ParseOptions } from './tree';

const TEXTS = [
	'First paragraph.\n\n```\ncode\n\nstill code\n```\n\n- item one\n- item two\n\nLast words',
	'# Title\nA paragraph right under it\nthat goes on.\n\nSetext heading\n===\n\nAnother\n---\n\npara\n#\n#not a heading\n***\n* * *\n- - -\ntext\n#hash in text\n***bold** text\n```a`b\n<div>x',
	'- a\n- b\n\n- loose c\n\n  continued c\n  - nested d\n    - deeper e\n1. one\n2. two\n\n7) seven\n8) eight\nafter\n\n- [ ] task\n- [x] done',
	'> quote line\nlazy continuation\n> > nested quote\n\n> new quote\n\n    indented code\n\n    more code\n\nback to text',
	'| a | b |\n|:--|--:|\n| 1 | *2* |\n| 3 | `4` |\n\ntext\n| not | a table |\n\n<div>\nhtml block\n</div>\n\n<!-- comment\n\nstill comment -->\n\n<script>alert(1)</script>\n\nend',
	'Links: [ok](https://example.org/a) [bad](javascript:alert(1)) <https://x.org> www.example.com and [ref][r]\n\n[r]: https://example.org\n\n~~~py\nprint("x")\n~~~\n\n```\nunclosed fence\n\nwith blank lines',
	'Entities &amp; &lt;b&gt; &#65; &#x42; and *em* **strong** ~~del~~ `code`  \nhard break\\\nanother\n\n' +
		'> '.repeat(14) +
		'deep\n\n' +
		'- '.repeat(14) +
		'deeper\n\nmy_var_name and __init__ and snake_case',
	'Windows\r\nline ends\r\n\r\n- one\r\n- two\r\n\r\ndone\r\n'
];

const CONCEPT_TEXT =
	'A [[defined term]] and [a link](/concepts/temperature), **strong** and *em*.\n\n- item [[two]]\n- item [three](/concepts/top-k-top-p)\n\nLast paragraph [bad](https://example.org).';

function streamed(
	text: string,
	options: ParseOptions,
	check: (prefix: string, s: MarkdownStream) => void
) {
	const s = new MarkdownStream(options);
	for (let i = 0; i < text.length; i++) {
		s.append(text[i]!);
		check(text.slice(0, i + 1), s);
	}
	return s;
}

describe('MarkdownStream', () => {
	it('keeps finished blocks and re-lexes only the tail; the result equals a full parse', () => {
		const text = TEXTS[0]!;
		const s = new MarkdownStream(MODEL_OUTPUT);
		for (const ch of text) s.append(ch);
		expect([...s.done, ...s.tailBlocks()]).toEqual(parse(text, MODEL_OUTPUT));
		// The open code fence was not cut at its inner blank line.
		expect(s.done.find((b) => b.t === 'pre')).toEqual({
			t: 'pre',
			lang: '',
			v: 'code\n\nstill code'
		});
		// The list stays in the tail until the line after it is complete: it could still grow.
		expect(s.tail).toBe('- item one\n- item two\n\nLast words');
		s.append('\n');
		expect(s.tail).toBe('Last words\n');
	});

	it.each(TEXTS.map((t, i) => [i, t] as const))(
		'text %i: after every character, done + tail equals parse() of the text so far',
		(_i, text) => {
			let finishedAt = 0;
			streamed(text, MODEL_OUTPUT, (prefix, s) => {
				expect([...s.done, ...s.tailBlocks()]).toEqual(parse(prefix, MODEL_OUTPUT));
				expect(s.done.length).toBeGreaterThanOrEqual(finishedAt); // finished blocks stay
				finishedAt = s.done.length;
			});
			expect(finishedAt).toBeGreaterThan(0);
		}
	);

	it('cut into two pieces at every position gives the same blocks', () => {
		for (const text of TEXTS) {
			const whole = parse(text, MODEL_OUTPUT);
			for (let i = 1; i < text.length; i++) {
				const s = new MarkdownStream(MODEL_OUTPUT);
				s.append(text.slice(0, i));
				s.append(text.slice(i));
				expect([...s.done, ...s.tailBlocks()], `cut at ${i}`).toEqual(whole);
			}
		}
	});

	it('works the same with the concept-body options', () => {
		streamed(CONCEPT_TEXT, CONCEPT_BODY, (prefix, s) => {
			expect([...s.done, ...s.tailBlocks()]).toEqual(parse(prefix, CONCEPT_BODY));
		});
	});

	it('past the Markdown limit, the rest streams as plain text, the same as a full parse', () => {
		// Small limits so that the cut and the plain part are reached in a short text.
		const byChars: ParseOptions = { ...MODEL_OUTPUT, limits: { markdownChars: 120, cutSlack: 40 } };
		const byLines: ParseOptions = {
			...MODEL_OUTPUT,
			limits: { markdownLines: 6, cutSlackLines: 3 }
		};
		const texts = [
			TEXTS.join('\n\n'),
			'x'.repeat(130) + ' *no* markdown\nhere\n\n\n**after** the cut\n\nmore',
			'```\n' + 'code line\n'.repeat(30) + '```\n\nplain *after*'
		];
		let cuts = 0;
		for (const options of [byChars, byLines]) {
			for (const text of texts) {
				const s = streamed(text, options, (prefix, st) => {
					expect([...st.done, ...st.tailBlocks()]).toEqual(parse(prefix, options));
				});
				if (markdownEnd(text, limitsOf(options)) !== null) {
					expect(s.tailBlocks().every((b) => b.t === 'plain')).toBe(true);
					cuts++;
				}
			}
		}
		expect(cuts).toBeGreaterThanOrEqual(4);
	});

	it('random pieces, as a model streams them', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (const text of TEXTS) {
			for (let run = 0; run < 20; run++) {
				const s = new MarkdownStream(MODEL_OUTPUT);
				for (let i = 0; i < text.length;) {
					const n = 1 + Math.floor(random() * 12);
					s.append(text.slice(i, i + n));
					i += n;
				}
				expect([...s.done, ...s.tailBlocks()]).toEqual(parse(text, MODEL_OUTPUT));
			}
		}
	});

	it('a long plain part streams in chunks that equal a full parse, and keeps every character', () => {
		const options: ParseOptions = { ...MODEL_OUTPUT, limits: { markdownChars: 50, cutSlack: 10 } };
		// Short and long lines, blank lines across chunk ends, a line too long for one chunk and
		// astral characters where it is cut.
		let seed = 3;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		let text = 'Some *Markdown* first, long enough to be cut after it.\n\n';
		while (text.length < 14_000) {
			const r = random();
			text +=
				r < 0.1
					? '\n'
					: r < 0.15
						? '😀'.repeat(2_100) + '\n'
						: 'word '.repeat((1 + r * 40) | 0) + '\n';
		}
		const s = new MarkdownStream(options);
		for (let i = 0; i < text.length;) {
			const n = 1 + Math.floor(random() * 300);
			s.append(text.slice(i, i + n));
			i += n;
			if (random() < 0.2)
				expect([...s.done, ...s.tailBlocks()]).toEqual(parse(text.slice(0, i), options));
		}
		const blocks = parse(text, options);
		expect([...s.done, ...s.tailBlocks()]).toEqual(blocks);
		const plain = blocks.filter((b) => b.t === 'plain');
		expect(plain.length).toBeGreaterThan(4);
		// Every character is kept: a chunk ends at a line end (which it stands for) or, in a line
		// too long for one chunk, just before the rest of that line.
		const after = text.slice(text.indexOf('\n\n') + 2).trimEnd();
		const noBreaks = (t: string) => t.replace(/\n/g, '');
		expect(noBreaks(plain.map((b) => b.v).join(''))).toBe(noBreaks(after));
		expect(plain.map((b) => b.v).join('\n')).not.toBe(after); // the long lines were cut
		expect(plain.every((b) => b.v.length <= 4_000 && !/[\ud800-\udbff]$/.test(b.v))).toBe(true);
	});

	it('past the inline element budget, markup shows as typed, streamed or not', () => {
		const options: ParseOptions = { ...MODEL_OUTPUT, limits: { inlineElements: 5 } };
		const text =
			'Some `a` and *b* and **c**\n\nthen `d` `e` [f](https://x.y) `g`\n\n- `h`\n- *i*\n';
		streamed(text, options, (prefix, s) => {
			expect([...s.done, ...s.tailBlocks()]).toEqual(parse(prefix, options));
		});
		const inlines = JSON.stringify(parse(text, options));
		expect(inlines.match(/"t":"(code|em|strong|link)"/g)).toHaveLength(5);
		expect(inlines).toContain('[f](https://x.y)');
	});
});
