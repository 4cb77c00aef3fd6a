import type { Concept } from '../schema';
import { deepseekR1, qwen3, selfConsistency, testTimeCompute, tulu3 } from '../sourcesShared';

export default {
	slug: 'reasoning-models',
	title: 'Reasoning models and test-time compute',
	group: 'Techniques',
	definition:
		'A reasoning model is a language model trained to work through a problem in a long written chain before it answers, trading more tokens and time per question for better results on tasks with checkable answers.',
	body: `This page goes beyond the glossary the other pages follow, which predates the reasoning models of 2024 and after.

For years a model got better mainly by being bigger or trained on more data. From 2024 a second dial mattered as much: how much computation a model spends on each question while answering it, called [[test-time compute]]. There are two broad ways to spend it. One is outside the model: sample several answers and combine them, for example by majority vote ([self-consistency](/concepts/chain-of-thought), Wang and colleagues, 2022) or by letting a separate scorer pick the best. The other is inside it: a model that writes a long chain of thought, tries an approach, notices a mistake and backtracks, all before its final answer. Snell and colleagues (2024) found that spending answer-time compute well let a smaller model beat one about fourteen times its size on problems of moderate difficulty, though not on the hardest ones.

What made the long chains work was a change in training. After the usual pretraining and instruction tuning (see [post-training](/concepts/post-training)), the model is given many problems whose answers a program can check, such as maths with a known result or code with unit tests, and is rewarded by reinforcement learning when its final answer is right. No one writes the reasoning for it; the chains that lead to right answers are reinforced. This is [[reinforcement learning with verifiable rewards]], a name from the Tülu 3 report (2024). OpenAI's o1 (September 2024) showed the effect; DeepSeek-R1 (January 2025) published weights and a recipe, and reported that long chains, including rechecking its own steps, emerged from the reinforcement learning itself.

Three practical changes followed:

- [[Hybrid thinking]]: one model that answers at once or thinks first, switched per request. Qwen3 (2025) does this with a flag in its chat template; its thinking is ordinary visible text between "<think>" tags.
- Budgets: a caller can cap how many tokens the thinking may use. Muennighoff and colleagues (2025) showed the simplest version, cutting the chain off at a limit or extending it by appending "Wait", and found accuracy rose with the budget.
- Costs and habits: a reasoning model may spend thousands of tokens on one question, sometimes on easy ones too (often called overthinking). Its makers advise a moderate temperature (about 0.6) rather than greedy decoding, and zero-shot prompts rather than worked examples.

A written chain is still generated text, not a window into the computation; see [chain-of-thought](/concepts/chain-of-thought) on how faithful such chains are.`,
	terms: ['test-time compute', 'reinforcement learning with verifiable rewards', 'hybrid thinking'],
	experiments: [
		{
			kind: 'self-consistency',
			intro:
				'The six word problems of the chain-of-thought page, each answered step by step several times with different seeds; the most common final number is the answer, and accuracy and tokens spent are plotted against the number of samples.',
			seed: 11,
			samples: 4,
			lookFor: {
				builtin:
					'The solved line stays at zero. The built-in engine reads only the last two words of each prompt, the same for every problem, so its replies are word statistics without the problem’s numbers, and voting over more of them only costs more tokens. A chat model from the Models page shows the vote at work.',
				model:
					'How the line moves as N doubles while the token bars double with it. A model that already solves a problem every time gains nothing from voting; one that is right only sometimes can gain, since wrong answers scatter while right ones agree. On a Qwen3 model, run it again with thinking on: fewer samples may be needed, but each costs far more tokens. WebLLM has no separate thinking budget, so the per-reply limit caps the thinking and the answer together.'
			}
		},
		{
			kind: 'prompt',
			intro: 'Continue a sentence about spending more computation per question.',
			prompt: 'For years a model got better mainly by',
			temperature: 0.6,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 9,
			lookFor: {
				builtin:
					'The built-in engine spends the same tiny effort on every word and cannot think longer; it only continues from the last two words. A reasoning model from the Models page writes a chain first.',
				model:
					'On a hybrid reasoning model such as Qwen3 the reply may start with its thinking between <think> tags; on other models it answers at once. Compare how many tokens each spends.'
			}
		}
	],
	presenter: {
		points: [
			'Second dial since 2024: compute per question, not only model size.',
			'Outside the model: sample several answers and vote. Inside it: a long chain of thought.',
			'Trained with reinforcement learning on answers a program can check (o1 2024, DeepSeek-R1 2025).',
			'Hybrid models switch thinking on or off per request; budgets cap its length.',
			'Cost: many more tokens and seconds per answer; moderate temperature, zero-shot prompts.',
			'Live: majority vote over 1, 2, 4 … samples, accuracy against tokens on one chart.'
		],
		pointAt: {
			builtin:
				'The token bars growing with N while the solved line stays at zero: the built-in engine has nothing to vote with, so more compute buys nothing.',
			model:
				'Where the solved line stops rising while the token bars keep doubling: the price of each extra point of accuracy.'
		}
	},
	related: [
		'chain-of-thought',
		'scaling-laws',
		'temperature',
		'large-language-models',
		'post-training',
		'agents-and-tool-use'
	],
	usedIn: [
		{ area: 'science', how: 'Working through multi-step derivations and checking each step.' },
		{ area: 'software', how: 'Planning and testing a fix before proposing it.' }
	],
	sources: [
		selfConsistency,
		testTimeCompute,
		tulu3,
		deepseekR1,
		qwen3,
		{
			title: 's1: Simple test-time scaling',
			authors: 'Niklas Muennighoff, Zitong Yang, Weijia Shi et al.',
			year: 2025,
			url: 'https://arxiv.org/abs/2501.19393',
			kind: 'paper'
		},
		{
			title: 'Learning to reason with LLMs',
			authors: 'OpenAI',
			year: 2024,
			url: 'https://openai.com/index/learning-to-reason-with-llms/',
			kind: 'web'
		}
	]
} satisfies Concept;
