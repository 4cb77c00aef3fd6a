// Post-training and alignment (issue 23): the stages after pretraining that make a chat model,
// what they change besides helpfulness, and reward hacking, with a best-of-N lab in which the
// visitor writes the reward. Written for this app; the glossary has no page on it.
import type { Concept } from '../schema';
import { deepseekR1, dpo, instructGpt, tulu3 } from '../sourcesShared';

export default {
	slug: 'post-training',
	title: 'Post-training and alignment',
	group: 'Techniques',
	definition:
		'Post-training is what is done to a pretrained language model to turn a text predictor into an assistant: tuning on example replies, optimising against judgements of which reply is better, and reinforcement learning on tasks whose answers a program can check.',
	body: `This page goes beyond the glossary the other pages follow: the glossary mentions tuning and human feedback in a line each, but not the stages that make a chat model or what they cost.

A model fresh from [[pretraining]] has read trillions of tokens and can continue any kind of text. Ask it a question and it may well reply with three more questions, because lists of questions are common on the web. Everything that turns it into an assistant comes afterwards and is called [[post-training]]. It takes a small share of the compute that pretraining took, yet it decides most of how the model behaves in a conversation. Three stages are usual:

- **Supervised fine-tuning.** People write, or a stronger model drafts and people check, example exchanges: a request and a good reply. Training on them with the same next-token objective, only on better text, teaches the shape of an answer and the habit of doing what was asked. This step is also called [[instruction tuning]] (more on [fine-tuning](/concepts/fine-tuning)).
- **Preference optimisation.** Writing the ideal reply is hard; saying which of two replies is better is easy. In [[RLHF]], reinforcement learning from human feedback, raters compare pairs of replies, a [[reward model]] learns to predict their choice, and the chat model is then tuned with a reinforcement-learning method (PPO) to write replies that model scores highly, with a penalty for straying far from where it began. With InstructGPT (Ouyang and colleagues, 2022), raters preferred the replies of a 1.3-billion-parameter tuned model to those of the 175-billion-parameter GPT-3. Direct preference optimisation, DPO (Rafailov and colleagues, 2023), gets a similar effect with no separate reward model and no reinforcement-learning loop: a plain loss on each preferred and rejected pair. Constitutional AI (Bai and colleagues, 2022) has a model judge the pairs against a short list of written principles in place of many human ratings.
- **Reinforcement learning with verifiable rewards.** For maths and code the reward can be a check instead of an opinion: the final number matches, the tests pass. The Tülu 3 report (2024) named this step, and DeepSeek-R1 (January 2025) showed long chains of reasoning growing out of it; see [reasoning models](/concepts/reasoning-models). Open recipes such as Tülu 3 publish every stage with its data, while the big labs mix the stages in ways they describe only in part (as of December 2026).

Post-training changes more than helpfulness, and not every change is a gain:

- Helpfulness: the model answers in the form requested, and small tuned models can beat far larger untuned ones in people's ratings.
- Refusals: it declines some requests. Where the line falls is its makers' choice; it can be drawn too tight, turning away harmless questions, or be argued around (see jailbreaks on the [prompt engineering](/concepts/prompt-engineering) page).
- Less variety: replies to the same prompt become more alike. Kirk and colleagues (2023) found RLHF cut output diversity clearly compared with supervised tuning alone.
- Worse calibration: before post-training, GPT-4's confidence on multiple-choice questions tracked how often it was right quite closely; afterwards it tracked it much less well (OpenAI, 2023).
- Sycophancy: raters tend to prefer replies that agree with them, so models trained on their choices learn to agree, and may drop a correct answer once the user pushes back (Sharma and colleagues, 2023).

A reward model is only an estimate of what people want, and pushing hard against an estimate finds its blind spots. This is called [[reward hacking]]: the score keeps rising while the real quality stalls or drops, for example ever longer answers because raters once liked thorough ones. Gao and colleagues (2022) measured it with a fixed "gold" reward model playing the part of people. As best-of-N sampling or reinforcement learning pushed a stand-in reward up, the gold score first rose and then fell, and bigger stand-in reward models held out longer. The penalty for straying from the starting model in RLHF is there partly to limit this.

The lab on this page uses best-of-N, the simplest way to optimise against a reward: draw N samples and keep the one the reward likes most. You write the reward yourself, as a rubric of checks with weights. A larger N can only keep the best score level or raise it, and usually raises it. Switch to the gameable rubric, which pays for length and for saying "model" over and over, and the winner at large N is a long text that says that word as often as it can: a high reward for a worse text, reward hacking in miniature.`,
	terms: [
		'pretraining',
		'post-training',
		'instruction tuning',
		'RLHF',
		'reward model',
		'reward hacking'
	],
	experiments: [
		{
			kind: 'best-of-n',
			intro:
				'One prompt, sampled several times with a different seed each; every sample is scored by a rubric you can edit, and the highest score wins.',
			seed: 8,
			samples: 8,
			preset: 'sensible',
			prompt: 'A language model',
			chat: 'In two or three short sentences, tell a friend what a language model does.',
			lookFor: {
				builtin:
					'The built-in engine continues the last two words, “language model”, with word patterns from these pages, so no sample answers anyone; the rubric still ranks them, and the best reward rises as N grows. Then pick the gameable rubric: the winner becomes the long sample that says “model” most often, a high reward for a worse text, and the winner’s variety in the table is usually lower.',
				model:
					'The samples differ in length, wording and tone, and the winner is the one your checks favour, which need not be the one you would pick. Then pick the gameable rubric: the winner becomes a long reply that repeats “model”, a higher reward for a worse answer, and the winner’s variety in the table is usually lower.'
			}
		},
		{
			kind: 'prompt',
			intro: 'Continue a sentence about how a reward is learned from comparisons.',
			prompt: 'raters compare pairs of replies, a reward model',
			temperature: 0.7,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 5,
			lookFor: {
				builtin:
					'The built-in engine was never post-trained: it only counts which word follows which in these pages, so it continues the words without answering anyone. That gap is what supervised tuning and preference training close in a chat model.',
				model:
					'The model treats the text as a request and replies in tidy sentences: that habit of answering came from post-training, not from pretraining on web text.'
			}
		}
	],
	presenter: {
		points: [
			'Pretraining makes a text predictor; post-training makes it an assistant.',
			'Supervised fine-tuning: example replies teach format and doing what was asked.',
			'Preferences: RLHF trains a reward model and tunes with PPO (InstructGPT, 2022); DPO needs no reward model (2023).',
			'Verifiable rewards: maths and code checked by a program, behind the 2024–25 reasoning models.',
			'Side effects: refusals, less varied replies, worse calibration, sycophancy.',
			'Reward hacking: push hard on a stand-in reward and it pays for the wrong thing (Gao et al., 2022).',
			'Live: best-of-N with a rubric we write, then a rubric that can be gamed.'
		],
		pointAt: {
			builtin:
				'The bars rising with N on the sensible rubric; then the gameable one, where the winner is the long sample that says “model” most often. The built-in engine writes loose text either way, so the rubric alone decides what wins.',
			model:
				'The bars rising with N on the sensible rubric; then the gameable one, where the winner is a long reply that repeats “model” and outscores the plain answers you would rather read.'
		}
	},
	related: ['fine-tuning', 'large-language-models', 'reasoning-models', 'hallucination', 'ethics'],
	usedIn: [
		{
			area: 'operations',
			how: 'Drafting several support replies and letting a scoring rule choose one, with a person checking what the rule rewards.'
		},
		{
			area: 'software',
			how: 'Training coding models on rewards from unit tests that pass or fail.'
		}
	],
	sources: [
		instructGpt,
		dpo,
		{
			title: 'Constitutional AI: Harmlessness from AI Feedback',
			authors: 'Yuntao Bai, Saurav Kadavath, Sandipan Kundu et al.',
			year: 2022,
			url: 'https://arxiv.org/abs/2212.08073',
			kind: 'paper'
		},
		tulu3,
		deepseekR1,
		{
			title: 'Scaling Laws for Reward Model Overoptimization',
			authors: 'Leo Gao, John Schulman, Jacob Hilton',
			year: 2022,
			url: 'https://arxiv.org/abs/2210.10760',
			kind: 'paper'
		},
		{
			title: 'Understanding the Effects of RLHF on LLM Generalisation and Diversity',
			authors: 'Robert Kirk, Ishita Mediratta, Christoforos Nalmpantis et al.',
			year: 2023,
			url: 'https://arxiv.org/abs/2310.06452',
			kind: 'paper'
		},
		{
			title: 'GPT-4 Technical Report',
			authors: 'OpenAI',
			year: 2023,
			url: 'https://arxiv.org/abs/2303.08774',
			kind: 'report'
		},
		{
			title: 'Towards Understanding Sycophancy in Language Models',
			authors: 'Mrinank Sharma, Meg Tong, Tomasz Korbak et al.',
			year: 2023,
			url: 'https://arxiv.org/abs/2310.13548',
			kind: 'paper'
		}
	]
} satisfies Concept;
