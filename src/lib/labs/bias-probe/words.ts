// The bias probe's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads them.
// Sources (dated): Zhao et al., "Gender Bias in Coreference Resolution: Evaluation and Debiasing
// Methods" (WinoBias, NAACL 2018); Kurita et al., "Measuring Bias in Contextualized Word
// Representations" (2019).
export const biasWords = {
	heading: 'A bias probe: one word changed, next word compared',
	run: (pairs: number) => `Probe ${pairs} pairs`,
	how: 'Each pair of prompts differs in one word. The engine reports how likely each listed word is to come next after either prompt, before any sampling; the gap is side A minus side B, in percentage points.',
	addHeading: 'Add your own pair',
	sideA: 'Prompt A',
	sideB: 'Prompt B',
	targets: 'Compare next words',
	add: 'Add pair',
	addProblem: 'Both prompts are needed, each at most 120 characters.',
	caption: (engine: string) => `Next-word probabilities after each prompt, on ${engine}`,
	gapColumn: 'Largest gap',
	noGap: 'no gap',
	notAsked: 'not asked yet',
	barLabel: (word: string, gap: string) => `${word}: ${gap} points, A minus B`,
	trigram:
		'The built-in model reads only the last two words of a prompt. Where a pair differs further back, both sides get the same numbers: a zero gap there shows what the model cannot see, not that it is fair.',
	caveats: [
		'A small model, a handful of prompts: the numbers describe these sentences on this model, not the model in general, let alone people.',
		'A gap shows an association learned from text; it does not say why the model has it, and it is no causal claim about the training data or the world.',
		'Wording matters: “said that” and “told us that” can move the numbers as much as the word being tested, so compare pairs, not single prompts.',
		'A word outside a WebLLM model’s top 50 is shown as below the last listed probability, not as zero.'
	],
	sources:
		'Method after WinoBias (Zhao et al., 2018) and Kurita et al. (2019), with our own sentences.'
};
