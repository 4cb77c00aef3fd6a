// The structured-output lab's own words, kept as data rather than in its markup so the own-words
// spec (labs/ownWords.spec.ts) checks them and the presenter notes or a translation can reach them.
export const structuredWords = {
	heading: 'Structured output: a glossary card as JSON',
	constrained: 'Constrained:',
	constrainedHow: (engine: string) =>
		`${engine} receives the schema with the request, and WebLLM turns it into a grammar that allows only tokens keeping the answer valid JSON of this shape.`,
	unconstrained: 'This engine cannot constrain its output.',
	unconstrainedWhy: (engine: string, rules: boolean) =>
		`${engine} ${rules ? 'answers with the fixed templates of its keyword rules; it cannot follow a schema' : 'picks each word from counts of which word followed which; it has no way to follow a schema and has never seen JSON'}, so it runs without the schema and the check below will fail. A downloaded chat model receives the schema and answers within it.`,
	schema: 'The schema (JSON Schema, draft 2020-12)',
	term: 'Term for the card',
	sent: 'The message sent',
	run: 'Ask for a card',
	reset: 'Reset term',
	noTerm: 'Type a term first: the card needs something to describe.',
	answer: (ran: { label: string; constrained: boolean } | null) =>
		ran
			? `The answer, as ${ran.label} wrote it (${ran.constrained ? 'with' : 'without'} the schema)`
			: 'The answer',
	notJson: (e: { line: number; column: number; offset: number; message: string }) =>
		`Not valid JSON. Line ${e.line}, column ${e.column} (character ${e.offset + 1}): ${e.message}`,
	cutOff: 'The answer reached its token limit, which is why it stops where it does.',
	parses: 'Parses as JSON.',
	around: (around: { before?: string; after?: string }) =>
		`The answer also has text around the JSON${around.before ? ` (before it: “${around.before}”)` : ''}${around.after ? ` (after it: “${around.after}”)` : ''}. A strict program would reject the whole answer; this check read only the JSON part.`,
	misfit: (problems: number) =>
		`Does not match the schema (${problems} ${problems === 1 ? 'problem' : 'problems'}):`,
	fits: 'Matches the schema. The card:'
};
