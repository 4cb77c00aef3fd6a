// The rendered HTML (server render of the components): hostile text stays text, links carry
// the policy's attributes, headings keep the page's heading order, concept bodies keep their
// wrapper and styles' hooks.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ConceptBody from '$lib/concepts/ui/ConceptBody.svelte';
import Markdown from './Markdown.svelte';
import { MarkdownStream } from './stream';
import { CONCEPT_BODY, MODEL_OUTPUT, parse } from './tree';

/** Server-rendered HTML without Svelte's hydration comments and scoping classes. */
const clean = (body: string) =>
	body
		.replace(/<!--[^>]*-->/g, '')
		.replace(/ ?svelte-[a-z0-9]+/g, '')
		.replace(/class=" /g, 'class="')
		.replace(/ class=""/g, '');

const html = (text: string, options = MODEL_OUTPUT) =>
	clean(render(Markdown, { props: { blocks: parse(text, options), compact: true } }).body);

/** Element names in rendered HTML. */
const tags = (body: string) => [...body.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]);

describe('Markdown.svelte', () => {
	it('renders hostile text as text: no element but the ones Markdown asked for', () => {
		const body = html(
			'<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> [click me](javascript:window.pwned=3) **bold**\n\n<iframe src="https://evil.example"></iframe>'
		);
		expect(new Set(tags(body))).toEqual(new Set(['p', 'strong']));
		expect(body).toContain('&lt;img src=x onerror="window.pwned=1">');
		expect(body).toContain('[click me](javascript:window.pwned=3)');
		expect(body).toContain('&lt;iframe');
	});

	it('opens http(s) links in a new tab without referrer or endorsement', () => {
		const body = html('[site](https://example.org/a?b=1&c=2)');
		expect(body).toMatch(
			/<a href="https:\/\/example.org\/a\?b=1&amp;c=2" target="_blank" rel="noopener noreferrer nofollow">site<\/a>/
		);
	});

	it('renders headings as paragraphs with a heading role two levels down', () => {
		const body = html('# One\n\n## Two\n\n###### Six');
		expect(body).toMatch(
			/<p class="h h1[^"]*"[^>]*role="heading" aria-level="3"[^>]*>\s*One\s*<\/p>/
		);
		expect(body).toMatch(/aria-level="4"[^>]*>\s*Two/);
		expect(body).toMatch(/aria-level="6"[^>]*>\s*Six/);
		expect(tags(body)).not.toContain('h1');
	});

	it('renders code, lists, quotes, tables and breaks', () => {
		const body = html(
			'```ts\nconst a = "<b>";\n```\n\n3. x\n4. y\n\n> q\n\n| a | b |\n|---|:-:|\n| `1` | 2 |\n\na  \nb ~~c~~\n\n---'
		);
		expect(body).toContain('<pre class="compact">');
		expect(body).toMatch(/<code data-lang="ts">const a = "&lt;b>";<\/code>/);
		expect(body).toMatch(/<ol start="3">/);
		expect(body).toContain('<blockquote');
		expect(body).toMatch(/<th class="align-center[^"]*">b<\/th>/);
		expect(body).toMatch(/<td[^>]*><code>1<\/code><\/td>/);
		expect(tags(body)).toEqual(
			expect.arrayContaining(['br', 'del', 'hr', 'table', 'thead', 'tbody'])
		);
	});

	it('renders a stream (finished blocks, then the tail) as it renders the whole text', () => {
		// What StreamingMarkdown.svelte does on each token, minus the effect that drives it.
		const text = '# T\n\nSome *text*\n\n- a\n- b\n\n```\ncode\n```\n\nend';
		const stream = new MarkdownStream(MODEL_OUTPUT);
		for (const ch of text) stream.append(ch);
		expect(stream.done.length).toBeGreaterThan(2);
		const part = (blocks: typeof stream.done) =>
			clean(render(Markdown, { props: { blocks, compact: true } }).body);
		expect(part(stream.done) + part(stream.tailBlocks())).toBe(html(text));
	});
});

describe('ConceptBody.svelte', () => {
	it('renders a body in div.body with <dfn> and router-resolved concept links', () => {
		const body = clean(
			render(ConceptBody, {
				props: {
					blocks: parse(
						'A [[term]] and [temperature](/concepts/temperature).\n\n- one\n- two',
						CONCEPT_BODY
					)
				}
			}).body
		);
		expect(body).toMatch(/^<div class="body[^"]*">/);
		expect(body).toContain('<dfn>term</dfn>');
		expect(body).toMatch(/<a href="[^"]*\/concepts\/temperature">temperature<\/a>/);
		expect(body).toMatch(/<ul><li>one<\/li><li>two<\/li><\/ul>/);
		expect(tags(body)).toEqual(['div', 'p', 'dfn', 'a', 'ul', 'li', 'li']);
	});

	it('uses the concept policy: an external link in a body is text', () => {
		const blocks = parse('[x](https://example.org)', CONCEPT_BODY);
		expect(tags(clean(render(Markdown, { props: { blocks } }).body))).toEqual(['p']);
	});
});
