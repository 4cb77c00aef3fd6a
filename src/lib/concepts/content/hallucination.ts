import type { Concept } from '../schema';
import { semanticEntropy, whyHallucinate } from '../sourcesShared';

export default {
	slug: 'hallucination',
	title: 'Hallucination and evaluation',
	group: 'Techniques',
	definition:
		'A hallucination is fluent output that is false or unsupported, stated as if it were fact; evaluation is how we measure how often models get things right, with benchmarks, human ratings and other models as judges.',
	body: `This page goes beyond the glossary the other pages follow: the glossary mentions false output only in passing, and how models are measured not at all.

A language model is trained to continue text plausibly, not to check it. When the training data held a fact many times, the likeliest continuation usually states it. When it did not (a rare name, a made-up person, a paper that was never written), the model still has to put some token next, and the most plausible-sounding one is produced with the same confident tone. That is a [[hallucination]], also called confabulation. Kalai and colleagues (2025) argue it is partly taught: training and most benchmarks reward a guess over "I don't know", as a multiple-choice exam rewards a student who never leaves a blank.

Detecting it without knowing the answer rests on a simple observation: what a model has learned well, it says the same way each time; what it is inventing, it varies. So ask the same question several times at a moderate temperature and compare the answers. This [[self-consistency check]] is the idea behind SelfCheckGPT (Manakul and colleagues, 2023). Farquhar and colleagues (2024) refined it as [[semantic entropy]]: group the answers by meaning (does one imply the other?) and measure how spread the groups are, so "1867" and "born in 1867" count as one answer. A model can still be consistently wrong, so agreement lowers the odds of an invention rather than proving the truth. Retrieval helps from the other side, by putting the facts in the prompt (see [retrieval-augmented generation](/concepts/rag)).

[[Evaluation]] asks the broader question: how good is a model? The main tools:

- Benchmarks: fixed questions with known answers, such as MMLU (2021), with 57 school and university subjects, or TruthfulQA (2022), which asks questions people often answer wrongly. Scores are easy to compare, but the best models now score near the ceiling of many older benchmarks, which then stop telling models apart; harder sets such as Humanity's Last Exam (2025) are written to restore the gap (as of December 2026).
- Contamination: a benchmark's questions published on the web may end up in training data, so a high score can mean the model saw the answers rather than worked them out.
- Human preference: people compare two answers side by side, as in Chatbot Arena.
- A model as judge: a strong model grades answers. It is cheap and agrees with people fairly often, but it favours the first answer shown, longer answers and answers in its own style (Zheng and colleagues, 2023).

No single score says whether a model suits a task; a test set built from the task itself says most.`,
	terms: ['hallucination', 'self-consistency check', 'semantic entropy', 'evaluation'],
	experiments: [
		{
			kind: 'consistency',
			intro:
				'The same question about a real chemist and about one invented for this app, each asked several times with a different seed; the answers are compared to see how much they agree.',
			seed: 3,
			samples: 5,
			lookFor: {
				builtin:
					'Both rows come out the same. The built-in engine reads only the last two words of each question, which are the same for both, and the seeds are shared, so it writes identical answers: its agreement is word statistics and says nothing about who is real. Download a chat model on the Models page to see the signal.',
				model:
					'Compare the two bars: a model that knows Marie Curie tends to give one year again and again, while for the invented chemist it usually offers a different year each time, said just as firmly. High agreement is not proof: a small model can repeat the same wrong year, so check the most common answer too.'
			}
		},
		{
			kind: 'prompt',
			intro: 'Continue a sentence about why models state false things.',
			prompt: 'A language model is trained to continue',
			temperature: 0.9,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 3,
			lookFor: {
				builtin:
					'The built-in engine picks each word from those that followed the same two words in these pages: fluent in places, true only by accident, and nothing in it checks. That is the plainest form of the problem this page is about.',
				model:
					'Run it with a few seeds: the model writes confident sentences each time, and they need not agree. Check any name, date or number it adds.'
			}
		}
	],
	presenter: {
		points: [
			'A model continues text plausibly; nothing in it checks facts.',
			'Rare or invented subjects still get a confident answer.',
			'Training and benchmarks reward guessing over “I don’t know” (Kalai et al., 2025).',
			'Signal: sample several times; scattered answers suggest an invention (SelfCheckGPT 2023, semantic entropy 2024).',
			'Evaluation: benchmarks saturate and leak into training data; model judges have biases.',
			'Live: a real and an invented chemist, five samples each, and how much the answers agree.'
		],
		pointAt: {
			builtin:
				'That the two rows are identical on the built-in engine: it reads the same last two words for both questions, so agreement there reflects word counts, not knowledge.',
			model:
				'The gap between the two bars, then the list of answers for the invented chemist: different years, each stated as a fact.'
		}
	},
	related: ['large-language-models', 'temperature', 'rag', 'ethics', 'foundation-models'],
	usedIn: [
		{
			area: 'science',
			how: 'Checking generated literature summaries for references that do not exist.'
		},
		{ area: 'operations', how: 'Flagging support answers to review when sampled replies disagree.' }
	],
	sources: [
		{
			title: 'Survey of Hallucination in Natural Language Generation',
			authors: 'Ziwei Ji, Nayeon Lee, Rita Frieske et al.',
			year: 2023,
			url: 'https://arxiv.org/abs/2202.03629',
			kind: 'paper'
		},
		whyHallucinate,
		{
			title:
				'SelfCheckGPT: Zero-Resource Black-Box Hallucination Detection for Generative Large Language Models',
			authors: 'Potsawee Manakul, Adian Liusie, Mark J. F. Gales',
			year: 2023,
			url: 'https://arxiv.org/abs/2303.08896',
			kind: 'paper'
		},
		semanticEntropy,
		{
			title: 'Measuring Massive Multitask Language Understanding',
			authors: 'Dan Hendrycks, Collin Burns, Steven Basart et al.',
			year: 2021,
			url: 'https://arxiv.org/abs/2009.03300',
			kind: 'paper'
		},
		{
			title: 'TruthfulQA: Measuring How Models Mimic Human Falsehoods',
			authors: 'Stephanie Lin, Jacob Hilton, Owain Evans',
			year: 2022,
			url: 'https://arxiv.org/abs/2109.07958',
			kind: 'paper'
		},
		{
			title: 'Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena',
			authors: 'Lianmin Zheng, Wei-Lin Chiang, Ying Sheng et al.',
			year: 2023,
			url: 'https://arxiv.org/abs/2306.05685',
			kind: 'paper'
		},
		{
			title: 'Humanity’s Last Exam',
			authors: 'Long Phan, Alice Gatti, Ziwen Han et al.',
			year: 2025,
			url: 'https://arxiv.org/abs/2501.14249',
			kind: 'paper'
		}
	]
} satisfies Concept;
