// The plain-text helpers read the same tree the pages render: markup gone, text kept, one
// entry per paragraph or list item.
import { describe, expect, it } from 'vitest';
import { MODEL_OUTPUT } from './tree';
import { definedTerms, linkTargets, plainParagraphs } from './text';

const BODY = `A [[defined term]] with **strong**, *em* and a
[link](/concepts/temperature) across a line.

- first item [[second term]]
- second item [other](/concepts/rag)

Last paragraph.`;

describe('plain text of Markdown', () => {
	it('gives one paragraph per paragraph or list item, markup stripped, lines joined', () => {
		expect(plainParagraphs(BODY)).toEqual([
			'A defined term with strong, em and a link across a line.',
			'first item second term',
			'second item other',
			'Last paragraph.'
		]);
	});

	it('lists defined terms and link targets in order', () => {
		expect(definedTerms(BODY)).toEqual(['defined term', 'second term']);
		expect(linkTargets(BODY)).toEqual(['/concepts/temperature', '/concepts/rag']);
	});

	it('reports link targets the page would refuse, so content tests can catch them', () => {
		const body = 'See [this](https://example.org) and [that](/concept/typo).\n\n- [x](/concepts/a)';
		expect(linkTargets(body)).toEqual(['https://example.org', '/concept/typo', '/concepts/a']);
		expect(plainParagraphs(body)).toEqual([
			'See [this](https://example.org) and [that](/concept/typo).',
			'x'
		]);
	});

	it('reads any Markdown: headings, quotes, nested lists, code and tables', () => {
		const text =
			'# Title\n\n> quoted *text*\n\n1. one\n   - nested\n2. two\n\n```js\nlet x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |';
		expect(plainParagraphs(text, MODEL_OUTPUT)).toEqual([
			'Title',
			'quoted text',
			'one',
			'nested',
			'two',
			'let x = 1;',
			'a b',
			'1 2'
		]);
		expect(definedTerms('[[not a term]] here', MODEL_OUTPUT)).toEqual([]);
	});
});
