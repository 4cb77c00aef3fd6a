import type { Concept } from '../schema';
import { dcgan, instructGpt, progan } from '../sourcesShared';

export default {
	slug: 'history',
	title: 'History of generative AI',
	group: 'Context',
	definition:
		'Generative AI grew over nearly eighty years, from word statistics and hand-written rules to deep networks trained on a large share of the public web.',
	body: `The story is often told as if it began with ChatGPT, but each step rests on earlier ones.

- **1948: counting.** In the paper that founded information theory, Claude Shannon already generated text by statistics: he picked each word so that it followed the previous one as often as it does in real English, producing phrases that sound vaguely like English. That is an [[n-gram model]], worked by hand.
- **1950s–1960s: rules.** Programs such as ELIZA (1966) produced conversation by matching patterns and filling templates written by hand. They could be convincing for a few lines and had no model of language at all.
- **1970s–1990s: statistics at scale.** Speech recognition, from the 1970s at IBM onwards, and later machine translation relied on the same idea: an n-gram model estimates the probability of each word from the few words before it, using counts from large text collections, and [[Markov chains]] generate by repeatedly sampling the next word in the same way. Such models ran those systems for decades. The built-in engine of this app is one of them: a trigram model of these pages.
- **2013–2014: deep generative models.** Variational autoencoders (Kingma and Welling, 2013) and GANs (Goodfellow and colleagues, 2014) trained neural networks to produce images. The first GAN samples were small digits, faces and thumbnails; DCGAN (2015) made convincing 64 by 64 images, and large, sharp faces, 1024 by 1024 pixels, came with ProGAN (2017).
- **2017: the transformer.** Attention replaced step-by-step reading and made very large models trainable.
- **2018–2020: GPT and few-shot learning.** Pretraining on large text collections, then GPT-3 showing that examples in the prompt could stand in for task-specific training.
- **2020–2022: images from text.** DDPM (2020) made diffusion models practical. The first DALL·E (2021) drew pictures as sequences of tokens with a transformer; DALL·E 2 and Stable Diffusion (2022) produced high-quality images by diffusion.
- **2022: instruction tuning and ChatGPT.** Training on written instructions and human preferences (InstructGPT, early 2022) turned raw models into assistants, and ChatGPT, a chat interface over such a model, reached a mass audience within weeks of its launch in November 2022.
- **2024–2026: many modalities and reasoning.** Models that handle text, images, audio and video together, reasoning models that think before they answer, [agents](/concepts/agents-and-tool-use) that carry out multi-step tasks, and specialised models for particular professions (as of November 2026).

The constant across all of it is the idea this app keeps showing: a model of which continuation is likely, and a draw from it.`,
	terms: ['n-gram model', 'Markov chains'],
	experiments: [
		{
			kind: 'generations',
			intro:
				'Send one message to three generations of machines at once: hand-written rules, word counts, and the neural model chosen at the top of the page.',
			message: 'I am worried that my mother does not trust computers.',
			seed: 1966,
			lookFor: {
				builtin:
					'ELIZA turns your words around by a rule it names; the trigram model only continues your last two words. Choose a downloaded model in the Engine menu to add the third column.',
				model:
					'ELIZA answers by a rule it names, the trigram model continues your last two words, and only the neural model takes in the whole message.'
			}
		},
		{
			kind: 'timeline',
			intro:
				'The milestones above on one line, by era, each with the work that marks it and the page that explains the idea.',
			seed: 0,
			lookFor:
				'How long the counting and rule-based era lasted, and how close together the steps since 2013 came.'
		},
		{
			kind: 'prompt',
			intro:
				'Continue a sentence about n-gram models; on the built-in engine you are meeting a 1990s-style model that uses nothing but word counts.',
			prompt: 'An n-gram model estimates',
			temperature: 0.8,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 12,
			lookFor: {
				builtin:
					'It stays grammatical for a few words at a time, then drifts: it only ever sees the last two words.',
				model:
					'A neural model keeps the thread across the whole message; switch to the built-in engine to meet the counting model this page describes, which only sees two words back.'
			}
		}
	],
	presenter: {
		points: [
			'Counts (Shannon, 1948), rules (ELIZA, 1966), statistics at scale, then learned networks.',
			'2013 VAE, 2014 GAN, 2017 transformer, 2020 DDPM, 2022 instruction tuning and ChatGPT.',
			'The built-in engine is a working museum piece.'
		],
		pointAt: {
			builtin:
				'Where the built-in model loses the thread, and why two words of context are not enough.',
			model:
				'How the neural model holds a topic across sentences; then switch to the built-in engine and watch it lose the thread after a few words.'
		}
	},
	related: ['generative-ai', 'transformers', 'gans', 'large-language-models', 'future-directions'],
	usedIn: [{ area: 'education', how: 'Teaching how today’s models grew out of earlier ideas.' }],
	sources: [
		{
			title: 'A Mathematical Theory of Communication',
			authors: 'Claude E. Shannon',
			year: 1948,
			url: 'https://doi.org/10.1002/j.1538-7305.1948.tb01338.x',
			kind: 'paper'
		},
		{
			title:
				'ELIZA—A Computer Program for the Study of Natural Language Communication Between Man and Machine',
			authors: 'Joseph Weizenbaum',
			year: 1966,
			url: 'https://doi.org/10.1145/365153.365168',
			kind: 'paper'
		},
		{
			title: 'Auto-Encoding Variational Bayes',
			authors: 'Diederik P. Kingma, Max Welling',
			year: 2013,
			url: 'https://arxiv.org/abs/1312.6114',
			kind: 'paper'
		},
		{
			title: 'Generative Adversarial Nets',
			authors: 'Ian J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza et al.',
			year: 2014,
			url: 'https://arxiv.org/abs/1406.2661',
			kind: 'paper'
		},
		dcgan,
		progan,
		{
			title: 'Denoising Diffusion Probabilistic Models',
			authors: 'Jonathan Ho, Ajay Jain, Pieter Abbeel',
			year: 2020,
			url: 'https://arxiv.org/abs/2006.11239',
			kind: 'paper'
		},
		instructGpt
	]
} satisfies Concept;
