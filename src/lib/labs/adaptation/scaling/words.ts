// The scaling-law lab's labels and captions, kept as data rather than in its markup so the
// own-words spec (labs/ownWords.spec.ts) checks them; its longer notes are in ../notes.ts.
export const scalingWords = {
	heading: 'Try it: measure a scaling law',
	run: (sizes: number) => `Train ${sizes} sizes`,
	caption: 'Every measured size',
	none: 'No sizes trained yet.',
	published: 'Published results',
	xAxis: 'training tokens (log scale)',
	yAxis: 'held-out perplexity (log)',
	measured: 'measured ·',
	fitted: 'fitted power law.'
};
