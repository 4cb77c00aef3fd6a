// Checks a model's answer against a JSON Schema in two steps the page shows apart: does it parse
// (and where exactly does it stop parsing), then does it match the schema (schemaProblems.ts says
// which field is wrong, in words). Parsing is our own small scanner, not JSON.parse's message:
// browsers word and place their errors differently (V8 often gives no position, Firefox gives
// line and column), and the page must point at the same character everywhere. The value itself
// still comes from JSON.parse once the scanner accepts the text.
import type { Schema } from '@cfworker/json-schema';
import { prettyJson } from './pretty';
import { schemaProblems, type SchemaProblem } from './schemaProblems';

export interface ParseError {
	/** 0-based character offset of the problem. */
	offset: number;
	/** 1-based. */
	line: number;
	column: number;
	/** The line the problem is on, for a caret display. */
	lineText: string;
	message: string;
}

/** Text the answer has before or after its JSON (a strict parser would reject the whole). */
export interface Around {
	before: string;
	after: string;
}

export type AnswerCheck =
	| { stage: 'parse'; error: ParseError }
	| { stage: 'schema'; value: unknown; problems: SchemaProblem[]; around: Around | null }
	| { stage: 'valid'; value: unknown; pretty: string; around: Around | null };

const MAX_DEPTH = 64;

class ScanError extends Error {
	constructor(
		readonly offset: number,
		message: string
	) {
		super(message);
	}
}

/** What is at `i`, for messages: the character in quotes, or the end of the text. */
function seen(text: string, i: number): string {
	if (i >= text.length) return 'the text ends there';
	const c = text[i]!;
	return `found ${/\s/.test(c) ? 'a line break or space' : `“${c}”`}`;
}

/** Scans one JSON value starting at `start`; returns where it ends, or throws a ScanError. */
function scanValue(text: string, start: number): number {
	let i = start;
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const fail = (what: string): never => {
		if (i >= text.length)
			throw new ScanError(i, `${what}, but the text ends there: the answer is cut off.`);
		throw new ScanError(i, `${what}; ${seen(text, i)}.`);
	};
	const string = () => {
		i++; // the opening quote
		while (i < text.length) {
			const c = text[i]!;
			if (c === '"') {
				i++;
				return;
			}
			if (c === '\\') {
				const e = text[i + 1];
				if (e === undefined) {
					i = text.length;
					break;
				}
				if (e === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
						i += 2;
						fail('Expected four hex digits after “\\u”');
					}
					i += 6;
				} else if ('"\\/bfnrt'.includes(e)) i += 2;
				else {
					i++;
					fail('Expected an escape such as \\n or \\" after the backslash');
				}
			} else if (c < ' ') fail('A line break or control character inside a string must be escaped');
			else i++;
		}
		fail('Expected a closing quote “"” for the string');
	};
	const number = () => {
		const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
		if (!m) fail('Expected a number');
		i += m![0].length;
	};
	/** An object's fields or a list's items, from the opening bracket to `close`, comma-separated. */
	const entries = (close: string, unclosed: string, entry: () => void) => {
		i++;
		ws();
		if (text[i] === close) {
			i++;
			return;
		}
		for (;;) {
			entry();
			ws();
			if (text[i] === ',') i++;
			else if (text[i] === close) {
				i++;
				return;
			} else fail(unclosed);
		}
	};
	const value = (depth: number) => {
		if (depth > MAX_DEPTH) fail(`Nested deeper than ${MAX_DEPTH} levels`);
		ws();
		const c = text[i];
		if (c === '{')
			entries('}', 'Expected “,” or “}” after the field’s value', () => {
				ws();
				if (text[i] !== '"') fail('Expected a field name in double quotes');
				string();
				ws();
				if (text[i] !== ':') fail('Expected “:” after the field name');
				i++;
				value(depth + 1);
			});
		else if (c === '[')
			entries(']', 'Expected “,” or “]” after the list item', () => value(depth + 1));
		else if (c === '"') string();
		else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
		else {
			for (const word of ['true', 'false', 'null'])
				if (text.startsWith(word, i)) {
					i += word.length;
					return;
				}
			fail('Expected a JSON value (an object, a list, a string, a number, true, false or null)');
		}
	};
	value(0);
	return i;
}

function parseError(text: string, offset: number, message: string): ParseError {
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	const lineEnd = text.indexOf('\n', offset);
	return {
		offset,
		line: text.slice(0, offset).split('\n').length,
		column: offset - lineStart + 1,
		lineText: text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd),
		message
	};
}

/**
 * Finds the JSON in an answer: from its first "{" (the schemas here describe objects), or from
 * its first visible character when it has none, so the error points at what came instead.
 */
export function parseAnswer(
	text: string
): { ok: true; value: unknown; around: Around | null } | { ok: false; error: ParseError } {
	const brace = text.indexOf('{');
	const start = brace === -1 ? text.length - text.trimStart().length : brace;
	let end: number;
	try {
		end = scanValue(text, start);
	} catch (e) {
		if (e instanceof ScanError) return { ok: false, error: parseError(text, e.offset, e.message) };
		throw e;
	}
	const before = text.slice(0, start).trim();
	const after = text.slice(end).trim();
	return {
		ok: true,
		value: JSON.parse(text.slice(start, end)),
		around: before || after ? { before, after } : null
	};
}

/** Parse, then validate: the page's whole verdict on one answer. */
export function checkAnswer(text: string, schema: Schema): AnswerCheck {
	if (!text.trim())
		return {
			stage: 'parse',
			error: parseError(text, 0, 'The answer is empty: a JSON value should start here.')
		};
	const parsed = parseAnswer(text);
	if (!parsed.ok) return { stage: 'parse', error: parsed.error };
	const { value, around } = parsed;
	const problems = schemaProblems(value, schema);
	if (!problems.length) return { stage: 'valid', value, pretty: prettyJson(value), around };
	return { stage: 'schema', value, problems, around };
}

/**
 * The part of the error's line around the error, at most `width` characters, and where the
 * caret goes in it: the trigram model writes one long line, and a caret under character 900
 * helps nobody.
 */
export function errorExcerpt(error: ParseError, width = 60): { text: string; caret: number } {
	const half = Math.floor(width / 2);
	const at = error.column - 1;
	const from = Math.max(0, Math.min(at - half, error.lineText.length - width));
	const cut = error.lineText.slice(from, from + width);
	const head = from > 0 ? '…' : '';
	const tail = from + width < error.lineText.length ? '…' : '';
	return { text: head + cut + tail, caret: at - from + head.length };
}
