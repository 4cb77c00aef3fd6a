// The rule set of our ELIZA-style responder: keywords with ranks, decomposition patterns, and the
// reassembly templates each pattern cycles through. Written for this app in the spirit of
// Weizenbaum's 1966 program (its DOCTOR script played a therapist who turns statements back into
// questions); none of its wording is taken from that script. Data only: eliza.ts runs it.
//
// A pattern is words and `*` (any run of words, perhaps none). A template's (n) is the text the
// n-th `*` matched, with its pronouns turned around ("my job" → "your job"). A rule marked
// `remember` also files a line for later: when a message has no keyword, the oldest filed line
// comes back, which is how the original seemed to recall what was said before.

export interface Decomposition {
	pattern: string;
	replies: readonly string[];
	/** Filed when this pattern matches; said later when nothing else fits. */
	remember?: readonly string[];
}

export interface Rule {
	/** The words that select the rule (any of them). */
	keywords: readonly string[];
	/** When a message holds several keywords, the highest rank wins; ties go to the first seen. */
	rank: number;
	decompositions: readonly Decomposition[];
}

export const rules: readonly Rule[] = [
	{
		keywords: ['computer', 'computers', 'machine', 'machines', 'ai', 'robot', 'model', 'chatbot'],
		rank: 6,
		decompositions: [
			{
				pattern: '*',
				replies: [
					'Do machines worry you?',
					'Why do you bring up machines?',
					'What do you think machines have to do with what you feel?',
					'Do you think a program like me can understand you?'
				]
			}
		]
	},
	{
		keywords: ['remember', 'recall'],
		rank: 5,
		decompositions: [
			{
				pattern: '* i remember *',
				replies: [
					'Do you often think of (2)?',
					'What else comes to mind when you think of (2)?',
					'Why does (2) come back to you just now?'
				]
			},
			{
				pattern: '* do you remember *',
				replies: ['Why should I remember (2)?', 'What about (2) matters to you?']
			},
			{ pattern: '*', replies: ['What is it you want to keep hold of?'] }
		]
	},
	{
		keywords: ['mother', 'father', 'mum', 'mom', 'dad', 'sister', 'brother', 'family', 'parents'],
		rank: 4,
		decompositions: [
			{
				pattern: '*',
				replies: [
					'Tell me more about your family.',
					'How do you get on with your family?',
					'Does anyone else in your family feel that way?'
				]
			}
		]
	},
	{
		keywords: ['dream', 'dreams', 'dreamt', 'dreamed'],
		rank: 3,
		decompositions: [
			{
				pattern: '*',
				replies: [
					'What do you make of that dream?',
					'Do you dream often?',
					'Who appears in your dreams?'
				]
			}
		]
	},
	{
		keywords: ['if'],
		rank: 3,
		decompositions: [
			{
				pattern: '* if *',
				replies: [
					'Do you think it likely that (2)?',
					'What would happen if (2)?',
					'Do you wish that (2)?'
				]
			}
		]
	},
	{
		keywords: ['my'],
		rank: 2,
		decompositions: [
			{
				pattern: '* my *',
				replies: ['Your (2)?', 'Why do you say your (2)?', 'Is it important to you that your (2)?'],
				remember: [
					'Earlier you mentioned your (2).',
					'Does that have anything to do with your (2)?'
				]
			}
		]
	},
	{
		keywords: ['because'],
		rank: 2,
		decompositions: [
			{
				pattern: '*',
				replies: ['Is that the real reason?', 'What other reasons come to mind?']
			}
		]
	},
	{
		keywords: ['why'],
		rank: 2,
		decompositions: [
			{
				pattern: "* why don't you *",
				replies: ['Do you believe I do not (2)?', 'Would you like me to (2)?']
			},
			{
				pattern: "* why can't i *",
				replies: ['Do you think you should be able to (2)?', 'What stops you?']
			},
			{ pattern: '*', replies: ['Why do you ask?', 'What answer would satisfy you?'] }
		]
	},
	{
		keywords: ['everyone', 'everybody', 'nobody', 'noone'],
		rank: 2,
		decompositions: [
			{
				pattern: '*',
				replies: ['Can you think of anyone in particular?', 'Really, everyone?']
			}
		]
	},
	{
		keywords: ['i'],
		rank: 1,
		decompositions: [
			{
				pattern: '* i am *',
				replies: [
					'How long have you been (2)?',
					'Did you come to me because you are (2)?',
					'Do you enjoy being (2)?'
				]
			},
			{
				pattern: '* i feel *',
				replies: ['Tell me more about feeling (2).', 'Do you often feel (2)?']
			},
			{
				pattern: '* i want *',
				replies: ['What would it mean to you to get (2)?', 'Why do you want (2)?']
			},
			{
				pattern: "* i can't *",
				replies: ["How do you know you can't (2)?", 'Have you tried?']
			},
			{
				pattern: '* i *',
				replies: ['You say you (2)?', 'Can you say more about why you (2)?']
			}
		]
	},
	{
		keywords: ['you'],
		rank: 1,
		decompositions: [
			{
				pattern: '* you are *',
				replies: ['What makes you think I am (2)?', 'Does it please you to think I am (2)?']
			},
			{
				pattern: '* you *',
				replies: ['We were talking about you, not me.', 'Why does it matter whether I (2)?']
			}
		]
	},
	{
		keywords: ['always', 'never'],
		rank: 1,
		decompositions: [
			{
				pattern: '*',
				replies: ['Can you think of a particular time?', 'Every single time?']
			}
		]
	},
	{
		keywords: ['sorry'],
		rank: 0,
		decompositions: [
			{ pattern: '*', replies: ['There is no need to apologise.', 'Why apologise?'] }
		]
	},
	{
		keywords: ['hello', 'hi', 'hey'],
		rank: 0,
		decompositions: [{ pattern: '*', replies: ['Hello. What would you like to talk about?'] }]
	},
	{
		keywords: ['yes'],
		rank: 0,
		decompositions: [{ pattern: '*', replies: ['You seem sure.', 'I see. Go on.'] }]
	},
	{
		keywords: ['no'],
		rank: 0,
		decompositions: [{ pattern: '*', replies: ['Why not?', 'You sound quite firm about that.'] }]
	}
];

/** Said in turn when no keyword matches and nothing is filed in memory. */
export const fallbacks: readonly string[] = [
	'Please go on.',
	'I see. Tell me more.',
	'What does that suggest to you?',
	'How does that make you feel?'
];

/**
 * Pronouns turned around in a matched fragment, so it can be said back. Two-word phrases first:
 * "are" alone must stay ("my friends are kind" → "your friends are kind"), but "you are" turns.
 */
export const phraseReflections: Readonly<Record<string, string>> = {
	'i am': 'you are',
	'i was': 'you were',
	'you are': 'I am',
	'you were': 'I was'
};

export const reflections: Readonly<Record<string, string>> = {
	i: 'you',
	me: 'you',
	my: 'your',
	mine: 'yours',
	myself: 'yourself',
	"i'm": "you're",
	"i've": "you've",
	"i'd": "you'd",
	"i'll": "you'll",
	you: 'me',
	your: 'my',
	yours: 'mine',
	yourself: 'myself',
	"you're": "I'm",
	"you've": "I've"
};
