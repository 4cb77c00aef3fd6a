// The chain-of-thought lab's own words, kept as data rather than in its markup so the own-words
// spec (labs/ownWords.spec.ts) checks them and the presenter notes or a translation can reach them.
export const cotWords = {
	heading: 'Answer only against step by step, scored',
	run: (prompts: number) => `Run ${prompts} prompts`,
	prompts: 'The exact prompts sent',
	promptsNote: (others: number) =>
		`Shown for the first problem; the other ${others} differ only in the question.`,
	caption: (engine: string) => `Problems solved per prompt on ${engine}`,
	settings: (seed: number, direct: number, steps: number) =>
		`Every prompt runs at temperature 0 with seed ${seed}, with room for ${direct} tokens answering directly and ${steps} step by step.`,
	item: (condition: string, problem: number) => `${condition}, problem ${problem}`
};
