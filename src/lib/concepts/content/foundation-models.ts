import type { Concept } from '../schema';

export default {
	slug: 'foundation-models',
	title: 'Foundation models',
	group: 'Foundations',
	definition:
		'A foundation model is one large model pretrained on broad data once, then adapted to many different tasks instead of training a new model for each.',
	body: `For a long time, every task got its own model: one for sentiment, one for translation, one for spam, each trained from scratch on its own labelled data. Foundation models reverse that habit. A single very large network is [[pretrained]] on a broad mix of data with a simple objective, and the result becomes the base that many applications build on.

The objective is what makes the breadth affordable. Pretraining is self-supervised: the data supplies its own answers, as when a model predicts the next token of a text or a word that was blanked out, so nobody has to label billions of examples by hand. Any text, code or image collection becomes usable training data.

The term was coined at Stanford in 2021 to stress two things. First, these models are general: the same pretrained network can summarise contracts, write code and answer trivia. Second, they are a single point of dependence: flaws and biases in the base carry into everything built on top of it.

Foundation models are not only about text. CLIP (OpenAI, 2021) learned a shared space for pictures and their captions from about 400 million image–text pairs gathered from the web; encoders of that kind give image generators their grasp of prompts. [[Multimodal]] foundation models now take images, audio or video alongside text in one network, and some produce them too.

Adapting the base to a particular job can be done in several ways, from cheap to expensive:

- write a good prompt, perhaps with a few examples ([few-shot learning](/concepts/few-shot-learning));
- give it relevant documents at question time ([RAG](/concepts/rag));
- continue training on a smaller, targeted dataset ([fine-tuning](/concepts/fine-tuning)).

Pretraining is the expensive part: thousands of GPUs for weeks or months. [[Adaptation]] is comparatively cheap, which is why a handful of organisations train foundation models and very many others adapt them. The small open models you can download in this app are foundation models too. They are open-weight: the trained numbers are published, but what you may do with them is set by each model's licence. Some use a standard open licence such as Apache 2.0 (Qwen3), others their maker's own terms with conditions: Meta's Llama licence, for example, requires a separate agreement from services with more than 700 million monthly users and asks for a "Built with Llama" notice. Open weights are also not open training data or open training code.`,
	terms: ['pretrained', 'adaptation', 'multimodal'],
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
		},
		{
			kind: 'model-quiz',
			intro:
				'Ten fixed questions on ideas from these pages, answered by the engine you chose; switch engines and run it again to compare models by size.',
			seed: 1,
			lookFor: {
				builtin:
					'The built-in model scores at or near chance: it sees only the last two tokens of each message, the same two every time, so it writes the same words for every question. Download a chat model and run the quiz on it to see the difference.',
				model:
					'Where this model lands against its size, next to every other engine you measured: larger models tend to score higher and to write fewer tokens per second.'
			}
		}
	],
	presenter: {
		points: [
			'Pretrain once, adapt many times.',
			'Self-supervised pretraining: no labels, so any raw data counts.',
			'Not only text: image–text models like CLIP and multimodal models are foundation models too.',
			'General ability, but also a shared point of failure.',
			'Open-weight means published weights under a licence, not permission for any use.',
			'Adaptation ladder: prompt, few-shot, retrieval, fine-tuning.',
			'Live: the same ten questions for every engine, score and speed plotted against size.'
		],
		pointAt: 'That every concept page uses the same engine with a different prompt.'
	},
	related: ['large-language-models', 'fine-tuning', 'few-shot-learning', 'rag', 'scaling-laws'],
	usedIn: [
		{ area: 'operations', how: 'One model behind support, reporting and document drafting.' },
		{ area: 'software', how: 'A general model adapted into a coding assistant.' }
	],
	sources: [
		{
			title: 'On the Opportunities and Risks of Foundation Models',
			authors: 'Rishi Bommasani, Drew A. Hudson, Ehsan Adeli et al.',
			year: 2021,
			url: 'https://arxiv.org/abs/2108.07258',
			kind: 'paper'
		},
		{
			title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
			authors: 'Jacob Devlin, Ming-Wei Chang, Kenton Lee, Kristina Toutanova',
			year: 2018,
			url: 'https://arxiv.org/abs/1810.04805',
			kind: 'paper'
		},
		{
			title: 'Llama 3.2 Community License Agreement',
			authors: 'Meta',
			year: 2024,
			url: 'https://www.llama.com/llama3_2/license/',
			kind: 'web'
		},
		{
			title: 'Learning Transferable Visual Models From Natural Language Supervision',
			authors: 'Alec Radford, Jong Wook Kim, Chris Hallacy et al.',
			year: 2021,
			url: 'https://arxiv.org/abs/2103.00020',
			kind: 'paper'
		}
	]
} satisfies Concept;
