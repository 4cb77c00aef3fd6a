import type { Concept } from '../schema';

export default {
	slug: 'foundation-models',
	title: 'Foundation models',
	group: 'Foundations',
	definition:
		'A foundation model is one large model pretrained on broad data once, then adapted to many different tasks instead of training a new model for each.',
	body: `For a long time, every task got its own model: one for sentiment, one for translation, one for spam, each trained from scratch on its own labelled data. Foundation models reverse that habit. A single very large network is [[pretrained]] on a broad mix of data with a simple objective, such as predicting the next token, and the result becomes the base that many applications build on.

The term was coined at Stanford in 2021 to stress two things. First, these models are general: the same pretrained network can summarise contracts, write code and answer trivia. Second, they are a single point of dependence: flaws and biases in the base carry into everything built on top of it.

Adapting the base to a particular job can be done in several ways, from cheap to expensive:

- write a good prompt, perhaps with a few examples ([few-shot learning](/concepts/few-shot-learning));
- give it relevant documents at question time ([RAG](/concepts/rag));
- continue training on a smaller, targeted dataset ([fine-tuning](/concepts/fine-tuning)).

Pretraining is the expensive part: thousands of GPUs for weeks or months. [[Adaptation]] is comparatively cheap, which is why a handful of organisations train foundation models and very many others adapt them. The small open models you can download in this app are foundation models too, released with their weights so anyone can build on them.`,
	terms: ['pretrained', 'adaptation'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'One model, one prompt about adaptation: see where it takes the sentence.',
			prompt: 'Adapting the base to',
			temperature: 0.7,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 21,
			lookFor:
				'The same engine serves every concept page in this app, just as one foundation model serves many tasks.'
		}
	],
	presenter: {
		points: [
			'Pretrain once, adapt many times.',
			'General ability, but also a shared point of failure.',
			'Adaptation ladder: prompt, few-shot, retrieval, fine-tuning.'
		],
		pointAt: 'That every concept page uses the same engine with a different prompt.'
	},
	related: ['large-language-models', 'fine-tuning', 'few-shot-learning', 'rag', 'scaling-laws'],
	usedIn: [
		{ area: 'operations', how: 'One model behind support, reporting and document drafting.' },
		{ area: 'software', how: 'A general model adapted into a coding assistant.' }
	]
} satisfies Concept;
