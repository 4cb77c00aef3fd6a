// Speed on hostile input: a reply or an imported conversation (up to a million characters per
// message) must never freeze the page. marked alone takes seconds to minutes on some of these
// (10,000 "_a" in one paragraph: ~0.25 s; a million: ~9 minutes) and overflows the stack on
// deep ">" nesting; lex.ts bounds them (Markdown cut, inline pieces, line nesting, tree depth,
// the delimiter budget). The inputs live in hostileInputs.ts, which `npm run bench` renders too.
import { afterAll, describe, expect, it } from 'vitest';
import { fill, HOSTILE_CASES, HOSTILE_CONCEPT_CASES } from './hostileInputs';
import { MarkdownStream } from './stream';
import { CONCEPT_BODY, MODEL_OUTPUT, parse, type Block } from './tree';

const timings: [string, number, number][] = [];

/**
 * Milliseconds of the first run and the best of three (the first pays for GC and JIT). The best,
 * not the median: unit tests run in two workers on two cores, and the other worker's load only
 * ever adds time, while a blow-up on hostile input shows in every run.
 */
function time(run: () => void): [number, number] {
	const runs: number[] = [];
	for (let i = 0; i < 3; i++) {
		const start = performance.now();
		run();
		runs.push(performance.now() - start);
	}
	return [runs[0]!, Math.min(...runs)];
}

const SAMPLE =
	'# Heading\n\nSome **bold**, *em*, `code` and [a link](https://example.org).\n\n' +
	'- one\n- two\n  1. nested\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nlet x = 1;\n```\n\n';

describe('hostile input parses in under 100 ms', () => {
	// Warm the JIT, as a page that has rendered a few replies has.
	for (let i = 0; i < 5; i++) parse(SAMPLE.repeat(20), MODEL_OUTPUT);

	it.each(Object.entries(HOSTILE_CASES))('%s', (name, text) => {
		let blocks: Block[] = [];
		const [first, median] = time(() => (blocks = parse(text, MODEL_OUTPUT)));
		timings.push([name, first, median]);
		expect(blocks.length).toBeGreaterThan(0);
		expect(median, `${name}: ${median.toFixed(1)} ms`).toBeLessThan(100);
	});

	it('with the concept options ([[ ]] on) too', () => {
		for (const [name, text] of Object.entries(HOSTILE_CONCEPT_CASES)) {
			const [first, median] = time(() => parse(text, CONCEPT_BODY));
			timings.push([`concept ${name}`, first, median]);
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
			`markdown hostile input: worst best-of-three ${median.toFixed(1)} ms (${medianName}), ` +
				`worst first run ${first.toFixed(1)} ms (${firstName}); best-of-three ms: ` +
				timings.map(([n, , t]) => `${n} ${t.toFixed(1)}`).join(', ')
		);
	});
});
