import type { Concept } from '../schema';
import { deepseekR1, instructGpt, llama32Config } from '../sourcesShared';

export default {
	slug: 'large-language-models',
	title: 'Large language models',
	group: 'Foundations',
	definition:
		'A large language model is a neural network, almost always a transformer, with anywhere from millions to over a trillion parameters, trained on huge amounts of text to predict the next token, which lets it write, summarise, translate and answer questions.',
	body: `A large language model, or LLM, does one thing at its core: given some text, it gives a probability to every possible next [[token]]. A token is a piece of text, often a whole short word or part of a longer one (how text is cut into tokens, and how each becomes a vector, is on [tokens and embeddings](/concepts/tokens-and-embeddings)). Llama 3.2, one of the models this app can download, has a vocabulary of 128,256 tokens; other families range from about 32,000 (Llama 2) to about 256,000 (Gemma 2). Write the prompt, pick a token from the distribution, append it, and ask again: that loop is all the "writing" an LLM does.

Nearly every LLM in use is a [transformer](/concepts/transformers) of the decoder kind, in which each position can only look at the tokens before it. Some recent ones are hybrids: Qwen3.5, which this app can download, replaces three of every four attention layers with cheaper linear-attention layers (Gated DeltaNet) that carry a fixed-size summary of the text instead of looking back at every token. What makes the loop useful is scale. Published sizes run from millions of [[parameters]], the numbers the training process adjusts, to hundreds of billions in one dense network (GPT-3 has 175 billion, the largest Llama 3.1 405 billion) and past a trillion in mixture-of-experts models. Those split each layer into many "experts" and send every token through only a few, so a model has a total size and a much smaller active one: DeepSeek-V3 holds 671 billion parameters but uses 37 billion per token, Kimi K2 about a trillion and 32 billion. Many commercial labs no longer publish their models' sizes at all. The models are trained on a large share of the public text of the web, books and code. To predict the next word well across all of that, a model has to pick up grammar, facts, styles of argument and a good deal of common sense along the way.

A model only ever sees a bounded stretch of text, its [[context window]]: the instructions, the conversation and its own answer so far must all fit inside it, and whatever falls outside simply does not exist for the model. Large hosted models accept hundreds of thousands of tokens or more; the models in this app run with a window of 4,096 tokens.

A raw model trained only on next-token prediction continues text; it does not follow instructions. Chat assistants are the same kind of network after further steps: [fine-tuning](/concepts/fine-tuning) on example conversations, training with human feedback about which answers are better and, since 2024, reinforcement learning on problems whose answers can be checked, which produced the reasoning models. The [post-training](/concepts/post-training) page goes through these steps and their side effects.

Because the training rewards plausible continuations rather than checked ones, a model can state things that are false in the same confident tone as things that are true: invented citations, wrong dates, functions that do not exist. This is called [[hallucination]]. It follows from how models are trained and scored, so it is not a rare glitch to be patched away; answers that matter need a source (see [hallucination and evaluation](/concepts/hallucination)).

The models you can run in this app are small ones, from 135 million to a few billion parameters, most of them compressed with [[quantization]] so that each weight takes about four bits (the smallest is small enough to ship unquantized); the [quantization](/concepts/quantization) page explains what the q4f16_1 in their names means and measures what rounding costs. They are weaker than the largest systems, but they run on your own GPU, with nothing leaving your device.`,
	terms: ['token', 'parameters', 'quantization', 'context window', 'hallucination'],
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
		},
		{
			kind: 'sampling-lab',
			intro:
				"Generate one token at a time and see the whole choice behind each one: the model's probabilities, the random draw, and what happens if you take another candidate.",
			prompt: 'A large language model',
			temperature: 0.8,
			topK: 0,
			topP: 1,
			minP: 0,
			seed: 5,
			lookFor:
				'Take a less likely candidate and continue: the model carries on from whatever text it is given, because each token depends only on the text before it.'
		},
		{
			kind: 'probability-truth',
			intro:
				'Score a true and a false ending of the same statement: the engine says which one it would rather write, and that is not always the true one.',
			seed: 1,
			lookFor: {
				builtin:
					'The trigram model prefers “adding noise” and “2017”: those words follow “by” and “introduced in” more often in its text, whatever the subject was. It never read “Canberra” or “Sydney”, so it cannot choose.',
				model:
					'Which statements the model gets right by preference alone, and by how much: a large ratio on a false ending is a fluent mistake, the kind a confident wrong answer is made of.'
			}
		}
	],
	presenter: {
		points: [
			'The whole trick is next-token prediction in a loop, done by a transformer.',
			'Scale (parameters, data, compute) is what turns that trick into apparent understanding.',
			'Sizes run from millions to over a trillion parameters; a mixture-of-experts model uses only a fraction of its total for each token.',
			'Everything the model uses must fit in its context window.',
			'Chat behaviour comes from fine-tuning and feedback, not from the base training alone.',
			'Hallucination is built in: fluent is not the same as checked.'
		],
		pointAt: {
			builtin:
				'The token boundaries: on the built-in engine every token is a whole word or a punctuation mark; choose a downloaded model in the Engine menu and words start to split into pieces.',
			model:
				'The token boundaries in the output: many tokens are pieces of words, often with the leading space attached, not whole words.'
		}
	},
	related: [
		'transformers',
		'tokens-and-embeddings',
		'foundation-models',
		'scaling-laws',
		'temperature',
		'fine-tuning',
		'post-training',
		'quantization'
	],
	usedIn: [
		{ area: 'operations', how: 'Summarising meetings and drafting reports.' },
		{ area: 'education', how: 'Tutoring and generating exercises.' },
		{ area: 'software', how: 'Code completion and documentation.' }
	],
	sources: [
		{
			title: 'Language Models are Few-Shot Learners',
			authors: 'Tom B. Brown, Benjamin Mann, Nick Ryder et al.',
			year: 2020,
			url: 'https://arxiv.org/abs/2005.14165',
			kind: 'paper'
		},
		instructGpt,
		{
			title: 'The Llama 3 Herd of Models',
			authors: 'Llama Team, AI @ Meta',
			year: 2024,
			url: 'https://arxiv.org/abs/2407.21783',
			kind: 'paper'
		},
		llama32Config,
		{
			title: 'Gated Delta Networks: Improving Mamba2 with Delta Rule',
			authors: 'Songlin Yang, Jan Kautz, Ali Hatamizadeh',
			year: 2024,
			url: 'https://arxiv.org/abs/2412.06464',
			kind: 'paper'
		},
		{
			title: 'Qwen3.5-0.8B model card',
			authors: 'Qwen Team',
			year: 2026,
			url: 'https://huggingface.co/Qwen/Qwen3.5-0.8B',
			kind: 'web'
		},
		deepseekR1,
		{
			title: 'DeepSeek-V3 Technical Report',
			authors: 'DeepSeek-AI',
			year: 2024,
			url: 'https://arxiv.org/abs/2412.19437',
			kind: 'paper'
		},
		{
			title: 'Kimi K2: Open Agentic Intelligence',
			authors: 'Kimi Team',
			year: 2025,
			url: 'https://arxiv.org/abs/2507.20534',
			kind: 'paper'
		},
		{
			title: 'Gemma 2: Improving Open Language Models at a Practical Size',
			authors: 'Gemma Team, Google DeepMind',
			year: 2024,
			url: 'https://arxiv.org/abs/2408.00118',
			kind: 'paper'
		},
		{
			title: 'Why Language Models Hallucinate',
			authors: 'Adam Tauman Kalai, Ofir Nachum, Santosh S. Vempala, Edwin Zhang',
			year: 2025,
			url: 'https://arxiv.org/abs/2509.04664',
			kind: 'paper'
		}
	]
} satisfies Concept;
