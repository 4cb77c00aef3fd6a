import type { Concept } from '../schema';

export default {
	slug: 'history',
	title: 'History of generative AI',
	group: 'Context',
	definition:
		'Generative AI grew over seventy years from hand-written rules, through statistical models of word counts, to deep networks trained on most of the public web.',
	body: `The story is often told as if it began with ChatGPT, but each step rests on earlier ones.

- **1950s–1960s: rules.** Programs such as ELIZA (1966) produced conversation by matching patterns and filling templates written by hand. They could be convincing for a few lines and had no model of language at all.
- **1980s–1990s: statistics.** Researchers began to count. An [[n-gram model]] estimates the probability of a word from the few words before it, using counts from a large text; [[Markov chains]] generate by repeatedly sampling the next word. Speech recognition and machine translation ran on such models for two decades. The built-in engine of this app is one of them: a trigram model of these pages.
- **2014: GANs.** Adversarial training made sharp generated images possible for the first time.
- **2017: the transformer.** Attention replaced step-by-step reading and made very large models trainable.
- **2018–2020: GPT and few-shot learning.** Pretraining on large text collections, then GPT-3 showing that examples in the prompt could stand in for task-specific training.
- **2020–2022: images from text.** DALL·E, then diffusion-based systems produced high-quality pictures from descriptions.
- **2022: ChatGPT.** A chat interface over an instruction-tuned model brought the technology to a mass audience within weeks.
- **2024–2026: many modalities.** Models that handle text, images, audio and video together, agents that carry out multi-step tasks, and specialised models for particular professions.

The constant across all of it is the idea this app keeps showing: a model of which continuation is likely, and a draw from it.`,
	terms: ['n-gram model', 'Markov chains'],
	experiments: [
		{
			kind: 'prompt',
			intro:
				'Meet a 1990s-style model: the built-in trigram engine continues a sentence using nothing but word counts.',
			prompt: 'An n-gram model estimates',
			temperature: 0.8,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 1990,
			lookFor:
				'It stays grammatical for a few words at a time, then drifts: it only ever sees the last two words.'
		}
	],
	presenter: {
		points: [
			'Rules (ELIZA), then counts (n-grams), then learned networks.',
			'2014 GANs, 2017 transformers, 2022 ChatGPT.',
			'The built-in engine is a working museum piece.'
		],
		pointAt:
			'Where the built-in model loses the thread, and why two words of context are not enough.'
	},
	related: ['generative-ai', 'transformers', 'gans', 'large-language-models', 'future-directions'],
	usedIn: [{ area: 'education', how: 'Teaching how today’s models grew out of earlier ideas.' }]
} satisfies Concept;
