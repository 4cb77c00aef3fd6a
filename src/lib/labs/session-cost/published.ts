// Published numbers the session is compared with, each with its source and date. API list prices
// change often (and have mostly fallen), so each carries the date it was published at; training
// figures say whether the developer reported them or outsiders estimated them.
import type { Price } from './cost';

export interface ApiPrice extends Price {
	name: string;
	/** When this price was published. */
	asOf: string;
	source: string;
	url: string;
}

export const apiPrices: readonly ApiPrice[] = [
	{
		name: 'OpenAI GPT-4o mini',
		input: 0.15,
		output: 0.6,
		asOf: 'July 2024',
		source: 'OpenAI, “GPT-4o mini: advancing cost-efficient intelligence”',
		url: 'https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/'
	},
	{
		name: 'OpenAI GPT-4o',
		input: 2.5,
		output: 10,
		asOf: 'August 2024',
		source: 'OpenAI API pricing page',
		url: 'https://openai.com/api/pricing/'
	},
	{
		name: 'Anthropic Claude 3.5 Sonnet',
		input: 3,
		output: 15,
		asOf: 'June 2024',
		source: 'Anthropic, “Introducing Claude 3.5 Sonnet”',
		url: 'https://www.anthropic.com/news/claude-3-5-sonnet'
	}
];

export interface TrainingEstimate {
	model: string;
	/** Operations to train, where published. */
	flops?: number;
	/** Another measure where that is what was published (energy, GPU hours). */
	other?: string;
	/** Who says so, and how sure it is. */
	certainty: string;
	source: string;
	year: number;
	url: string;
}

export const trainingEstimates: readonly TrainingEstimate[] = [
	{
		model: 'GPT-3 (175 billion weights)',
		flops: 3.14e23,
		other: 'about 1,287 MWh of electricity',
		certainty:
			'Operations reported by the authors; the energy is an outside estimate from the hardware and data-centre efficiency.',
		source: 'Brown et al., Table D.1; energy: Patterson et al. 2021',
		year: 2020,
		url: 'https://arxiv.org/abs/2005.14165'
	},
	{
		model: 'BLOOM (176 billion weights)',
		other: 'about 433 MWh for the final training run',
		certainty: 'Measured on the training cluster and published by researchers of the project.',
		source: 'Luccioni, Viguier, Ligozat, “Estimating the Carbon Footprint of BLOOM”',
		year: 2022,
		url: 'https://arxiv.org/abs/2211.02001'
	},
	{
		model: 'GPT-4',
		flops: 2.1e25,
		certainty:
			'Not disclosed by OpenAI: an outside estimate from reported hardware and training time, uncertain by a wide margin.',
		source: 'Epoch AI, Notable AI Models database',
		year: 2024,
		url: 'https://epoch.ai/data/notable-ai-models'
	},
	{
		model: 'Llama 3.1 405B',
		flops: 3.8e25,
		other: 'about 30.8 million H100 GPU hours',
		certainty: 'Reported by the developer (Meta) in its paper and model card.',
		source: 'Llama Team, “The Llama 3 Herd of Models”',
		year: 2024,
		url: 'https://arxiv.org/abs/2407.21783'
	}
];
