// The guards around marked: they must not change what ordinary text lexes to, and each must
// hold its bound.
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { concepts } from '$lib/concepts';
import { capLineNesting, inlinePieces, LIMITS, lex, markdownEnd, tooManyCells } from './lex';

const ORDINARY = [
	'Hello *world* and **bold** _under_ my_var `code` [link](http://x.org "title") and ' +
		'http://y.org/z?q=1, www.example.com, HTTP://UPPER.ORG, ftp://files.org/a. ' +
		'Hard  \nbreak, ~~del~~ ~one~ <b>tag</b> ![img](x.png) \\* escaped, whitespace   ' +
		'inside, a_b_c, __strong__, ***both***, [nested *em* link](https://a.b), ' +
		'`` code with ` tick ``, unmatched ` tick, hh hf ww w.w wwwx, word www.after.space, ' +
		'awww.not.link (www.paren.org) *www.star.org* trailing spaces  ',
	'# Heading *em*\n\n- item **one**\n- item `two`\n  1. nested [l](https://x.y)\n\n> quote _em_\n\n' +
		'| a | *b* |\n|---|---|\n| `1` | [2](http://2.x) |\n\n```js\nlet x = "*not em*";\n```\n\nend'
];

/** Tokens without the fields our text rule leaves out (escaped) or sets differently (text). */
function shape(tokens: Token[]): string {
	return JSON.stringify(tokens, (key, value: unknown) => (key === 'escaped' ? undefined : value));
}

describe('lex', () => {
	it('gives the same tokens as marked’s own rules on ordinary text and on every concept body', () => {
		for (const text of [...ORDINARY, ...concepts.map((c) => c.body)]) {
			expect(shape(lex(text, {}).tokens)).toBe(shape(new Lexer().lex(text)));
		}
	});

	it('splits only long paragraphs, at line ends or spaces, and loses nothing', () => {
		expect(inlinePieces('short', 10)).toEqual(['short']);
		const long = 'word '.repeat(100) + 'x'.repeat(50) + '\nline two ' + 'y'.repeat(300);
		const pieces = inlinePieces(long, 64);
		expect(pieces.join('')).toBe(long);
		for (const p of pieces) expect(p.length).toBeLessThanOrEqual(64);
		expect(pieces[0]!.endsWith(' ')).toBe(true);
	});

	it('escapes container markers past the nesting limit, and nothing else', () => {
		expect(capLineNesting('> > > x', 2, 40)).toBe('> > \\> x');
		expect(capLineNesting('>>>>x', 2, 40)).toBe('>>\\>>x');
		expect(capLineNesting('- - - 1. x', 3, 40)).toBe('- - - 1\\. x');
		expect(capLineNesting('* * * * * * *', 2, 40)).toBe('* * * * * * *'); // a thematic break
		expect(capLineNesting(' '.repeat(40) + '- deep', 10, 40)).toBe(' '.repeat(40) + '\\- deep');
		expect(capLineNesting(' '.repeat(39) + '- ok', 10, 40)).toBe(' '.repeat(39) + '- ok');
		const fenced = '```\n> > > code\n```\n~~~\n' + ' '.repeat(50) + '- yaml\n~~~';
		expect(capLineNesting(fenced, 2, 40)).toBe(fenced);
		const text = '> > > a\nplain\n- - - - b\n';
		const capped = capLineNesting(text, 2, 40);
		expect(capped.split('\n').length).toBe(text.split('\n').length);
	});

	it('cuts the Markdown part where a growing text will keep cutting it', () => {
		const limits = {
			...LIMITS,
			markdownChars: 10,
			cutSlack: 8,
			markdownLines: 4,
			cutSlackLines: 2
		};
		expect(markdownEnd('short', limits)).toBeNull();
		expect(markdownEnd('0123456789ab\n\ncd', limits)).toBe(13); // first blank line after 10
		expect(markdownEnd('0123456789abcdefghijk', limits)).toBe(18); // no line end: hard cut
		expect(markdownEnd('0123456789abc\ndefghijk', limits)).toBe(14); // last line end
		expect(markdownEnd('a\nb\nc\nd\ne\nf\ng', limits)).toBe(12); // 4 lines, then 2 more
		const texts = [
			'0123456789ab\n\ncd\n\nef',
			'a\nb\n\nc\nd\ne\n\nf\ng\nh',
			'x'.repeat(30) + '\n\ny',
			'a\nb\nc\nd\ne\nf\ng\nh'
		];
		for (const text of texts) {
			const end = markdownEnd(text, limits);
			for (let i = 0; i <= text.length; i++) {
				const prefix = markdownEnd(text.slice(0, i), limits);
				if (prefix !== null) expect(prefix, `${JSON.stringify(text)} at ${i}`).toBe(end);
			}
		}
	});

	it('keeps line ends where they were, so stream offsets stay valid', () => {
		const text = '> > > > > > > > > > > > deep\n' + ' '.repeat(60) + '- deep\nplain\n';
		const { src } = lex(text, {});
		expect(src.split('\n').map((l) => l.length > 0)).toEqual(
			text.split('\n').map((l) => l.length > 0)
		);
		expect(src.match(/\n/g)).toHaveLength(3);
	});

	it('keeps emphasis in a paragraph full of it, and bounds delimiters that never close', () => {
		// 60 bold words in one 1,600-character paragraph: all of them bold, as marked has them.
		const busy = Array.from({ length: 60 }, (_, i) => `**w${i}** and ~~x~~ text`).join(' ');
		expect(shape(lex(busy, {}).tokens)).toBe(shape(new Lexer().lex(busy)));
		// "*~." never closes: over the budget the rest shows as typed, in a few milliseconds.
		const hostile = '*~.'.repeat(700);
		lex(hostile, {});
		// The best of three runs: a parallel test worker only ever adds time.
		const runs = [0, 1, 2].map(() => {
			const start = performance.now();
			lex(hostile, {});
			return performance.now() - start;
		});
		expect(Math.min(...runs)).toBeLessThan(20);
		const { tokens } = lex(hostile, {});
		expect(tokens.map((t) => t.raw).join('')).toBe(hostile);
		expect(LIMITS.delimiterPairs).toBeGreaterThanOrEqual(60 * 60);
	});

	it('leaves tables to marked unless they would have more cells than the limit', () => {
		const table = (columns: number, rows: number) =>
			'|a'.repeat(columns) +
			'|\n' +
			'|-'.repeat(columns) +
			'|\n' +
			'|1'.repeat(columns) +
			'|\n'.repeat(rows);
		expect(tooManyCells(table(4, 10), LIMITS.tableCells)).toBe(false);
		expect(tooManyCells(table(2_500, 790), LIMITS.tableCells)).toBe(true);
		// Rows end at the first blank line.
		expect(tooManyCells(table(40, 3) + '\n' + 'x\n'.repeat(500), LIMITS.tableCells)).toBe(false);
		expect(lex(table(2_500, 790), {}).tokens.some((t) => t.type === 'table')).toBe(false);
		expect(lex(table(4, 10), {}).tokens[0]!.type).toBe('table');
	});
});
