// A valid glossary card, for the specs of the checks that read one (check.spec.ts,
// schemaProblems.spec.ts): each wrote the same card out; they now start from this one and
// break it in their own ways.
export const exampleCard = {
	term: 'temperature',
	definition: 'A setting that flattens or sharpens the next-token distribution.',
	related: ['top-p', 'sampling'],
	category: 'technique'
};
