// Property-based: random and adversarial texts, for both link policies. Whatever the text,
// parse() does not throw, its tree holds only the node kinds Markdown.svelte renders, links are
// only http(s) (model output) or /concepts/<slug> (concept bodies), the rendered HTML has no
// element or attribute outside a fixed list, and a text up to the import limit (a million
// characters) parses within the 100 ms budget. The slowest motifs found here are kept in
// hostileInputs.ts (FOUND_BY_PROPERTIES), which `npm run bench` renders in Chromium.
import fc from 'fast-check';
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMIT, fill } from './hostileInputs';
import Markdown from './Markdown.svelte';
import { MarkdownStream } from './stream';
import {
	CONCEPT_BODY,
	MODEL_OUTPUT,
	parse,
	safeHref,
	type Block,
	type Inline,
	type ParseOptions
} from './tree';

/** Pieces that mean something to a Markdown parser, to a browser, or to a URL parser. */
const PIECES = [
	...'*_[]()`~<>!#-+|\\&;:/="\'.=0123456789',
	'a',
	'b c',
	'\n',
	'\n\n',
	'\r\n',
	'\t',
	'    ',
	'> ',
	'- ',
	'1. ',
	'```',
	'~~~',
	'|---|',
	'[[',
	']]',
	'www.',
	'http://',
	'https://example.org/',
	'javascript:',
	'JaVaScRiPt:',
	'java\tscript:',
	'&#106;avascript:',
	'&#x6A;',
	'&colon;',
	'&amp;',
	'data:text/html,',
	'vbscript:',
	'//evil.example',
	'/concepts/',
	'/concepts/temperature',
	'/concepts/../x',
	'<script>',
	'</script>',
	'<img src=x onerror=alert(1)>',
	'<a href="javascript:x">',
	' onclick="x" ',
	'style="x"',
	'mailto:a@b.c',
	'a@b.c',
	'\u0000',
	'\u202e',
	'\ud800',
	'\u00a0'
];
const piece = fc.constantFrom(...PIECES);
const markdownish = fc.string({ unit: piece, maxLength: 120 });
const anyText = fc.oneof(
	markdownish,
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: fc.constantFrom(...'*_[]()`<>\\!\n '), maxLength: 400 })
);
/** Link-shaped text with hostile targets. */
const linky = fc
	.array(
		fc.tuple(
			fc.string({ unit: piece, maxLength: 6 }),
			fc.oneof(fc.string({ unit: piece, maxLength: 8 }), fc.constantFrom(...PIECES)),
			fc.constantFrom('[%t](%h)', '<%h>', '[%t](%h "t")', '[%t](<%h>)', '![%t](%h)', '%h', '[[%t]]')
		),
		{ maxLength: 8 }
	)
	.map((parts) => parts.map(([t, h, shape]) => shape.replace('%t', t).replace('%h', h)).join(' '));
/** One motif repeated to a length beyond the Markdown cut, up to the import limit (built in the
 * property, so a failure prints the motif and the length, not a million characters). */
const huge = fc.record({
	motif: fc.string({ unit: piece, minLength: 1, maxLength: 5 }),
	length: fc.integer({ min: 20_000, max: IMPORT_LIMIT })
});

