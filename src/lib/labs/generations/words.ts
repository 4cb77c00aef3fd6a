// The generations lab's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads
// them. What each machine can and cannot do is said of the machine itself, true whatever the
// visitor types.
export const generationsWords = {
	heading: 'One message, three generations of machines',
	message: 'Your message',
	messageHint: 'Write as you would to a person; each machine gets exactly this text.',
	run: (columns: number) =>
		columns === 2 ? 'Ask both' : `Ask all ${columns === 3 ? 'three' : 'four'}`,
	engineNote: (chat: boolean) =>
		chat
			? 'The first two columns always run here, without a download; the last one is this model.'
			: 'The first two columns always run here, without a download; a large model’s column needs a downloaded model.',
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
		tiny: {
			name: 'A tiny transformer (trained on this device)',
			can: 'The same kind of network as today’s models, shrunk to fit a tab: it learned spelling and common words from this app’s pages, one character at a time.',
			cannot:
				'It reads a few dozen characters, knows no meaning, and answers nothing: a large model is this idea with billions of times the weights and text.'
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
		'Train the tiny GPT on the transformers page and save it on this device, and it answers here too, in a column of its own.',
	tinyFrom: (preset: string, steps: number) =>
		`The “${preset}” model saved on this device, after ${steps.toLocaleString('en')} training steps.`,
	tinyStatus: {
		writing: 'Writing, one character at a time…',
		stopped: 'Stopped before it wrote.',
		done: (n: number) => `Wrote ${n} characters.`,
		gone: 'The saved model is no longer on this device; train it again on the transformers page.',
		failed: 'The tiny GPT could not run in this browser.'
	},
	tinyReads: (text: string) =>
		text
			? `It reads only “${text}”, in its own alphabet: lower case, no accents.`
			: 'None of the message is in its alphabet (lower-case Latin letters, digits, punctuation), so it starts from a space.'
};
