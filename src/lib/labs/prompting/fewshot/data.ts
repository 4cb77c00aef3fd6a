// The few-shot lab's task: label a short sentence's sentiment with one of three codes. Chosen
// because the codes are a format the model has to be shown: a small model asked zero-shot tends
// to answer "Positive" or a sentence of prose, and a few solved examples teach it to answer
// "POS". The sentences are our own; the test set is balanced (four of each label) so that a
// model that always says the same code scores one third, and the example pool starts with one
// of each label so that three examples are balanced too (one example is not: that lean is part
// of what the page asks the visitor to watch).

export const labels = ['POS', 'NEG', 'NEU'] as const;
export type Label = (typeof labels)[number];

export interface LabelledSentence {
	text: string;
	label: Label;
}

/** Scored in this order; labels interleaved so a run's first items already mix them. */
export const testSet: LabelledSentence[] = [
	{
		text: 'The new library opened early and the staff helped me find every book I needed.',
		label: 'POS'
	},
	{ text: 'The train was forty minutes late and nobody told us why.', label: 'NEG' },
	{ text: 'The meeting has moved from Tuesday to Thursday at ten.', label: 'NEU' },
	{
		text: 'Our team finished a week ahead of schedule and the client loved the result.',
		label: 'POS'
	},
	{ text: 'My phone screen cracked on the first day and support never answered.', label: 'NEG' },
	{ text: 'The report has twelve pages and three tables.', label: 'NEU' },
	{ text: 'This soup tastes wonderful, and I am making it again tomorrow.', label: 'POS' },
	{ text: 'The hotel room smelled of smoke and the heating did not work.', label: 'NEG' },
	{ text: 'Bus 42 stops at the station and at the market.', label: 'NEU' },
	{ text: 'The repair was quick and cheap, and the bike now rides like new.', label: 'POS' },
	{ text: 'I waited an hour for a meal that arrived cold.', label: 'NEG' },
	{ text: 'The shop opens at nine on weekdays.', label: 'NEU' }
];

/** The solved examples the prompts take from the top: k examples = the first k of these. */
export const examplePool: LabelledSentence[] = [
	{ text: 'The concert was fantastic and the whole crowd sang along.', label: 'POS' },
	{ text: 'The printer jammed again and ruined my only copy.', label: 'NEG' },
	{ text: 'The parcel is due to arrive on Friday.', label: 'NEU' },
	{ text: 'The app crashes every time I try to log in.', label: 'NEG' },
	{ text: 'The museum lists its opening hours on the door.', label: 'NEU' },
	{ text: 'She was thrilled with how the garden turned out.', label: 'POS' }
];
