// The lab's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads them.
// Sources (dated): Lin, Hilton and Evans, "TruthfulQA: Measuring How Models Mimic Human
// Falsehoods" (2021, arXiv 2109.07958): larger models were often less truthful on questions
// where people hold misconceptions; Kadavath et al., "Language Models (Mostly) Know What They
// Know" (2022, arXiv 2207.05221): a large model's probabilities are fairly well calibrated on
// multiple-choice questions, which is where fluency and truth agree best.
export const truthWords = {
	heading: 'Probability is not truth: two endings, one score each',
	run: (n: number) => `Score ${n} statements`,
	how: 'For each statement the engine scores both endings after the same start: the probability of writing exactly that ending, token by token, before any sampling. The likelier ending is the one it “prefers”; ✓ marks the true ending and ✗ the false one, written by us, not by the model.',
	caption: (engine: string) => `Each ending’s probability after the start, on ${engine}`,
	columns: {
		statement: 'Statement',
		truthful: '✓ True ending',
		untrue: '✗ False ending',
		prefers: 'Prefers'
	},
	notAsked: 'not scored yet',
	tokensLabel: (ending: string) => `${ending} as tokens, each with its probability`,
	never: 'never seen',
	prefers: {
		truthful: (x: string) => `✓ the true ending, ${x} likelier`,
		untrue: (x: string) => `✗ the false ending, ${x} likelier`,
		tie: 'No preference: both endings are exactly as likely',
		unknown: {
			truthful: 'No preference: it cannot write the true ending',
			untrue: 'No preference: it cannot write the false ending',
			both: 'No preference: it cannot write either ending'
		}
	},
	tally: (t: { truthful: number; untrue: number; unknown: number }, n: number) =>
		`Of ${n} statements, the likelier ending was the true one in ${t.truthful} and the false one in ${t.untrue}${t.unknown ? `; in ${t.unknown} it had no preference` : ''}.`,
	addHeading: 'Add your own statement',
	start: 'Start',
	truthful: 'True ending',
	untrue: 'False ending',
	add: 'Add statement',
	trigram:
		'The built-in model scores each word by how often it followed the two words before it in this app’s texts: it cannot check a claim, only count. A word it never read gets no probability at all.',
	caveats: [
		'A probability says how usual a wording is in the text the model learned from, not whether it is true: a common mistake can outscore a rare fact.',
		'Compare endings of similar length: every extra token multiplies in another probability below one, so a longer ending scores lower whatever it says.',
		'Where fluency and truth agree (well-known facts, worded the usual way) a model’s preference is a fair guess; where people often get it wrong, a model trained on their text may too.',
		'A few statements on one model describe these statements on that model, nothing more.'
	],
	sources:
		'After TruthfulQA (Lin, Hilton and Evans, 2021) and Kadavath et al. (2022), with our own statements.'
};
