import type { Concept } from '../schema';

export default {
	slug: 'few-shot-learning',
	title: 'Few-shot learning',
	group: 'Foundations',
	definition:
		'Few-shot learning is a model picking up a new task from a handful of examples placed in the prompt, with no change to its weights.',
	body: `When GPT-3 was described in 2020, its most surprising feature was not a benchmark score but a behaviour: show it three or four examples of a task inside the prompt, and it would carry on the pattern for a new input. Translate these words, fix these sentences, turn these descriptions into tables. No training step happened; the examples were simply part of the text it was continuing.

This is called [[in-context learning]]. The prompt works like a short worksheet: a few solved questions, then an unsolved one. Depending on how many examples it holds, people speak of [[zero-shot]] (only an instruction), one-shot, or few-shot prompts.

Why does it work? A model trained to predict text has seen countless documents where a pattern repeats: lists, tables, question-and-answer pages. Continuing a pattern is exactly what next-token prediction rewards, and large models do it well enough that the pattern can be a whole task.

A few practical lessons follow:

- The format of the examples matters as much as their content; keep it consistent.
- Examples that cover different cases teach more than several similar ones.
- Examples cost context space, and every token of them is processed on every request.

Few-shot prompting is usually the first thing to try before [fine-tuning](/concepts/fine-tuning), because it is instant and changes nothing permanent.`,
	terms: ['in-context learning', 'zero-shot'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about examples in prompts.',
			prompt: 'The format of the examples',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 33,
			lookFor:
				'With a chat model from the Models page, try adding two solved examples before your own question.'
		}
	],
	presenter: {
		points: [
			'The examples live in the prompt; the weights do not change.',
			'Pattern continuation is what next-token training rewards.',
			'Try few-shot before fine-tuning.'
		],
		pointAt: 'How the prompt box is the only thing that changes between tasks.'
	},
	related: ['prompt-engineering', 'foundation-models', 'chain-of-thought', 'fine-tuning'],
	usedIn: [
		{
			area: 'operations',
			how: 'Formatting records or extracting fields from a few worked samples.'
		},
		{ area: 'education', how: 'Generating exercises in the style of a few given ones.' }
	]
} satisfies Concept;
