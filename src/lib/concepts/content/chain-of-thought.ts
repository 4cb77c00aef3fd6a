import type { Concept } from '../schema';

export default {
	slug: 'chain-of-thought',
	title: 'Chain-of-thought prompting',
	group: 'Techniques',
	definition:
		'Chain-of-thought prompting asks a model to write out intermediate reasoning steps before its final answer, which improves results on problems that need several steps.',
	body: `A language model spends the same amount of computation on every token it writes. If a question needs several steps of arithmetic or logic, and the model must produce the answer as its very first token, all of those steps have to happen inside a single pass through the network. Often they do not fit.

Chain-of-thought prompting, studied by Wei and colleagues in 2022, gives the model room. Either show it worked examples in which the reasoning is spelled out before the answer, or simply add an instruction such as "think step by step". The model then writes [[intermediate steps]], and each step becomes part of the context for the next token. The text itself acts as a scratchpad, a form of working memory the network does not otherwise have.

The gains are largest on multi-step maths, logic puzzles and questions that combine several facts, and they grow with model size; small models often produce steps that look plausible but do not actually lead anywhere.

Some refinements:

- [[Self-consistency]]: sample several reasoning chains at a moderate temperature and take the answer most of them reach.
- Reasoning models are trained to produce long internal chains before answering, which costs more tokens and time.

A caution: the written chain is not guaranteed to be the real cause of the answer. It is generated text, and it can look convincing while the final answer rests on something else. Check the conclusion, not just the tone of the steps.`,
	terms: ['intermediate steps', 'self-consistency'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about reasoning steps.',
			prompt: 'The text itself acts',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 19,
			lookFor:
				'A side-by-side lab, answer-only versus step-by-step on the same question, is planned for this page.'
		}
	],
	presenter: {
		points: [
			'Same compute per token: hard problems need more tokens.',
			'Written steps become working memory.',
			'The chain can be convincing and still not be the real reason.'
		],
		pointAt: 'How each token depends on everything written before it.'
	},
	related: ['prompt-engineering', 'few-shot-learning', 'large-language-models', 'temperature'],
	usedIn: [
		{ area: 'education', how: 'Tutors that show worked solutions.' },
		{ area: 'software', how: 'Planning a change before writing the code.' }
	]
} satisfies Concept;
