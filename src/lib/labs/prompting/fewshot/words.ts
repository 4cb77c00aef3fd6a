// The few-shot lab's own words, kept as data rather than in its markup so the own-words spec
// (labs/ownWords.spec.ts) checks them and the presenter notes or a translation can reach them.
export const fewShotWords = {
	heading: 'Zero-shot against few-shot, scored',
	run: (prompts: number) => `Run ${prompts} prompts`,
	prompts: 'The exact prompts sent',
	promptsNote: (others: number) =>
		`Shown for the first sentence; the other ${others} prompts differ only in their last sentence.`,
	edited: 'Edited since the last run: these are what the next run sends.',
	caption: (engine: string) => `Accuracy per number of examples on ${engine}`,
	compare: 'Compare',
	pool: (n: number) => `Edit the examples (${n}; k examples are the first k)`,
	sentence: (n: number) => `Example ${n} sentence`,
	code: (n: number) => `Example ${n} code`,
	settings: (seed: number, sentences: number, perCode: number) =>
		`Every prompt runs at temperature 0 with seed ${seed}; the test set has ${sentences} sentences, ${perCode} of each code.`,
	item: (condition: string, sentence: number) => `${condition}, sentence ${sentence}`
};
