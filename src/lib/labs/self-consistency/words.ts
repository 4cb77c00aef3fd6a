// The self-consistency lab's own words, as data so the own-words spec (labs/ownWords.spec.ts)
// reads them.
export const selfConsistencyWords = {
	heading: 'More samples, a vote: accuracy against tokens spent',
	samples: 'Largest N (samples per problem)',
	run: (prompts: number) => `Run ${prompts} prompts`,
	prompts: 'The exact prompt sent',
	promptsNote: (others: number, n: number) =>
		`Shown for the first problem; the other ${others} differ only in the question. Each is sent ${n} times with a different seed.`,
	settings: (seed: number, temperature: number, tokens: number) =>
		`Temperature ${temperature}, seeds from ${seed}, room for ${tokens} tokens per reply.`,
	thinking: 'Thinking on (the model writes its reasoning before the answer)',
	thinkingNone: {
		builtin:
			'Thinking on or off: the built-in engine has no thinking mode, so only the number of samples changes here. A hybrid reasoning model from the Models page (Qwen3) adds a switch.',
		model:
			'Thinking on or off: this model has no switch that WebLLM honours, so only the number of samples changes here. A hybrid reasoning model (Qwen3) adds one.'
	},
	caption: (engine: string) => `Majority-vote accuracy and tokens spent per problem, on ${engine}`,
	columns: ['Samples (N)', 'Solved', 'Tokens per problem'],
	solved: (correct: number, problems: number) =>
		problems ? `${correct} of ${problems}` : 'not yet',
	legend: 'Line: problems solved (left scale). Bars: tokens spent per problem (right scale).',
	rule: 'Vote: the number read from each reply (the chain-of-thought lab’s rule) counts once; the most common number among the first N replies is the answer for N; a tie goes to the number that came first.',
	item: (problem: number, sample: number) => `problem ${problem}, sample ${sample}`
};
