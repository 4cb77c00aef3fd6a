// The milestones of the history page, one line each in our words, with the work that marks each
// one (the same sources the concept pages cite) and the page that explains the idea. Data only;
// milestones.spec.ts checks the order, the eras and that every page and source exists.
import type { Slug } from '$lib/concepts/schema';

export type Era = 'rules' | 'networks' | 'language';

export interface Milestone {
	year: number;
	name: string;
	line: string;
	era: Era;
	/** The concept page that explains the idea; none where this page itself does. */
	slug?: Slug;
	source: { title: string; url: string };
}

export const eras: Record<Era, string> = {
	rules: 'Counts and rules',
	networks: 'Generative networks',
	language: 'Transformers and assistants'
};

export const milestones: readonly Milestone[] = [
	{
		year: 1948,
		name: 'Text from counts',
		line: 'Shannon builds English-looking phrases by picking each word from how often it follows the one before: an n-gram model worked by hand.',
		era: 'rules',
		slug: 'large-language-models',
		source: {
			title: 'A Mathematical Theory of Communication',
			url: 'https://doi.org/10.1002/j.1538-7305.1948.tb01338.x'
		}
	},
	{
		year: 1966,
		name: 'ELIZA',
		line: 'Weizenbaum’s program keeps up a conversation with keywords and templates written by hand, with no model of language at all (try it above).',
		era: 'rules',
		source: {
			title:
				'ELIZA—A Computer Program for the Study of Natural Language Communication Between Man and Machine',
			url: 'https://doi.org/10.1145/365153.365168'
		}
	},
	{
		year: 2013,
		name: 'Variational autoencoders',
		line: 'Kingma and Welling train a network to squeeze images into a smooth space of codes and to draw new images from any point in it.',
		era: 'networks',
		slug: 'vaes',
		source: { title: 'Auto-Encoding Variational Bayes', url: 'https://arxiv.org/abs/1312.6114' }
	},
	{
		year: 2014,
		name: 'GANs',
		line: 'Goodfellow and colleagues set a generator against a judge; each improves by trying to beat the other.',
		era: 'networks',
		slug: 'gans',
		source: { title: 'Generative Adversarial Nets', url: 'https://arxiv.org/abs/1406.2661' }
	},
	{
		year: 2015,
		name: 'DCGAN',
		line: 'Convolutional GANs make the first convincing 64 by 64 pictures of rooms and faces.',
		era: 'networks',
		slug: 'gans',
		source: {
			title:
				'Unsupervised Representation Learning with Deep Convolutional Generative Adversarial Networks',
			url: 'https://arxiv.org/abs/1511.06434'
		}
	},
	{
		year: 2017,
		name: 'The transformer',
		line: 'Attention replaces reading one word after another, so very large models can be trained in parallel.',
		era: 'language',
		slug: 'transformers',
		source: { title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762' }
	},
	{
		year: 2020,
		name: 'GPT-3 and few-shot prompts',
		line: 'A 175-billion-parameter model does new tasks from a few examples in its prompt, with no extra training.',
		era: 'language',
		slug: 'few-shot-learning',
		source: {
			title: 'Language Models are Few-Shot Learners',
			url: 'https://arxiv.org/abs/2005.14165'
		}
	},
	{
		year: 2020,
		name: 'Diffusion made practical',
		line: 'DDPM turns noise into images by removing a little noise at a time, and rivals GANs on image quality.',
		era: 'networks',
		slug: 'diffusion-models',
		source: {
			title: 'Denoising Diffusion Probabilistic Models',
			url: 'https://arxiv.org/abs/2006.11239'
		}
	},
	{
		year: 2022,
		name: 'Images from a sentence',
		line: 'Latent diffusion (behind Stable Diffusion) runs the denoising in a compressed space, so a text prompt becomes a sharp image on one graphics card.',
		era: 'networks',
		slug: 'diffusion-models',
		source: {
			title: 'High-Resolution Image Synthesis with Latent Diffusion Models',
			url: 'https://arxiv.org/abs/2112.10752'
		}
	},
	{
		year: 2022,
		name: 'Instruction tuning',
		line: 'InstructGPT is trained on written instructions and on people’s rankings of its answers, turning a text predictor into an assistant.',
		era: 'language',
		slug: 'fine-tuning',
		source: {
			title: 'Training language models to follow instructions with human feedback',
			url: 'https://arxiv.org/abs/2203.02155'
		}
	},
	{
		year: 2022,
		name: 'ChatGPT',
		line: 'A chat window over an instruction-tuned model reaches a mass audience within weeks of its launch in November.',
		era: 'language',
		slug: 'large-language-models',
		source: { title: 'Introducing ChatGPT', url: 'https://openai.com/index/chatgpt/' }
	},
	{
		year: 2025,
		name: 'Open reasoning models',
		line: 'DeepSeek-R1 learns to work through problems step by step from reinforcement learning, and its weights are published.',
		era: 'language',
		slug: 'reasoning-models',
		source: {
			title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
			url: 'https://arxiv.org/abs/2501.12948'
		}
	}
];

/** The milestones of one era, or all of them, oldest first. */
export function milestonesIn(era: Era | 'all'): Milestone[] {
	return milestones.filter((m) => era === 'all' || m.era === era);
}
