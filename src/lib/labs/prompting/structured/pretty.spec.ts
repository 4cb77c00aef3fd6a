import { describe, expect, it } from 'vitest';
import { cardSchema } from './card';
import { prettyJson } from './pretty';

describe('prettyJson', () => {
	it('keeps what fits on one line, and indents the rest', () => {
		expect(prettyJson({ a: 1, b: ['x', 'y'] })).toBe('{ "a": 1, "b": ["x", "y"] }');
		expect(prettyJson({ long: 'x'.repeat(30), more: 'y'.repeat(30) }, 40)).toBe(
			`{\n  "long": "${'x'.repeat(30)}",\n  "more": "${'y'.repeat(30)}"\n}`
		);
		expect(prettyJson([{}, []])).toBe('[{}, []]');
	});

	it('counts the key and indent towards the width', () => {
		const text = prettyJson({ outer: { inner: ['aaaaaaaa', 'bbbbbbbb', 'cccccccc'] } }, 30);
		for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(30);
	});

	it('prints JSON that parses back to the same value, the card schema in under 25 lines', () => {
		const values = [
			cardSchema,
			{ s: 'quote " and \\ and \n', n: -1.5e-7, t: true, z: null },
			'x',
			3
		];
		for (const v of values) expect(JSON.parse(prettyJson(v))).toEqual(v);
		expect(prettyJson(cardSchema).split('\n').length).toBeLessThan(25);
	});
});
