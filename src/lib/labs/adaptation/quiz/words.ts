// The model quiz's labels and captions, kept as data rather than in its markup so the own-words
// spec (labs/ownWords.spec.ts) checks them; its longer notes are in ../notes.ts, the questions in
// questions.ts.
export const quizWords = {
	stoppedNote: 'A partial run is not kept on the chart.',
	notStored: 'This device would not store the result: it is kept for this visit only.',
	heading: 'Try it: quiz the engine',
	message: 'The exact message of question 1 (the others differ only in question and options):',
	run: (questions: number) => `Run the quiz (${questions} questions)`,
	runAll: (engines: number) => `Run on every engine on this device (${engines})`,
	noText: (engine: string) =>
		`${engine} turns texts into vectors and writes no answers: choose a chat model or the built-in engine at the top of the page.`,
	measured: 'Every engine measured on this device',
	sizeAxis: 'size: weights, or trigrams counted (log)',
	guessingMark: 'guessing: 25%',
	builtinKey: 'built-in model (size: trigrams counted)',
	modelKey: 'downloaded neural model (size: weights)',
	guessingKey: 'guessing (25%)'
};
