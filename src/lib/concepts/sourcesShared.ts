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

export const semanticEntropy: Source = {
	title: 'Detecting hallucinations in large language models using semantic entropy',
	authors: 'Sebastian Farquhar, Jannik Kossen, Lorenz Kuhn, Yarin Gal',
	year: 2024,
	url: 'https://doi.org/10.1038/s41586-024-07421-0',
	kind: 'paper'
};

export const whyHallucinate: Source = {
	title: 'Why Language Models Hallucinate',
	authors: 'Adam Tauman Kalai, Ofir Nachum, Santosh S. Vempala, Edwin Zhang',
	year: 2025,
	url: 'https://arxiv.org/abs/2509.04664',
	kind: 'paper'
};

export const selfConsistency: Source = {
	title: 'Self-Consistency Improves Chain of Thought Reasoning in Language Models',
	authors: 'Xuezhi Wang, Jason Wei, Dale Schuurmans et al.',
	year: 2022,
	url: 'https://arxiv.org/abs/2203.11171',
	kind: 'paper'
};

export const qwen3: Source = {
	title: 'Qwen3 Technical Report',
	authors: 'Qwen Team',
	year: 2025,
	url: 'https://arxiv.org/abs/2505.09388',
	kind: 'paper'
};

export const testTimeCompute: Source = {
	title:
		'Scaling LLM Test-Time Compute Optimally can be More Effective than Scaling Model Parameters',
	authors: 'Charlie Snell, Jaehoon Lee, Kelvin Xu, Aviral Kumar',
	year: 2024,
	url: 'https://arxiv.org/abs/2408.03314',
	kind: 'paper'
};

export const instructGpt: Source = {
	title: 'Training language models to follow instructions with human feedback',
	authors: 'Long Ouyang, Jeff Wu, Xu Jiang et al.',
	year: 2022,
	url: 'https://arxiv.org/abs/2203.02155',
	kind: 'paper'
};

export const dpo: Source = {
	title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
	authors: 'Rafael Rafailov, Archit Sharma, Eric Mitchell et al.',
	year: 2023,
	url: 'https://arxiv.org/abs/2305.18290',
	kind: 'paper'
};

export const tulu3: Source = {
	title: 'Tülu 3: Pushing Frontiers in Open Language Model Post-Training',
	authors: 'Nathan Lambert, Jacob Morrison, Valentina Pyatkin et al.',
	year: 2024,
	url: 'https://arxiv.org/abs/2411.15124',
	kind: 'paper'
};

export const llama32Config: Source = {
	title: 'Llama-3.2-1B: config.json (vocab_size 128256)',
	authors: 'Meta',
	year: 2024,
	url: 'https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/config.json',
	kind: 'web'
};

export const indirectInjection: Source = {
	title:
		'Not what you’ve signed up for: Compromising Real-World LLM-Integrated Applications with Indirect Prompt Injection',
	authors: 'Kai Greshake, Sahar Abdelnabi, Shailesh Mishra et al.',
	year: 2023,
	url: 'https://arxiv.org/abs/2302.12173',
	kind: 'paper'
};

export const react: Source = {
	title: 'ReAct: Synergizing Reasoning and Acting in Language Models',
	authors: 'Shunyu Yao, Jeffrey Zhao, Dian Yu et al.',
	year: 2022,
	url: 'https://arxiv.org/abs/2210.03629',
	kind: 'paper'
};
