// Sources that several concept pages cite, written once: a corrected title, author list or link
// then changes on every page at the same time. The duplicate check found the same citation
// blocks copied into three to five pages; a source cited by one page stays in that page's file.
import type { Source } from './schema';

export const deepseekR1: Source = {
	title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
	authors: 'DeepSeek-AI',
	year: 2025,
	url: 'https://arxiv.org/abs/2501.12948',
	kind: 'paper'
};

export const dcgan: Source = {
	title:
		'Unsupervised Representation Learning with Deep Convolutional Generative Adversarial Networks',
	authors: 'Alec Radford, Luke Metz, Soumith Chintala',
	year: 2015,
	url: 'https://arxiv.org/abs/1511.06434',
	kind: 'paper'
};

export const progan: Source = {
	title: 'Progressive Growing of GANs for Improved Quality, Stability, and Variation',
	authors: 'Tero Karras, Timo Aila, Samuli Laine, Jaakko Lehtinen',
	year: 2017,
	url: 'https://arxiv.org/abs/1710.10196',
	kind: 'paper'
};
