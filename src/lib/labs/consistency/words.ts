// The consistency lab's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads
// them. The two questions have the same shape and end the same way ("Answer:"), so on a chat
// model only the person differs; the second person is invented for this app (no chemist of that
// name is known to us or to a web search), so any year a model gives for them is made up.
export const consistencyWords = {
	heading: 'Ask the same question several times: does the answer hold?',
	questions: [
		'In which year was the chemist Marie Curie born? Reply with the year only.\nAnswer:',
		'In which year was the Dutch chemist Hendrik Vollenbrak born? Reply with the year only.\nAnswer:'
	],
	questionNames: [
		'A real person (Marie Curie, born 1867)',
		'An invented person (Hendrik Vollenbrak)'
	],
	samples: 'Samples per question',
	run: (prompts: number) => `Run ${prompts} prompts`,
	prompts: 'The exact prompts sent',
	promptsNote: 'Each question is sent once per sample; only the seed changes between samples.',
	settings: (seed: number, samples: number, temperature: number, tokens: number) =>
		`Temperature ${temperature}, seeds ${seed} to ${seed + samples - 1} for both questions, room for ${tokens} tokens.`,
	caption: (engine: string) => `Answers that match the most common one, on ${engine}`,
	rule: 'Agreement: each answer’s first line is compared after dropping case, punctuation and an “Answer:” label. The bar is the share of answers equal to the most common one; word overlap is the average share of words two answers have in common.',
	overlap: (percent: number) => `Word overlap between answers: ${percent}%`,
	majority: (answer: string, count: number, total: number) =>
		`Most common answer: “${answer || '(nothing)'}”, ${count} of ${total}`,
	answersLabel: 'Every answer, in seed order',
	item: (question: string, sample: number) => `${question}, sample ${sample}`,
	quizLink:
		'Agreement is a signal, not a test of truth. To score a model against answers known to be right, use',
	quizLinkText: 'the model quiz on the foundation models page'
};