const BLOCKS = new Set(['p', 'inline', 'h', 'list', 'quote', 'pre', 'hr', 'table', 'raw', 'plain']);
const INLINES = new Set(['text', 'code', 'dfn', 'br', 'strong', 'em', 'del', 'link', 'concept']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Throws on the first node the renderer must never get. */
function checkTree(blocks: Block[], options: ParseOptions) {
	const inline = (c: Inline[]) => {
		for (const i of c) {
			if (!INLINES.has(i.t)) throw new Error(`inline kind ${i.t}`);
			if (i.t === 'link') {
				if (options.links !== 'external') throw new Error(`link under ${options.links}`);
				if (!/^https?:\/\//.test(i.href) || safeHref(i.href) !== i.href)
					throw new Error(`href ${i.href}`);
			}
			if (i.t === 'concept' && (options.links !== 'concepts' || !SLUG.test(i.slug)))
				throw new Error(`concept ${i.slug}`);
			if (i.t === 'dfn' && !options.dfn) throw new Error('dfn without the option');
			if ('c' in i) inline(i.c);
		}
	};
	const walk = (bs: Block[]) => {
		for (const b of bs) {
			if (!BLOCKS.has(b.t)) throw new Error(`block kind ${b.t}`);
			if (b.t === 'quote') walk(b.c);
			else if (b.t === 'list') b.items.forEach(walk);
			else if (b.t === 'table') [b.head, ...b.rows].flat().forEach(inline);
			else if ('c' in b) inline(b.c);
		}
	};
	walk(blocks);
}

const TAGS = new Set(
	'p div strong em del code pre dfn br a ol ul li blockquote hr table thead tbody tr th td'.split(
		' '
	)
);
const ATTRIBUTES = new Set([
	'href',
	'target',
	'rel',
	'class',
	'role',
	'aria-level',
	'start',
	'data-lang'
]);

/** Throws on an element or attribute outside the lists, or a link the policy does not allow. */
function checkHtml(body: string, options: ParseOptions) {
	const html = body.replace(/<!--[^>]*-->/g, '');
	for (const m of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
		if (!TAGS.has(m[1]!)) throw new Error(`element <${m[1]}>`);
		for (const a of m[2]!.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)) {
			const [, name, value = ''] = a;
			if (!ATTRIBUTES.has(name!)) throw new Error(`attribute ${name}`);
			if (name === 'href') {
				const ok =
					options.links === 'external'
						? /^https?:\/\//.test(value)
						: /^\/concepts\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
				if (!ok) throw new Error(`href="${value}"`);
			}
		}
	}
}

/** The slowest inputs seen, slowest first. */
const slowest: { ms: number; what: string }[] = [];

/** Median of three runs when the first is slow (the first pays for GC and the JIT). */
function timed(text: string, options: ParseOptions): { blocks: Block[]; ms: number } {
	let start = performance.now();
	const blocks = parse(text, options);
	let ms = performance.now() - start;
	if (ms > 20) {
		const runs = [ms];
		for (let i = 0; i < 2; i++) {
			start = performance.now();
			parse(text, options);
			runs.push(performance.now() - start);
		}
		ms = runs.sort((a, b) => a - b)[1]!;
	}
	return { blocks, ms };
}

const policies: [string, ParseOptions][] = [
	['model output', MODEL_OUTPUT],
	['concept bodies', CONCEPT_BODY]
];

describe.each(policies)('parse, %s (property)', (_name, options) => {
	it('random and adversarial text: no throw, only allowed nodes, elements and links', () => {
		fc.assert(
			fc.property(fc.oneof(anyText, linky), (text) => {
				const blocks = parse(text, options);
				checkTree(blocks, options);
				checkHtml(render(Markdown, { props: { blocks, compact: true } }).body, options);
			}),
			{ numRuns: 400 }
		);
	});

	it('any motif repeated up to the import limit parses within 100 ms', () => {
		// Warm the JIT, as a page that has rendered a few replies has.
		for (let i = 0; i < 3; i++) parse(fill('Some *text* and [a](https://x.y) ', 30_000), options);
		fc.assert(
			fc.property(huge, ({ motif, length }) => {
				const { blocks, ms } = timed(fill(motif, length), options);
				checkTree(blocks, options);
				slowest.push({ ms, what: `${JSON.stringify(motif)} × ${length} chars, ${_name}` });
				slowest.sort((a, b) => b.ms - a.ms).splice(5);
				expect(ms, `${JSON.stringify(motif)} × ${length}: ${ms.toFixed(1)} ms`).toBeLessThan(100);
			}),
			// PROPERTY_RUNS=2000 searches longer (the motifs in hostileInputs.ts came from such runs).
			{ numRuns: Number(process.env.PROPERTY_RUNS ?? 25) }
		);
	});
});

describe('streaming (property)', () => {
	it('any text cut into any pieces gives the blocks of a whole parse', () => {
		// Small limits, so the cut, the plain chunks, the inline pieces and the element budget are
		// reached in short texts (the delimiter and table limits are the lexer's own, not options).
		const limits = { markdownChars: 300, cutSlack: 50, inlineChars: 60, inlineElements: 12 };
		fc.assert(
			fc.property(
				fc.oneof(markdownish, linky),
				fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }),
				fc.constantFrom(MODEL_OUTPUT, CONCEPT_BODY),
				(text, cuts, base) => {
					const options = { ...base, limits };
					const s = new MarkdownStream(options);
					let at = 0;
					for (const n of cuts) {
						s.append(text.slice(at, (at += n)));
						expect([...s.done, ...s.tailBlocks()]).toEqual(parse(text.slice(0, at), options));
					}
					s.append(text.slice(at));
					expect([...s.done, ...s.tailBlocks()]).toEqual(parse(text, options));
				}
			),
			{ numRuns: 300 }
		);
	});
});

afterAll(() => {
	console.log(
		`markdown property test, slowest parses: ${slowest.map((w) => `${w.ms.toFixed(1)} ms (${w.what})`).join('; ')}`
	);
});
