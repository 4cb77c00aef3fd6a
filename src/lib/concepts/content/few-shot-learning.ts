import type { Concept } from '../schema';
import { deepseekR1 } from '../sourcesShared';

export default {
	slug: 'few-shot-learning',
	title: 'Few-shot learning',
	group: 'Foundations',
	definition:
		'Few-shot learning is picking up a new task from only a handful of examples; with large language models it usually means placing those examples in the prompt, with no change to the model’s weights.',
	body: `The idea is older than chat assistants. In machine learning research, few-shot learning means recognising new categories from one to five labelled examples of each, and the classic methods do train. Metric learning learns a space in which a new input is compared with the few examples (prototypical networks, 2017); meta-learning trains a model across many small tasks so that a few gradient steps adapt it to a new one (MAML, 2017).

Large language models made a different kind famous. When GPT-3 was described in 2020, its most surprising feature was not a benchmark score but a behaviour: show it three or four examples of a task inside the prompt, and it would carry on the pattern for a new input. Translate these words, fix these sentences, turn these descriptions into tables. No training step happened; the examples were simply part of the text it was continuing.

This is called [[in-context learning]]. The prompt works like a short worksheet: a few solved questions, then an unsolved one. Depending on how many examples it holds, people speak of [[zero-shot]] (only an instruction), one-shot, or few-shot prompts.

Why does it work? A model trained to predict text has seen countless documents where a pattern repeats: lists, tables, question-and-answer pages. Continuing a pattern is exactly what next-token prediction rewards, and large models do it well enough that the pattern can be a whole task.

It is also touchy. The same examples in another order can change accuracy a great deal, and a model tends to favour the label it saw most often or most recently among the examples (Zhao and colleagues, 2021; Lu and colleagues, 2022). Whether the example labels even need to be correct is disputed: Min and colleagues (2022) found that random labels cost little and the format mattered more, while Wei and colleagues (2023) found that the largest models do follow flipped labels, so for them the labels carry real information.

A few practical lessons follow:

- The format of the examples matters as much as their content; keep it consistent.
- Examples that cover different cases teach more than several similar ones, and a balanced mix of labels avoids a built-in lean.
- Try more than one order when you evaluate, so one lucky arrangement does not flatter the prompt.
- Examples cost context space, and every token of them is processed on every request.

Reasoning models, which write a long chain of thought before answering, are an exception worth knowing: DeepSeek-R1's authors report that few-shot prompts consistently made their model worse and recommend describing the task directly, zero-shot, with the output format spelled out.

Few-shot prompting is usually the first thing to try before [fine-tuning](/concepts/fine-tuning), because it is instant and changes nothing permanent.`,
	terms: ['in-context learning', 'zero-shot'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about examples in prompts.',
			prompt: 'The format of the examples',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 6,
			lookFor: {
				builtin:
					'The built-in engine cannot learn from examples: it only sees the last two words. Choose a chat model in the Engine menu, then add two solved examples before your own question.',
				model:
					'Edit the message: put two solved examples before your own question and run again, then swap the order of the examples and compare.'
			}
		},
		{
			kind: 'few-shot',
			intro:
				'Twelve short sentences, each to be labelled POS, NEG or NEU: first with no solved example in the prompt, then with one and with three, on the same model with the same seed. Every answer is scored automatically and the scores are drawn side by side.',
			shots: [0, 1, 3],
			seed: 12,
			lookFor: {
				builtin:
					'A flat line. The built-in engine reads only the last two words of each prompt, and those are the same for every sentence, so the examples never reach it and its score stays at the floor whatever their number. That flat line is the lesson: learning a task from examples in the prompt is something large transformer models do, not word counts. Choose a downloaded chat model in the Engine menu to see the score rise with the examples.',
				model:
					'Whether the score climbs from zero to three examples, and why: open a few sentences and read the raw answers. Zero-shot misses are often the right idea in the wrong form (a word instead of the code). With one example, watch for a lean towards that example’s code. Then reorder or edit the examples and run again.'
			}
		}
	],
	presenter: {
		points: [
			'In-context learning: the examples live in the prompt and the weights do not change (classic few-shot methods do train).',
			'Pattern continuation is what next-token training rewards.',
			'Order and label balance of the examples can swing the result.',
			'Reasoning models are the exception: DeepSeek-R1 does better zero-shot.',
			'Try few-shot before fine-tuning.',
			'Live: twelve sentences labelled with zero, one and three examples, scored automatically, accuracy per number of examples.'
		],
		pointAt: 'How the prompt box is the only thing that changes between tasks.'
	},
	related: ['prompt-engineering', 'foundation-models', 'chain-of-thought', 'fine-tuning'],
	usedIn: [
		{
			area: 'operations',
			how: 'Formatting records or extracting fields from a few worked samples.'
		},
		{ area: 'education', how: 'Generating exercises in the style of a few given ones.' }
	],
	sources: [
		{
			title: 'Language Models are Few-Shot Learners',
			authors: 'Tom B. Brown, Benjamin Mann, Nick Ryder et al.',
			year: 2020,
			url: 'https://arxiv.org/abs/2005.14165',
			kind: 'paper'
		},
		{
			title: 'Prototypical Networks for Few-shot Learning',
			authors: 'Jake Snell, Kevin Swersky, Richard S. Zemel',
			year: 2017,
			url: 'https://arxiv.org/abs/1703.05175',
			kind: 'paper'
		},
		{
			title: 'Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks',
			authors: 'Chelsea Finn, Pieter Abbeel, Sergey Levine',
			year: 2017,
			url: 'https://arxiv.org/abs/1703.03400',
			kind: 'paper'
		},
		{
			title: 'Calibrate Before Use: Improving Few-Shot Performance of Language Models',
			authors: 'Tony Z. Zhao, Eric Wallace, Shi Feng, Dan Klein, Sameer Singh',
			year: 2021,
			url: 'https://arxiv.org/abs/2102.09690',
			kind: 'paper'
		},
		{
			title:
				'Fantastically Ordered Prompts and Where to Find Them: Overcoming Few-Shot Prompt Order Sensitivity',
			authors: 'Yao Lu, Max Bartolo, Alastair Moore, Sebastian Riedel, Pontus Stenetorp',
			year: 2022,
			url: 'https://arxiv.org/abs/2104.08786',
			kind: 'paper'
		},
		{
			title: 'Larger language models do in-context learning differently',
			authors: 'Jerry Wei, Jason Wei, Yi Tay et al.',
			year: 2023,
			url: 'https://arxiv.org/abs/2303.03846',
			kind: 'paper'
		},
		deepseekR1,
		{
			title: 'Rethinking the Role of Demonstrations: What Makes In-Context Learning Work?',
			authors: 'Sewon Min, Xinxi Lyu, Ari Holtzman et al.',
			year: 2022,
			url: 'https://arxiv.org/abs/2202.12837',
			kind: 'paper'
		}
	]
} satisfies Concept;
