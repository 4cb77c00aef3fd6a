// Speed on hostile input: a reply or an imported conversation (up to a million characters per
// message) must never freeze the page. marked alone takes seconds to minutes on some of these
// (10,000 "_a" in one paragraph: ~0.25 s; a million: ~9 minutes) and overflows the stack on
// deep ">" nesting; lex.ts bounds them (Markdown cut, inline pieces, line nesting, tree depth).
import { afterAll, describe, expect, it } from 'vitest';
import { MarkdownStream } from './stream';
import { CONCEPT_BODY, MODEL_OUTPUT, parse, type Block } from './tree';

const MILLION = 1_000_000;
const fill = (unit: string, length: number) =>
	unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const nestedLines = (marker: (depth: number) => string, length: number) => {
	let s = '';
	for (let d = 1; s.length < length; d++) s += marker(d) + 'a\n';
	return s.slice(0, length);
};

const CASES: Record<string, string> = {
	'20,000 [': fill('[', 20_000),
	'20,000 *': fill('*', 20_000),
	'10,000 _a': fill('_a', 20_000),
	'[a]( repeated': fill('[a](', 80_000),
	'deeply nested >': fill('>', 20_000) + ' x',
	'deeply nested "> "': fill('> ', 20_000) + 'x',
	'deeply nested "- "': fill('- ', 20_000) + 'x',
	'nested emphasis': fill('*', 10_000) + 'a' + fill('*', 10_000),
	'nested brackets': fill('[', 20_000) + 'a' + fill('](b)', 80_000),
	'a million [': fill('[', MILLION),
	'a million *': fill('*', MILLION),
	'a million _a': fill('_a', MILLION),
	'a million *a': fill('*a', MILLION),
	'a million a!': fill('a!', MILLION),
	'a million [a](': fill('[a](', MILLION),
	'a million [a](b) links': fill('[a](http://b) ', MILLION),
	'a million `a` spans': fill('`a` ', MILLION),
	'paragraphs of _a': fill(fill('_a', 1_000) + '\n\n', MILLION),
	'a million list items': fill('- a\n', MILLION),
	'a million lazy list lines': fill('- a\nb\n', MILLION),
	'lists nested by indentation': nestedLines((d) => ' '.repeat(2 * d) + '- ', MILLION),
	'quotes nested line by line': nestedLines((d) => '>'.repeat(d) + ' ', MILLION),
	'a million setext headings': fill('a\n=\n', MILLION),
	'a million table rows': '| a | b |\n|---|---|\n' + fill('| 1 | 2 |\n', MILLION - 20),
	'a million fence lines': fill('```\n', MILLION),
	'a million html tags': fill('<a href="x">', MILLION),
	'a million plain words': fill('word ', MILLION),
	'a million lines': fill('some words on a line\n', MILLION)
};

const timings: [string, number, number][] = [];

/** Milliseconds of the first run and the median of three (the first pays for GC and JIT). */
function time(run: () => void): [number, number] {
	const runs: number[] = [];
	for (let i = 0; i < 3; i++) {
		const start = performance.now();
		run();
		runs.push(performance.now() - start);
	}
	return [runs[0]!, [...runs].sort((a, b) => a - b)[1]!];
}

const SAMPLE =
	'# Heading\n\nSome **bold**, *em*, `code` and [a link](https://example.org).\n\n' +
	'- one\n- two\n  1. nested\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nlet x = 1;\n```\n\n';

describe('hostile input parses in under 100 ms', () => {
	// Warm the JIT, as a page that has rendered a few replies has.
	for (let i = 0; i < 5; i++) parse(SAMPLE.repeat(20), MODEL_OUTPUT);

	it.each(Object.entries(CASES))('%s', (name, text) => {
		let blocks: Block[] = [];
		const [first, median] = time(() => (blocks = parse(text, MODEL_OUTPUT)));
		timings.push([name, first, median]);
		expect(blocks.length).toBeGreaterThan(0);
		expect(median, `${name}: ${median.toFixed(1)} ms`).toBeLessThan(100);
	});

	it('with the concept options ([[ ]] on) too', () => {
		for (const text of [fill('[[', 40_000), fill('[[a', 60_000), fill('[[a]]', MILLION)]) {
			const [first, median] = time(() => parse(text, CONCEPT_BODY));
			timings.push([`concept ${text.slice(0, 5)}…`, first, median]);
			expect(median).toBeLessThan(100);
		}
	});

	it('streaming a hostile reply: appends stay fast', () => {
		// One paragraph that never finishes, so every append re-lexes all of it (up to the cut).
		const s = new MarkdownStream(MODEL_OUTPUT);
		const runs: number[] = [];
		for (let i = 0; i < 400; i++) {
			const start = performance.now();
			s.append(fill('_a', 50));
			runs.push(performance.now() - start);
		}
		runs.sort((a, b) => a - b);
		const [median, p95, max] = [runs[200]!, runs[380]!, runs[399]!];
		timings.push([
			`stream: median append of 400 × 50 chars of _a (95th pct ${p95.toFixed(1)}, max ${max.toFixed(1)})`,
			median,
			median
		]);
		expect(median).toBeLessThan(50);
		expect(p95).toBeLessThan(100);
	});

	afterAll(() => {
		const worst = (i: 1 | 2) => timings.reduce((a, b) => (b[i] > a[i] ? b : a));
		const [medianName, , median] = worst(2);
		const [firstName, first] = worst(1);
		console.log(
			`markdown hostile input: worst median ${median.toFixed(1)} ms (${medianName}), ` +
				`worst first run ${first.toFixed(1)} ms (${firstName}); median ms: ` +
				timings.map(([n, , t]) => `${n} ${t.toFixed(1)}`).join(', ')
		);
	});
});
