import { describe, expect, it } from 'vitest';
import { checkAnswer, errorExcerpt, parseAnswer } from './check';
import { cardSchema } from './card';
import { exampleCard as card } from './exampleCard';

const check = (text: string) => checkAnswer(text, cardSchema);

describe('checkAnswer on a glossary card', () => {
	it('accepts a valid card and pretty-prints it', () => {
		const r = check(JSON.stringify(card));
		expect(r.stage).toBe('valid');
		if (r.stage !== 'valid') return;
		expect(r.value).toEqual(card);
		expect(JSON.parse(r.pretty)).toEqual(card);
		expect(r.around).toBeNull();
	});

	it('names a field of the wrong type, in words', () => {
		const r = check(JSON.stringify({ ...card, related: 'top-p' }));
		expect(r).toMatchObject({
			stage: 'schema',
			problems: [{ where: 'field “related”', message: 'is a string; the schema asks for array.' }]
		});
	});

	it('takes the JSON out of text around it and says what was around it', () => {
		const r = check(
			`Here is the card:\n\`\`\`json\n${JSON.stringify(card)}\n\`\`\`\nHope it helps.`
		);
		expect(r.stage).toBe('valid');
		if (r.stage !== 'valid') return;
		expect(r.around).toEqual({
			before: 'Here is the card:\n```json',
			after: '```\nHope it helps.'
		});
	});

	it('reports truncated JSON as cut off, at the end of the text', () => {
		const text = '{"term": "GAN", "definition": "Two networks that comp';
		const r = check(text);
		expect(r.stage).toBe('parse');
		if (r.stage !== 'parse') return;
		expect(r.error.offset).toBe(text.length);
		expect(r.error.message).toMatch(/closing quote.*cut off/);
	});

	it('reports truncated JSON between fields', () => {
		const r = check('{"term": "GAN",');
		expect(r).toMatchObject({ stage: 'parse', error: { offset: 15, column: 16 } });
		if (r.stage === 'parse') expect(r.error.message).toMatch(/field name.*cut off/);
	});

	it('reports an empty answer as a parse error at its start', () => {
		expect(check('  \n')).toMatchObject({
			stage: 'parse',
			error: { offset: 0, line: 1, column: 1, message: expect.stringMatching(/empty/) }
		});
	});
});

describe('parseAnswer', () => {
	it('points at the exact line and column of a syntax error', () => {
		const text = '{\n  "term": "GAN"\n  "definition": "x"\n}';
		const r = parseAnswer(text);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error).toEqual({
			offset: text.indexOf('"definition"'),
			line: 3,
			column: 3,
			lineText: '  "definition": "x"',
			message: 'Expected “,” or “}” after the field’s value; found “"”.'
		});
	});

	it('points at the first word when the answer has no JSON at all', () => {
		const r = parseAnswer('  The model writes a card.');
		expect(r).toMatchObject({ ok: false, error: { offset: 2, line: 1, column: 3 } });
		if (!r.ok) expect(r.error.message).toMatch(/^Expected a JSON value.*found “T”\.$/);
	});

	it.each([
		['{"a": tru}', 6, /Expected a JSON value/],
		['{"a": 01}', 7, /Expected “,” or “}”/],
		['{"a": "x\\q"}', 9, /escape/],
		['{"a": "line\nbreak"}', 11, /must be escaped/],
		['{a: 1}', 1, /field name in double quotes/],
		['{"a" 1}', 5, /“:”/],
		['[1, 2', 5, /cut off/]
	])('rejects %j at offset %i', (text, offset, message) => {
		const r = parseAnswer(text);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error.offset).toBe(offset);
		expect(r.error.message).toMatch(message);
	});

	it('accepts what JSON.parse accepts, escapes and nesting included', () => {
		const value = { a: [1, -2.5e3, true, false, null, { b: 'q\\"\n\u00e9' }], c: {} };
		expect(parseAnswer(JSON.stringify(value))).toEqual({ ok: true, value, around: null });
		expect(parseAnswer('{"__proto__": 1}')).toMatchObject({ ok: true });
	});

	it('refuses absurd nesting instead of overflowing the stack', () => {
		const r = parseAnswer(`{"a": ${'['.repeat(200)}`);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.message).toMatch(/Nested deeper/);
	});
});

describe('errorExcerpt', () => {
	const error = (lineText: string, column: number) => ({
		offset: column - 1,
		line: 1,
		column,
		lineText,
		message: 'x'
	});

	it('keeps a short line whole, caret under the column', () => {
		expect(errorExcerpt(error('{"a" 1}', 6))).toEqual({ text: '{"a" 1}', caret: 5 });
	});

	it('cuts a long line around the error and keeps the caret on the same character', () => {
		const line = `${'a'.repeat(100)}X${'b'.repeat(100)}`;
		const { text, caret } = errorExcerpt(error(line, 101), 20);
		expect(text).toBe(`…${'a'.repeat(10)}X${'b'.repeat(9)}…`);
		expect(text[caret]).toBe('X');
	});

	it('puts the caret past the end for a cut-off text', () => {
		const { text, caret } = errorExcerpt(error('{"a": ', 7));
		expect(caret).toBe(text.length);
	});
});
