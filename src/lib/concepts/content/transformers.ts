import type { Concept } from '../schema';

export default {
	slug: 'transformers',
	title: 'Transformers',
	group: 'Architectures',
	definition:
		'The transformer is the neural network architecture, introduced in 2017, that uses attention to let each token draw directly on the other tokens it is allowed to see, which lets training process a whole sequence in parallel.',
	body: `Before 2017, language models mostly read text one word at a time with recurrent networks, carrying a running summary forward. Long sentences strained that summary, and the step-by-step reading was hard to spread across a GPU. Attention itself was already known: Bahdanau, Cho and Bengio had added it to recurrent translation models in 2014, so that the network could look back at every word of the source sentence while writing each word of the translation. The paper "Attention Is All You Need" (Vaswani and colleagues, 2017) kept the attention and dropped the recurrence.

The mechanism is [[attention]]. For each token the model computes three vectors: a [[query]] ("what am I looking for?"), a [[key]] ("what do I contain?") and a value (what I pass on if chosen). Comparing one token's query with the keys of the tokens it may see gives weights that say how relevant each of them is; the output is the weighted mix of their values. In "the cat sat because it was tired", the token "it" can put most of its weight on "cat".

Which tokens a position may see depends on the design. The 2017 model was an encoder–decoder built for translation: in the encoder every word of the source attends to every other, in both directions, and the decoder writes the translation while attending to the encoder. BERT (2018) kept only the two-way encoder, for understanding text. GPT-style language models keep only the decoder, where a [[causal mask]] hides every later position, so each token sees itself and what came before it.

Attention in which every token sees every other ignores word order: shuffle the words and every token would receive the same weights. So the model adds [[positional information]] to each token. The 2017 paper added fixed sine and cosine patterns, BERT and GPT-2 learned one vector per position, and many recent open models such as Llama rotate queries and keys by an angle that grows with position (rotary embeddings, Su and colleagues, 2021). Without it, an encoder would see "dog bites man" and "man bites dog" alike. A decoder is less helpless: under the causal mask the first token sees one token and the tenth sees ten, and Haviv and colleagues (2022) found that decoder language models trained with no position encoding at all still learn where each token stands.

A transformer block combines attention with a feed-forward network applied to each position on its own, and a model stacks dozens of such blocks. That feed-forward part is not a small add-on: in the 2017 paper its inner layer is four times as wide as the model (2,048 against 512), which makes it about two-thirds of a block's parameters. Several attention **heads** run side by side in each block, each free to track a different kind of relation. In training, every position of a text is processed at once, which suits GPUs and is what made very large models practical. Nearly all of a block's numbers sit in its weight matrices, and those are what [quantization](/concepts/quantization) rounds to a few bits each; the tiny GPT trained on this page is measured that way there.

Generation, however, is still sequential. A final layer turns the last position's vector into a score for every token in the vocabulary, [sampling](/concepts/temperature) picks one, and only then can the next step start, because it depends on that choice. Implementations keep the keys and values of earlier tokens in a cache so each step computes only the newest token. The steps cannot simply run side by side, but [[speculative decoding]] recovers some of the lost parallelism: a small, fast draft model guesses several tokens ahead, and the large model checks all of those guesses in a single pass, keeping the longest run it agrees with, so several tokens can come out of one pass of the large model while the text is distributed exactly as if the large model had sampled it alone (Leviathan and colleagues, 2023).`,
	terms: [
		'attention',
		'query',
		'key',
		'causal mask',
		'positional information',
		'speculative decoding'
	],
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
			lookFor: {
				builtin:
					'The number under each word: the built-in engine is not a transformer, so it is a smoothed count of what followed the last two words, not a softmax. Choose a downloaded model to see a transformer’s own numbers.',
				model:
					'The probability under each token: it comes from a softmax over the final layer’s scores, the last step of the transformer, after the model has attended to your whole message.'
			}
		},
		{
			kind: 'sampling-lab',
			intro:
				'Each step below ends in a probability for every token the engine knows, the likeliest shown as bars, and one draw: on a downloaded model a step is one pass through the transformer, on the built-in engine one look-up of word counts.',
			prompt: 'For each token the model',
			temperature: 0.7,
			topK: 0,
			topP: 1,
			minP: 0,
			seed: 9,
			lookFor:
				'The surprise trace after a few steps: it peaks where the text took a turn the model found unlikely.'
		},
		{
			kind: 'tiny-gpt',
			intro:
				'A real transformer, a few thousand weights, learns to write like these pages while you watch: it reads them one character at a time and is trained to guess the next one.',
			preset: 'tiny',
			prompt: 'the model reads the text',
			seed: 1,
			lookFor:
				'Within a minute the samples turn from random letters into word-shaped text with spaces in the right places. In the attention map, some heads look at the character just before, others back to the last space; the hatched triangle stays empty. Press the KV-cache button: without the cache the time per character climbs with its position, with it the line stays flat.'
		}
	],
	presenter: {
		points: [
			'Attention: each token weighs the tokens it may see (only earlier ones in a GPT-style decoder).',
			'Query, key, value: a soft lookup table learned from data.',
			'Word order comes from positional information added to the tokens, not from attention.',
			'The feed-forward half of each block holds about two-thirds of its parameters.',
			'Training runs in parallel on GPUs; generation is still one token after another, though speculative decoding checks several drafted tokens in one pass.'
		],
		pointAt: 'The diagram: the thick line from "it" to "cat".'
	},
	related: [
		'large-language-models',
		'deep-learning',
		'scaling-laws',
		'temperature',
		'history',
		'quantization'
	],
	usedIn: [
		{ area: 'software', how: 'Code assistants are transformers trained on large amounts of code.' },
		{ area: 'content', how: 'Drafting and translating text.' },
		{ area: 'science', how: 'Protein language models read amino-acid sequences like sentences.' }
	],
	sources: [
		{
			title: 'Attention Is All You Need',
			authors: 'Ashish Vaswani, Noam Shazeer, Niki Parmar et al.',
			year: 2017,
			url: 'https://arxiv.org/abs/1706.03762',
			kind: 'paper'
		},
		{
			title: 'Neural Machine Translation by Jointly Learning to Align and Translate',
			authors: 'Dzmitry Bahdanau, Kyunghyun Cho, Yoshua Bengio',
			year: 2014,
			url: 'https://arxiv.org/abs/1409.0473',
			kind: 'paper'
		},
		{
			title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
			authors: 'Jacob Devlin, Ming-Wei Chang, Kenton Lee, Kristina Toutanova',
			year: 2018,
			url: 'https://arxiv.org/abs/1810.04805',
			kind: 'paper'
		},
		{
			title:
				'Transformer Language Models without Positional Encodings Still Learn Positional Information',
			authors: 'Adi Haviv, Ori Ram, Ofir Press, Peter Izsak, Omer Levy',
			year: 2022,
			url: 'https://arxiv.org/abs/2203.16634',
			kind: 'paper'
		},
		{
			title: 'Fast Inference from Transformers via Speculative Decoding',
			authors: 'Yaniv Leviathan, Matan Kalman, Yossi Matias',
			year: 2023,
			url: 'https://arxiv.org/abs/2211.17192',
			kind: 'paper'
		},
		{
			title: 'RoFormer: Enhanced Transformer with Rotary Position Embedding',
			authors: 'Jianlin Su, Yu Lu, Shengfeng Pan et al.',
			year: 2021,
			url: 'https://arxiv.org/abs/2104.09864',
			kind: 'paper'
		}
	]
} satisfies Concept;
