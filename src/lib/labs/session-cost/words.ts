// The session-cost lab's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads
// them. The arithmetic's sources are in cost.ts; prices and training figures in published.ts.
export const costWords = {
	heading: 'What this session cost',
	how: 'Every reply this tab generated is counted by engine: tokens read and written, and the seconds spent. A transformer does about two operations per weight for each token, so operations follow from the model’s size; energy follows from an assumed power draw, which you can change.',
	none: 'Nothing generated in this tab yet: run any experiment on this site, then come back. The table fills as you go.',
	write: 'Write a short reply',
	watts: 'This device’s power while generating (W)',
	efficiency: 'Data-centre efficiency (GFLOP per joule)',
	efficiencyNote:
		'500 GFLOP/J is about an NVIDIA H100 doing a third of its 989 TFLOP/s dense BF16 peak at its 700 W rating (NVIDIA H100 datasheet, 2023); real serving adds cooling and idle time.',
	caption: 'This session, by engine',
	cols: ['Engine', 'Tokens', 'Weights', 'Operations', 'Energy here', 'Data centre'],
	trigram: 'counts, not weights',
	rules: 'hand-written rules, no weights',
	unknownSize: 'size unknown',
	pricesHeading: 'The same tokens at an API’s list price',
	pricesNote:
		'List prices per million tokens as published on the date shown; they change often and have mostly fallen since. Local generation costs you electricity instead.',
	trainingHeading: 'Beside it: training one large model',
	trainingNote:
		'Training happens once and serving happens every day, so a model’s lifetime energy is the two together; these figures cover training only.',
	sessions: (n: string) => `≈ ${n} sessions like this one`,
	wh: (wh: string) => `${wh} Wh`
};
