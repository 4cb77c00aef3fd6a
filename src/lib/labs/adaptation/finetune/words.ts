// The fine-tuning lab's labels and captions, kept as data rather than in its markup so the
// own-words spec (labs/ownWords.spec.ts) checks them; its longer notes are in ../notes.ts.
export const fineTuneWords = {
	heading: 'Try it: fine-tune the built-in model',
	text: 'Text to adapt to',
	useSample: (title: string) => `Use the sample (${title})`,
	clear: 'Clear',
	passes: 'Passes over your text:',
	start: 'Start of both continuations',
	run: 'Adapt and compare',
	before: 'Before: the base model',
	beforeDetail: 'Trained on the concept texts, minus the paragraphs kept aside.',
	after: 'After: adapted to your text',
	afterDetail: (passes: number) => `The concept texts plus your text, ${passes} passes.`,
	llmHeading: 'How this relates to fine-tuning a large model',
	notRun: 'Not run yet.',
	yours: 'Perplexity on your held-out text',
	base: 'Perplexity on concept paragraphs kept aside',
	unknown: 'Unknown words in your held-out text',
	split: (words: number, adapt: number, unit: string, heldOut: number) =>
		`${words.toLocaleString('en')} words. Adapting to the first ${adapt} ${unit}; holding out the last ${heldOut}, which the adapted model never sees.`,
	status: {
		training: 'Training both models and measuring them…',
		generating: 'Both models are writing…',
		stopped: 'Stopped.',
		done: (passes: number, seed: number) => `Done: ${passes} passes, seed ${seed}.`
	},
	settings: (seed: number, s: { temperature: number; topK: number; topP: number }) =>
		`Both sides use seed ${seed}, temperature ${s.temperature}, top-k ${s.topK}, top-p ${s.topP}: only the training text differs.`,
	yoursChange: 'Held-out perplexity on your text:',
	baseChange: 'On the kept-aside concept paragraphs:',
	beforeAfter: (before: number, after: number, change: string) =>
		`${before.toFixed(1)} before, ${after.toFixed(1)} after (${change}).`,
	lowerBetter: 'Lower is better.'
};
