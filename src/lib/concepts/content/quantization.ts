import type { Concept } from '../schema';

export default {
	slug: 'quantization',
	title: 'Quantization',
	group: 'Techniques',
	definition:
		'Quantization stores a trained model’s weights with fewer bits each, for example 4 instead of 32, by rounding every weight to one of a few evenly spaced levels, so the model takes a fraction of the memory at the cost of small errors in every weight.',
	body: `This page goes beyond the glossary the other pages follow: the glossary does not explain quantization, yet every chat model this app downloads has been through it.

A trained network is mostly a long list of numbers, its weights, and training keeps each of them as a 32-bit or 16-bit floating-point number. [[Quantization]] keeps fewer bits per weight. With 4 bits a weight can only be one of 16 values, so the weights are cut into small groups (32 neighbours in a row of a matrix, say) and each group gets its own [[scale]]: the group's largest weight, in size, sets the outermost level, and every weight is kept as the whole number of steps nearest to it. Reading the model means multiplying each stored whole number by its group's scale again. No weight moves by more than half a step, and a group with one unusually large weight gets coarse steps for all its members, which is why smaller groups lose less but need more scales.

The names of the models in this app's list carry their recipe. In \`q4f16_1\`, a code from the MLC LLM compiler that WebLLM uses, \`q4\` means weights kept in 4 bits, \`f16\` means the activations (the numbers that flow through the network while it computes) and the scales are 16-bit floats, and \`_1\` names the recipe: symmetric rounding with one scale per group of 32 weights. Four bits plus a 2-byte scale shared by 32 weights is 4.5 bits a weight, about a seventh of a 32-bit model. \`q4f32_1\` keeps the same 4-bit weights but computes in 32-bit floats.

Which of the two a browser can run depends on its GPU. Arithmetic on 16-bit floats inside WebGPU programs is an optional feature called \`shader-f16\`; a browser and GPU that lack it cannot run a \`q4f16_1\` model at all, so the app offers the \`q4f32_1\` build of the same model there, a somewhat larger download that also needs more memory while it runs. WebLLM's prebuilt list offers most of its models in both forms (as of December 2026).

What is lost is precision spread across every weight, and it shows as a higher [[perplexity]] on text the model has not seen: perplexity is the exponential of the average loss, roughly how many next tokens the model hesitates between. At 8 bits the change is usually too small to matter; at 4 bits with small groups it is modest; at 3 and 2 bits it grows fast, because the levels are so few that many small weights round to zero. Small models lose more than large ones. A large model spreads what it has learned over many weights that partly repeat each other, and a small model relies on each weight more, so the same noise costs it more. Part of the reason is arithmetic: a layer multiplies thousands of weights by their inputs and adds the products, and when the rounding errors are unrelated to one another and as often up as down, much of their effect on that sum cancels out. That comfort has limits. An error that leans the same way across a group (a bias) adds up instead of cancelling, and a few large values can outweigh all the rest: the LLM.int8() paper found that from about 6.7 billion parameters on, a handful of feature dimensions carry activations far larger than the others, and rounding them like everything else in 8 bits ruined the models' accuracy. A small error in a weight that meets such a value is multiplied by it, which is why the methods below treat those few values apart. The GPTQ paper reports this across a family of models from 125 million to 175 billion parameters: the larger the model, the less the same bit width hurt it.

[[Post-training quantization]] methods do better than plain rounding without training the model again, mostly by handling the few values that matter most:

- LLM.int8() (Dettmers and colleagues, 2022) multiplies in 8 bits, except for a handful of feature dimensions with very large activations, which it keeps in 16 bits.
- GPTQ (Frantar and colleagues, 2022) rounds a layer's weights one column at a time and nudges the weights not yet rounded to make up for each error, using a small sample of text; it brought models of 175 billion parameters to 3 or 4 bits in a few GPU hours.
- AWQ (Lin and colleagues, 2023) watches activations on sample text to find the small share of weight channels that matter most, and scales them up before rounding so they lose less.
- QLoRA (Dettmers and colleagues, 2023) introduced NF4, a 4-bit type whose 16 levels follow the bell curve that trained weights roughly have, and fine-tunes small adapters on top of the frozen 4-bit model (see [fine-tuning](/concepts/fine-tuning)).

The lab here takes a tiny GPT trained on these pages, the one from the [transformers](/concepts/transformers) page, rounds its weights to 8, 4, 3 and 2 bits and measures what each costs.`,
	terms: ['quantization', 'scale', 'perplexity', 'post-training quantization'],
	experiments: [
		{
			kind: 'quantization',
			intro:
				'A tiny GPT trained on these pages, its weights rounded to 8, 4, 3 and 2 bits with one scale per group, and at each setting its loss on held-out text, its size and a sample with the same seed.',
			seed: 1,
			preset: 'tiny',
			group: 32,
			lookFor:
				'Read the perplexity column against the size column: the size falls with every step down in bits, while the perplexity barely moves at first and climbs at the lowest widths. Compare the samples too, written with the same seed. Then switch the histogram from 8 to 2 bits: the errors spread out, and at 2 bits many weights lose their whole value.'
		},
		{
			kind: 'prompt',
			intro: 'Continue a sentence about storing a model in fewer bits.',
			prompt: 'Each weight is kept in four bits',
			temperature: 0.8,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 6,
			lookFor: {
				builtin:
					'The built-in engine stores counts of word triples from these pages, not weights, so nothing in it is quantized; its continuation reuses phrases from this page. A downloaded chat model from the Models page is itself a 4-bit model, so its answer comes from quantized weights.',
				model:
					'The model writing this reply is itself quantized: its name on the Models page ends in q4f16_1 or q4f32_1, so each of its weights was rounded to one of 16 levels.'
			}
		}
	],
	presenter: {
		points: [
			'Quantization: fewer bits per weight, each rounded to a grid; one scale per group of weights.',
			'q4f16_1: 4-bit weights, 16-bit activations and scales, groups of 32; q4f32_1 computes in 32-bit floats.',
			'shader-f16 decides: without it a GPU runs only the q4f32_1 builds.',
			'Cost: perplexity creeps up, little at 8 bits, fast at 3 and 2; small models lose more.',
			'Better than plain rounding: LLM.int8() 2022, GPTQ 2022, AWQ 2023, NF4 in QLoRA 2023.',
			'Live: a tiny GPT at 8, 4, 3 and 2 bits, measured in the tab.'
		],
		pointAt:
			'The table: the size column shrinking next to the perplexity column, then the histogram of errors at 4 bits and at 2 bits.'
	},
	related: ['large-language-models', 'transformers', 'fine-tuning', 'scaling-laws'],
	usedIn: [
		{
			area: 'software',
			how: 'Shipping a language model inside a web page or a phone app within its memory budget.'
		},
		{
			area: 'operations',
			how: 'Serving more requests from one GPU by keeping a model’s weights in 8 or 4 bits.'
		}
	],
	sources: [
		{
			title: 'LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale',
			authors: 'Tim Dettmers, Mike Lewis, Younes Belkada, Luke Zettlemoyer',
			year: 2022,
			url: 'https://arxiv.org/abs/2208.07339',
			kind: 'paper'
		},
		{
			title: 'GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers',
			authors: 'Elias Frantar, Saleh Ashkboos, Torsten Hoefler, Dan Alistarh',
			year: 2022,
			url: 'https://arxiv.org/abs/2210.17323',
			kind: 'paper'
		},
		{
			title: 'AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration',
			authors: 'Ji Lin, Jiaming Tang, Haotian Tang, Shang Yang et al.',
			year: 2023,
			url: 'https://arxiv.org/abs/2306.00978',
			kind: 'paper'
		},
		{
			title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
			authors: 'Tim Dettmers, Artidoro Pagnoni, Ari Holtzman, Luke Zettlemoyer',
			year: 2023,
			url: 'https://arxiv.org/abs/2305.14314',
			kind: 'paper'
		},
		{
			title: 'Configure Quantization (MLC LLM documentation)',
			authors: 'MLC LLM project',
			year: 2024,
			url: 'https://mlc.ai/mlc-llm/docs/compilation/configure_quantization.html',
			kind: 'web'
		}
	]
} satisfies Concept;
