import type { Concept } from '../schema';

export default {
	slug: 'transformers',
	title: 'Transformers',
	group: 'Architectures',
	definition:
		'The transformer is the neural network architecture, introduced in 2017, that reads a whole sequence at once and uses attention to decide which earlier tokens matter for each new one.',
	body: `Before 2017, language models mostly read text one word at a time, carrying a running summary forward. Long sentences strained that summary, and the step-by-step reading was hard to spread across a GPU. The transformer, from the paper "Attention Is All You Need", dropped the running summary and lets every position look directly at every earlier one.

The mechanism is [[attention]]. For each token the model computes three vectors: a [[query]] ("what am I looking for?"), a [[key]] ("what do I contain?") and a value (what I pass on if chosen). Comparing one token's query with all the keys gives weights that say how relevant each earlier token is; the output is the weighted mix of their values. In "the cat sat because it was tired", the token "it" can put most of its weight on "cat".

A transformer block combines attention with a small feed-forward network, and a model stacks dozens of such blocks. Several attention **heads** run side by side in each block, each free to track a different kind of relation. Because positions are processed in parallel, training runs efficiently on GPUs, which is what made very large models practical.

For generation, a [[causal mask]] stops each position from seeing the future, so the model can be trained to predict every next token of a text in one pass. At the end, a final layer turns the last position's vector into a score for every token in the vocabulary, and [sampling](/concepts/temperature) picks one.`,
	terms: ['attention', 'query', 'key', 'causal mask'],
	diagram: {
		id: 'transformer',
		alt: 'Five tokens of the sentence "the cat sat because it" in a row. Curved lines lead from "it" back to each earlier token; the line to "cat" is the thickest, showing that attention puts most weight there.'
	},
	experiments: [
		{
			kind: 'prompt',
			intro: 'Generate a continuation and look at the alternatives the model weighed at each step.',
			prompt: 'For each token the model',
			temperature: 0.7,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 17,
			lookFor:
				'The probability under each token: that number is the softmax of the final layer, the last step of the transformer.'
		}
	],
	presenter: {
		points: [
			'Attention: every token can look at every earlier token directly.',
			'Query, key, value: a soft lookup table learned from data.',
			'Parallel training on GPUs is why transformers scaled.'
		],
		pointAt: 'The diagram: the thick line from "it" to "cat".'
	},
	related: ['large-language-models', 'deep-learning', 'scaling-laws', 'temperature', 'history'],
	usedIn: [
		{ area: 'software', how: 'Code assistants such as Copilot are transformers trained on code.' },
		{ area: 'content', how: 'Drafting and translating text.' },
		{ area: 'science', how: 'Protein language models read amino-acid sequences like sentences.' }
	]
} satisfies Concept;
