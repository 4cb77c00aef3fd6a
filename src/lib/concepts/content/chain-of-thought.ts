import type { Concept } from '../schema';
import { deepseekR1, qwen3, selfConsistency } from '../sourcesShared';

export default {
	slug: 'chain-of-thought',
	title: 'Chain-of-thought prompting',
	group: 'Techniques',
	definition:
		'Chain-of-thought prompting asks a model to write out intermediate reasoning steps before its final answer, which improves results on problems that need several steps.',
	body: `A language model spends the same amount of computation on every token it writes. If a question needs several steps of arithmetic or logic, and the model must produce the answer as its very first token, all of those steps have to happen inside a single pass through the network. Often they do not fit.

Chain-of-thought prompting gives the model room. Wei and colleagues (2022) showed it with worked examples: the prompt contained a few solved problems in which the reasoning is spelled out before the answer, and the model imitated that shape. Later the same year Kojima and colleagues found that no examples are needed at all: adding the single sentence "Let's think step by step" gets much of the effect (zero-shot chain of thought). Either way the model writes [[intermediate steps]], and each step becomes part of the context for the next token. The text itself acts as a scratchpad, a form of working memory the network does not otherwise have.

The gains are largest on multi-step maths, logic puzzles and questions that combine several facts, and in the 2022 studies they grew with model size: small models prompted this way often produced steps that looked plausible but did not lead anywhere. Small models trained on the chains of a strong reasoning model are different: DeepSeek-R1's distilled 1.5-billion-parameter model, which writes such chains, beat GPT-4o on competition maths benchmarks.

Some refinements:

- [[Self-consistency]]: sample several reasoning chains at a moderate temperature and take the answer most of them reach.
- Decomposition: ask the model to split a problem into sub-questions and answer them in turn.

Since 2024 the idea has been built into the models themselves. [[Reasoning models]], trained largely with reinforcement learning on problems whose answers can be checked, write a long chain of thought before every answer without being asked: OpenAI's o1 (September 2024) and DeepSeek-R1 (January 2025, with published weights) are examples. They spend many more tokens and seconds per question, a form of test-time compute (see [scaling laws](/concepts/scaling-laws) and [reasoning models](/concepts/reasoning-models)). Hybrid models such as Qwen3 (2025) let the caller switch the thinking on or off per request, so one model can answer quickly or deliberate. Whether the chain is shown depends on the product: some hosted services show only a summary of it, while Qwen3's thinking is ordinary text between "<think>" tags, streamed like the answer.

A caution: the written chain is not guaranteed to be the real cause of the answer. It is generated text, and experiments have shown chains that leave out what actually swayed the model, in prompted models (Turpin and colleagues, 2023) and in reasoning models, which mentioned a planted hint they had used in only a minority of cases (Chen and colleagues, 2025). Check the conclusion, not just the tone of the steps.`,
	terms: ['intermediate steps', 'self-consistency', 'reasoning models'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about reasoning steps.',
			prompt: 'The text itself acts',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 1,
			lookFor: {
				builtin:
					'The built-in engine cannot reason: each word depends only on the two before it, so written-out steps give it nothing to build on. The scratchpad effect needs a neural model from the Models page.',
				model:
					'Edit the message into a small two-step question; run it once asking for the answer only and once asking to think step by step, and compare.'
			}
		},
		{
			kind: 'chain-of-thought',
			intro:
				'Six short word problems, each asked twice on the same model with the same seed: once for the number alone, once with room to work it out step by step. The final number is read from every reply and checked against the right one.',
			seed: 7,
			lookFor: {
				builtin:
					'No reasoning at all. The built-in engine reads only the last two words of each prompt, the same for every problem, so it writes the same few words each time; its “steps” are word statistics and contain no number from the problem. Both bars stay at zero. A downloaded chat model shows what room to think changes.',
				model:
					'Compare the two bars, then open the reasoning of a problem whose verdict changed between the prompts. Check that the steps really lead to the last line: small models sometimes write sensible-looking steps and then a different answer. A hybrid reasoning model such as Qwen3 is asked here to switch its thinking off (its thinking is visible text, normally written before the answer), so the only room it gets to work is the one the prompt gives.'
			}
		}
	],
	presenter: {
		points: [
			'Same compute per token: hard problems need more tokens.',
			'Worked examples (Wei, 2022) or one sentence, “Let’s think step by step” (Kojima, 2022).',
			'Reasoning models now do it by themselves, at a cost in tokens and time; hybrid models such as Qwen3 switch it on or off per request.',
			'Small models distilled from a reasoning model’s chains do gain from them.',
			'The chain can be convincing and still not be the real reason.',
			'Live: six word problems answered directly and step by step, the final numbers read out and checked.'
		],
		pointAt: {
			builtin:
				'How each word depends only on the two words before it: the built-in engine has no room for a scratchpad.',
			model:
				'How each token depends on everything written before it, including the model’s own earlier steps.'
		}
	},
	related: ['prompt-engineering', 'few-shot-learning', 'large-language-models', 'temperature'],
	usedIn: [
		{ area: 'education', how: 'Tutors that show worked solutions.' },
		{ area: 'software', how: 'Planning a change before writing the code.' }
	],
	sources: [
		{
			title: 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models',
			authors: 'Jason Wei, Xuezhi Wang, Dale Schuurmans et al.',
			year: 2022,
			url: 'https://arxiv.org/abs/2201.11903',
			kind: 'paper'
		},
		{
			title: 'Large Language Models are Zero-Shot Reasoners',
			authors: 'Takeshi Kojima, Shixiang Shane Gu, Machel Reid, Yutaka Matsuo, Yusuke Iwasawa',
			year: 2022,
			url: 'https://arxiv.org/abs/2205.11916',
			kind: 'paper'
		},
		selfConsistency,
		{
			title:
				'Language Models Don’t Always Say What They Think: Unfaithful Explanations in Chain-of-Thought Prompting',
			authors: 'Miles Turpin, Julian Michael, Ethan Perez, Samuel R. Bowman',
			year: 2023,
			url: 'https://arxiv.org/abs/2305.04388',
			kind: 'paper'
		},
		deepseekR1,
		qwen3,
		{
			title: 'Reasoning Models Don’t Always Say What They Think',
			authors: 'Yanda Chen, Joe Benton, Ansh Radhakrishnan et al.',
			year: 2025,
			url: 'https://arxiv.org/abs/2505.05410',
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
