// The statements the lab starts with: a start, an ending that makes it true and one that makes it
// false, the two endings about as long so their probabilities compare. Chosen so that both
// engines show both outcomes: measured on the built-in trigram model (truth.builtin.spec.ts), the
// first two are won by the true ending, the next two by the false one (the words a text repeats
// most win, whatever the subject was), and the last uses words it never read. Large models tend
// to get the capital right and can still prefer a fluent falsehood; the page says what each run
// showed, not what it should have.

export interface Statement {
	/** The text before the endings. */
	start: string;
	/** The ending that makes the statement true. */
	truthful: string;
	/** The ending that makes it false. */
	untrue: string;
}

export const startingStatements: readonly Statement[] = [
	{
		start: 'A causal language model predicts the',
		truthful: ' next token.',
		untrue: ' previous token.'
	},
	{
		start: 'The generator of a GAN tries to',
		truthful: ' fool the discriminator.',
		untrue: ' help the discriminator.'
	},
	{
		start: 'A diffusion model makes an image by',
		truthful: ' removing noise.',
		untrue: ' adding noise.'
	},
	{ start: 'The variational autoencoder was introduced in', truthful: ' 2013.', untrue: ' 2017.' },
	{ start: 'The capital of Australia is', truthful: ' Canberra.', untrue: ' Sydney.' }
];

/** A statement's start, and each ending, as a visitor may type them. */
export const MAX_START = 160;
export const MAX_ENDING = 80;

/** Why a visitor's statement cannot be added, or null. Endings get a leading space if they lack one. */
export function statementProblem(s: Statement): string | null {
	if (!s.start.trim() || !s.truthful.trim() || !s.untrue.trim())
		return 'A start and both endings are needed.';
	if (s.start.length > MAX_START) return `The start may have at most ${MAX_START} characters.`;
	if (s.truthful.length > MAX_ENDING || s.untrue.length > MAX_ENDING)
		return `Each ending may have at most ${MAX_ENDING} characters.`;
	if (s.truthful.trim() === s.untrue.trim()) return 'The two endings are the same.';
	return null;
}

/** The statement as it is scored: trimmed start, each ending led by one space. */
export function tidy(s: Statement): Statement {
	const ending = (e: string) => ` ${e.trim()}`;
	return { start: s.start.trim(), truthful: ending(s.truthful), untrue: ending(s.untrue) };
}
