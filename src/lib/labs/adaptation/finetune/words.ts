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
	unknown: 'Unknown words in your held-out text'
};
