import type { Concept } from '../schema';

export default {
	slug: 'fine-tuning',
	title: 'Fine-tuning',
	group: 'Techniques',
	definition:
		'Fine-tuning continues the training of a pretrained model on a smaller, targeted dataset so that it specialises in a domain, a task or a style.',
	body: `A pretrained [foundation model](/concepts/foundation-models) knows a lot in general and nothing about your company's tickets, your legal templates or the tone your brand uses. Fine-tuning closes that gap by training it further, starting from its existing weights, on examples of exactly what you want. Because the model already knows language, a few hundred to a few thousand good examples can change its behaviour markedly.

There are several flavours:

- [[Supervised fine-tuning]]: pairs of input and ideal output, for example a question and a model answer. This is how base models become instruction-following assistants.
- Preference tuning (RLHF and its relatives): people compare two answers, and the model is pushed towards the preferred kind.
- Domain adaptation: plain text from a field, such as medicine, so the model absorbs its vocabulary.

Updating every weight of a billion-parameter model is costly. [[LoRA]] (low-rank adaptation) freezes the original weights and trains small extra matrices added alongside them, often less than one percent of the size. The adapter can be swapped in and out, and several can share one base model.

Fine-tuning has limits worth knowing. It is good at teaching form, style and narrow skills, and weaker as a way to add facts that change: for those, [RAG](/concepts/rag) is usually cheaper and easier to update. Too much tuning on narrow data can also wear away general abilities, an effect called [[catastrophic forgetting]].`,
	terms: ['supervised fine-tuning', 'LoRA', 'catastrophic forgetting'],
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
			lookFor:
				'The built-in model is, in a sense, fine-tuned on nothing but this app: its vocabulary is all from these pages.'
		}
	],
	presenter: {
		points: [
			'Continue training from pretrained weights on targeted examples.',
			'SFT for instructions, preference tuning for taste, LoRA for cheap adapters.',
			'Fine-tune for form and skill; retrieve for facts.'
		],
		pointAt:
			'How narrow the built-in model’s vocabulary is: a model that only knows its training data.'
	},
	related: ['foundation-models', 'rag', 'few-shot-learning', 'large-language-models'],
	usedIn: [
		{ area: 'operations', how: 'Support replies in the company’s tone and format.' },
		{ area: 'science', how: 'Models adapted to chemistry or medical literature.' },
		{ area: 'operations', how: 'Legal drafting with firm-specific templates.' }
	]
} satisfies Concept;
