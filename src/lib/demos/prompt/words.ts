// The prepared experiment's own words ("Try it" on most concept pages), kept as data rather than
// in its markup so the own-words spec (labs/ownWords.spec.ts) checks them and the presenter notes
// or a translation can reach them.
export const promptWords = {
	heading: 'Try it',
	continueLabel: 'Text to continue',
	messageLabel: 'Message to the model',
	fixSettings: 'Fix the highlighted settings first.',
	run: 'Run',
	newSeed: 'Run with a new seed',
	probabilities: 'Show probabilities',
	idle: 'Press Run to generate. Nothing leaves this device.'
};
