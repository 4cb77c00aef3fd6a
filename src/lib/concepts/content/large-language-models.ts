import type { Concept } from '../schema';

export default {
	slug: 'large-language-models',
	title: 'Large language models',
	group: 'Foundations',
	definition:
		'A large language model is a neural network with billions of parameters, trained on huge amounts of text to predict the next token, which lets it write, summarise, translate and answer questions.',
	body: `A large language model, or LLM, does one thing at its core: given some text, it gives a probability to every possible next [[token]]. A token is a piece of text, often a whole short word or part of a longer one; a typical model knows between 30,000 and 150,000 of them. Write the prompt, pick a token from the distribution, append it, and ask again: that loop is all the "writing" an LLM does.

What makes the loop useful is scale. Models such as GPT, PaLM, Llama and Claude have billions of [[parameters]], the numbers the training process adjusts, and they are trained on a large share of the public text of the web, books and code. To predict the next word well across all of that, a model has to pick up grammar, facts, styles of argument and a good deal of common sense along the way.

A raw model trained only on next-token prediction continues text; it does not follow instructions. Chat assistants are the same kind of network after further steps: [fine-tuning](/concepts/fine-tuning) on example conversations, and training with human feedback about which answers are better.

The models you can run in this app are small ones, from a few hundred million to a few billion parameters, compressed with [[quantization]] so that each weight takes about four bits. They are weaker than the largest systems, but they run on your own GPU, with nothing leaving your device.`,
	terms: ['token', 'parameters', 'quantization'],
	experiments: [
		{
			kind: 'prompt',
			intro:
				'Continue a sentence about language models with low randomness, and look at how sure the model is of each token.',
			prompt: 'A large language model',
			temperature: 0.5,
			topK: 20,
			topP: 0.9,
			maxTokens: 40,
			seed: 7,
			lookFor:
				'Tokens after common phrases get high probabilities; the first word of a new idea gets lower ones.'
		}
	],
	presenter: {
		points: [
			'The whole trick is next-token prediction in a loop.',
			'Scale (parameters, data, compute) is what turns that trick into apparent understanding.',
			'Chat behaviour comes from fine-tuning and feedback, not from the base training alone.'
		],
		pointAt: 'The token boundaries in the output: they are not always whole words.'
	},
	related: ['transformers', 'foundation-models', 'scaling-laws', 'temperature', 'fine-tuning'],
	usedIn: [
		{ area: 'operations', how: 'Summarising meetings and drafting reports.' },
		{ area: 'education', how: 'Tutoring and generating exercises.' },
		{ area: 'software', how: 'Code completion and documentation.' }
	]
} satisfies Concept;
