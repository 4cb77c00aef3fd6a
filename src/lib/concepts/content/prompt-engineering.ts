import type { Concept } from '../schema';

export default {
	slug: 'prompt-engineering',
	title: 'Prompt engineering',
	group: 'Techniques',
	definition:
		'Prompt engineering is the practice of writing a model’s input, its instructions, context and examples, so that it produces the output you actually want.',
	body: `A language model continues whatever text it is given, so the text you give it is the main lever you have. Prompt engineering is the craft of pulling that lever well. It started as a bag of tricks for early models that needed elaborate wording, and has turned into something closer to clear briefing as models learned to follow instructions.

Most good prompts contain some of these parts:

- A [[system prompt]] that sets the role and the rules: who the assistant is, what tone to use, what to refuse.
- The task, stated plainly, including the audience and the purpose.
- Context the model cannot know: the document to summarise, the data, the constraints.
- The expected [[output format]]: a list, a table, JSON with named fields, a word limit.
- Optionally a few worked examples ([few-shot](/concepts/few-shot-learning)).

Small changes can move results a lot, so prompt work is empirical: keep a set of test inputs, change one thing at a time, and compare. Asking the model to reason before answering ([chain-of-thought](/concepts/chain-of-thought)) helps on multi-step problems; splitting a big job into a chain of smaller prompts helps almost everywhere.

Prompts are also an attack surface. [[Prompt injection]] hides instructions inside content the model reads, such as a web page or an email, hoping the model will obey them instead of the user. Treat anything a model reads as untrusted, and never give a model's output more authority than its weakest input deserves.`,
	terms: ['system prompt', 'output format', 'prompt injection'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Same engine, a prompt that sets up the answer: see how the start steers the rest.',
			prompt: 'Most good prompts contain',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 5,
			lookFor:
				'Change the prompt’s last words and run again: the built-in model only sees the last two, a neural model sees all of them.'
		}
	],
	presenter: {
		points: [
			'The prompt is the main lever: role, task, context, format, examples.',
			'Treat prompting as an experiment: one change at a time, fixed test inputs.',
			'Prompt injection: anything the model reads can try to give orders.'
		],
		pointAt: 'The prompt and parameters shown above the output.'
	},
	related: ['few-shot-learning', 'chain-of-thought', 'temperature', 'rag', 'ethics'],
	usedIn: [
		{ area: 'content', how: 'Briefs for marketing drafts in a brand voice.' },
		{ area: 'operations', how: 'Templates for reports, replies and meeting summaries.' },
		{ area: 'software', how: 'Describing a function precisely enough to generate it.' }
	]
} satisfies Concept;
