// Texts built to make a Markdown parser slow or deep, shared by the tests that hold parse()
// to its budget (hostile.timed.spec.ts, tree.property.timed.spec.ts) and by `npm run bench`, which renders
// them through the real component in Chromium. One list, so the bench measures the inputs the
// tests know to be the worst. Sizes go up to the import limit: a million characters a message.

export const IMPORT_LIMIT = 1_000_000;

/** `unit` repeated to exactly `length` characters. */
export const fill = (unit: string, length: number) =>
	unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const nestedLines = (marker: (depth: number) => string, length: number) => {
	let s = '';
	for (let d = 1; s.length < length; d++) s += marker(d) + 'a\n';
	return s.slice(0, length);
};

/** A table of `columns` × `rows` short cells. */
const table = (columns: number, rows: number) =>
	'| ab '.repeat(columns) +
	'|\n' +
	'|----'.repeat(columns) +
	'|\n' +
	('| 12 '.repeat(columns) + '|\n').repeat(rows);

/**
 * Found by tree.property.timed.spec.ts (PROPERTY_RUNS=2000), each the worst of its kind before the fix
 * it led to: "*~." and "(~\u202e" made marked's emphasis and strikethrough quadratic (700 ms
 * for 20,000 characters; lex.ts now budgets delimiters), "a\n\n" threw a RangeError (300,000
 * blocks past the cut pushed as arguments; tree.ts now chunks that text), "&~\r\n" was the
 * slowest parse left afterwards.
 */
export const FOUND_BY_PROPERTIES: Record<string, string> = {
	'a million "*~."': fill('*~.', IMPORT_LIMIT),
	'a million "(~" + U+202E': fill('(~\u202e', IMPORT_LIMIT),
	'a million "a\\n\\n"': fill('a\n\n', IMPORT_LIMIT),
	'a million "\\n\\n*"': fill('\n\n*', IMPORT_LIMIT),
	'a million "&~\\r\\n"': fill('&~\r\n', IMPORT_LIMIT)
};

/** Model output (the 'external' link policy). */
export const HOSTILE_CASES: Record<string, string> = {
	'20,000 [': fill('[', 20_000),
	'20,000 *': fill('*', 20_000),
	'10,000 _a': fill('_a', 20_000),
	'[a]( repeated': fill('[a](', 80_000),
	'deeply nested >': fill('>', 20_000) + ' x',
	'deeply nested "> "': fill('> ', 20_000) + 'x',
	'deeply nested "- "': fill('- ', 20_000) + 'x',
	'nested emphasis': fill('*', 10_000) + 'a' + fill('*', 10_000),
	'nested brackets': fill('[', 20_000) + 'a' + fill('](b)', 80_000),
	'a million [': fill('[', IMPORT_LIMIT),
	'a million *': fill('*', IMPORT_LIMIT),
	'a million _a': fill('_a', IMPORT_LIMIT),
	'a million *a': fill('*a', IMPORT_LIMIT),
	'a million a!': fill('a!', IMPORT_LIMIT),
	'a million [a](': fill('[a](', IMPORT_LIMIT),
	'a million [a](b) links': fill('[a](http://b) ', IMPORT_LIMIT),
	'a million `a` spans': fill('`a` ', IMPORT_LIMIT),
	'paragraphs of _a': fill(fill('_a', 1_000) + '\n\n', IMPORT_LIMIT),
	'a million list items': fill('- a\n', IMPORT_LIMIT),
	'a million lazy list lines': fill('- a\nb\n', IMPORT_LIMIT),
	'lists nested by indentation': nestedLines((d) => ' '.repeat(2 * d) + '- ', IMPORT_LIMIT),
	'quotes nested line by line': nestedLines((d) => '>'.repeat(d) + ' ', IMPORT_LIMIT),
	'a million setext headings': fill('a\n=\n', IMPORT_LIMIT),
	'a million table rows': '| a | b |\n|---|---|\n' + fill('| 1 | 2 |\n', IMPORT_LIMIT - 20),
	'a million fence lines': fill('```\n', IMPORT_LIMIT),
	'a million html tags': fill('<a href="x">', IMPORT_LIMIT),
	'a million plain words': fill('word ', IMPORT_LIMIT),
	'a million lines': fill('some words on a line\n', IMPORT_LIMIT),
	// 11,000 characters that marked made 2 million table cells of (lex.ts: tooManyCells).
	'a table of 2,500 columns':
		fill('|a', 5_000) + '|\n' + fill('|-', 5_000) + '|\n' + fill('x\n', 1_580),
	// The largest table kept: 29 columns, a header and 99 rows of short cells.
	'a table of 2,900 cells': table(29, 99),
	// The slowest to lay out in the browser (`npm run bench`): half a million lines of one letter.
	'half a million one-letter lines': fill('a\n', IMPORT_LIMIT),
	...FOUND_BY_PROPERTIES
};

/** Concept bodies (the 'concepts' link policy, [[defined terms]] on). */
export const HOSTILE_CONCEPT_CASES: Record<string, string> = {
	'40,000 [[': fill('[[', 40_000),
	'60,000 [[a': fill('[[a', 60_000),
	'a million [[a]]': fill('[[a]]', IMPORT_LIMIT)
};
