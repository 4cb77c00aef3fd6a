import type { Concept } from '../schema';
import { instructGpt, dpo } from '../sourcesShared';

export default {
	slug: 'fine-tuning',
	title: 'Fine-tuning',
	group: 'Techniques',
	definition:
		'Fine-tuning continues the training of a pretrained model on a smaller, targeted dataset so that it specialises in a domain, a task or a style.',
	body: `A pretrained [foundation model](/concepts/foundation-models) knows a lot in general and nothing about your company's tickets, your legal templates or the tone your brand uses. Fine-tuning closes that gap by training it further, starting from its existing weights, on examples of exactly what you want. Because the model already knows language, a few hundred to a few thousand good examples can change its behaviour markedly.

There are several flavours:

- [[Supervised fine-tuning]]: pairs of input and ideal output, for example a question and a model answer. This is how base models become instruction-following assistants.
- Preference tuning (RLHF and its relatives, such as DPO): people compare two answers, and the model is pushed towards the preferred kind. The [post-training](/concepts/post-training) page follows these steps in order, with what each one changes.
- Domain adaptation: plain text from a field, such as medicine, so the model absorbs its vocabulary.

Updating every weight of a billion-parameter model is costly. [[LoRA]] (low-rank adaptation) freezes the original weights and trains small extra matrices added alongside them, often less than one percent of the size. The adapter can be swapped in and out, and several can share one base model.

Whatever the method, judge the result on [[held-out]] examples: cases kept out of training and never looked at while tuning. A tuned model can reproduce its training set almost perfectly and still fail on new inputs, and the test set should also cover what the base model could already do, so that losses elsewhere show up.

Fine-tuning has limits worth knowing. It is good at teaching form, style and narrow skills, and weaker as a way to add facts that change: for those, [RAG](/concepts/rag) is usually cheaper and easier to update. Too much tuning on narrow data can also wear away general abilities, an effect called [[catastrophic forgetting]].

The same goes for safety behaviour. Qi and colleagues (2023) showed that tuning an aligned chat model on as few as ten harmful examples undid much of its refusal training, and that even ordinary, harmless training data weakened it somewhat. Re-run safety tests after every fine-tune, not only accuracy tests.`,
	terms: ['supervised fine-tuning', 'LoRA', 'catastrophic forgetting', 'held-out'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about adapting a model.',
			prompt: 'Fine-tuning closes that gap',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 64,
			lookFor: {
				builtin:
					'The built-in engine was not fine-tuned: it was trained from scratch on these pages alone, so it can only use their words. Fine-tuning starts from a broad model instead.',
				model:
					'That this model replies to a message at all is the work of fine-tuning: its base only continued text, and supervised and preference tuning taught it to answer.'
			}
		},
		{
			kind: 'fine-tune',
			intro:
				'Adapt a small trigram model to a text of your own, or to a ship’s log, and compare it with the model it started from.',
			seed: 3,
			lookFor:
				'How far the perplexity on the held-out part falls once the built-in model has counted your text, while the concept paragraphs kept aside barely change; and how the continuation after adapting borrows the text’s phrases. A downloaded neural model already runs on your GPU, but the library that runs it here (WebLLM) only does inference, with no training step, and training even a LoRA adapter needs far more memory than inference: gradients, optimiser state and the activations of every layer must be kept. That is why the neural model adapts through examples in its prompt instead.'
		}
	],
	presenter: {
		points: [
			'Continue training from pretrained weights on targeted examples.',
			'SFT for instructions, preference tuning for taste, LoRA for cheap adapters.',
			'Evaluate on held-out data, and re-test safety after every fine-tune.',
			'Fine-tune for form and skill; retrieve for facts.',
			'Live: adapt the trigram model to a pasted text, then compare held-out perplexity and continuations before and after.'
		],
		pointAt: {
			builtin:
				'How narrow the built-in model’s vocabulary is: a model that only knows its training data, the opposite of a broad base to adapt.',
			model:
				'The shape of the reply: turn-taking, tone and refusals come from instruction and preference tuning, not from pretraining.'
		}
	},
	related: [
		'foundation-models',
		'rag',
		'few-shot-learning',
		'large-language-models',
		'post-training'
	],
	usedIn: [
		{ area: 'operations', how: 'Support replies in the company’s tone and format.' },
		{ area: 'science', how: 'Models adapted to chemistry or medical literature.' },
		{ area: 'operations', how: 'Legal drafting with firm-specific templates.' }
	],
	sources: [
		{
			title: 'LoRA: Low-Rank Adaptation of Large Language Models',
			authors: 'Edward J. Hu, Yelong Shen, Phillip Wallis et al.',
			year: 2021,
			url: 'https://arxiv.org/abs/2106.09685',
			kind: 'paper'
		},
		instructGpt,
		dpo,
		{
			title:
				'Fine-tuning Aligned Language Models Compromises Safety, Even When Users Do Not Intend To!',
			authors: 'Xiangyu Qi, Yi Zeng, Tinghao Xie et al.',
			year: 2023,
			url: 'https://arxiv.org/abs/2310.03693',
			kind: 'paper'
		},
		{
			title: 'Overcoming catastrophic forgetting in neural networks',
			authors: 'James Kirkpatrick, Razvan Pascanu, Neil Rabinowitz et al.',
			year: 2017,
			url: 'https://arxiv.org/abs/1612.00796',
			kind: 'paper'
		}
	]
} satisfies Concept;
