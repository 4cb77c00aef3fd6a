// The generations lab's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads
// them. What each machine can and cannot do is said of the machine itself, true whatever the
// visitor types.
export const generationsWords = {
	heading: 'One message, three generations of machines',
	message: 'Your message',
	messageHint: 'Write as you would to a person; each machine gets exactly this text.',
	run: (columns: number) => (columns === 3 ? 'Ask all three' : 'Ask both'),
	engineNote: (chat: boolean) =>
		chat
			? 'The first two columns always run here, without a download; the third is this model.'
			: 'The first two columns always run here, without a download; the third needs a downloaded model.',
	empty: 'Write a message first.',
	tooLong: (max: number) =>
		`Keep the message under ${max} characters: ELIZA and the trigram model read a sentence or two.`,
	columns: {
		eliza: {
			name: 'Rules (ELIZA, 1966)',
			can: 'Turns your own words back into a question, and can seem attentive for a few lines.',
			cannot: 'It knows nothing: every reply is a template a person wrote, picked by a keyword.'
		},
		trigram: {
			name: 'Counts (a trigram model, 1990s style)',
			can: 'Writes fluent runs of words it has seen, learned by counting this app’s own texts.',
			cannot:
				'It continues your last two words rather than answering, and loses the thread after a few words.'
		},
		neural: {
			name: 'A neural network (a transformer, today)',
			can: 'Reads the whole message and answers it, with knowledge learned from trillions of words.',
			cannot:
				'It can state false things fluently, and it knows nothing after its training data ends.'
		}
	},
	noModel:
		'The neural column needs a downloaded model: choose one in the Engine menu at the top of the page (the Models page downloads one).',
	rule: (keyword: string, rank: number, pattern: string) =>
		`Rule used: keyword “${keyword}” (rank ${rank}), pattern “${pattern}”.`,
	memory: (keyword: string) =>
		`No keyword here, so it recalled something filed under “${keyword}” earlier.`,
	fallback: 'No keyword matched and nothing was filed, so it used a stock phrase.',
	reads: (words: string) => `It reads only “${words}”.`,
	tinyGpt:
		'A fourth column, the tiny GPT you can train on the transformers page, is not offered here yet.'
};
