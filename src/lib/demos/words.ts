// What a concept page shows in an experiment's place while its lab's code arrives, or when it
// cannot arrive (offline without the chunk): kept as data beside the labs' own words, checked by
// the same own-words spec (labs/ownWords.spec.ts).
export const experimentWords = {
	waiting: 'The experiment loads as you scroll to it.',
	loading: 'Loading the experiment…',
	failed: (reason: string) =>
		`This experiment could not be loaded (${reason}). Reload the page to try again.`
};
