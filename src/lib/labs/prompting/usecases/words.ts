// The use-case templates lab's own words, kept as data rather than in its markup so the own-words
// spec (labs/ownWords.spec.ts) checks them and the presenter notes or a translation can reach them.
// The templates themselves are in templates.ts.
export const useCaseWords = {
	heading: 'Use-case templates',
	template: 'Template',
	prompt: 'Prompt (edit it as you like)',
	run: 'Run template',
	reset: 'Reset template',
	empty: 'The prompt is empty: pick a template or write a brief first.',
	sent: (title: string) => `${title}: the message sent`,
	answer: 'The answer'
};
