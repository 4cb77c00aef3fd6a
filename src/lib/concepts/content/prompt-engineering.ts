import type { Concept } from '../schema';
import { indirectInjection } from '../sourcesShared';

export default {
	slug: 'prompt-engineering',
	title: 'Prompt engineering',
	group: 'Techniques',
	definition:
		'Prompt engineering is the practice of writing a model’s input, its instructions, context and examples, so that it produces the output you actually want.',
	body: `A language model continues whatever text it is given, so the text you give it is the main lever you have. Prompt engineering is the craft of pulling that lever well. It started as a bag of tricks for early models that needed elaborate wording, and has turned into something closer to clear briefing as models learned to follow instructions.

Most good prompts contain some of these parts:

- A [[system prompt]] that sets the role and the rules: who the assistant is, what tone to use, what to refuse.
- The task, stated plainly, including the audience and the purpose.
- Context the model cannot know: the document to summarise, the data, the constraints.
- The expected [[output format]]: a list, a table, JSON with named fields, a word limit.
- Optionally a few worked examples ([few-shot](/concepts/few-shot-learning)).

These parts are not one author's taste: The Prompt Report (Schulhoff and colleagues, 2024), a systematic survey of the prompting literature, catalogues 58 text prompting techniques, and instructions, context, output format and examples are the components that recur across them.

Small changes can move results a lot, so prompt work is empirical: keep a set of test inputs, change one thing at a time, and compare. Asking the model to reason before answering ([chain-of-thought](/concepts/chain-of-thought)) helps on multi-step problems; splitting a big job into a chain of smaller prompts helps almost everywhere.

Prompts also do not carry over cleanly from one model to another. Wording tuned for one model can do worse on a different one, or on the next version of the same one, and in published tests even changes of spacing or separators have moved accuracy by tens of percentage points (Sclar and colleagues, 2023). Re-run the test set whenever the model changes.

Prompts are also an attack surface, in two distinct ways. A [[jailbreak]] is the user attacking the model: wording crafted to talk it out of its safety training, for example by role-play. [[Prompt injection]] is an attack on an application built around a model: instructions hidden in content the model reads, such as a web page, an email or a document, that try to override what the developer and the user asked for. Injection is the harder problem, because the model receives trusted instructions and untrusted data as one stream of tokens. Treat anything a model reads as untrusted, and never give a model's output more authority than its weakest input deserves.`,
	terms: ['system prompt', 'output format', 'prompt injection', 'jailbreak'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Same engine, a prompt that sets up the answer: see how the start steers the rest.',
			prompt: 'Most good prompts contain',
			temperature: 0.6,
			topK: 30,
			topP: 0.9,
			maxTokens: 40,
			seed: 4,
			lookFor:
				'Change the prompt’s last words and run again: the built-in model only sees the last two, a neural model sees all of them.'
		},
		{
			kind: 'prompt-compare',
			intro:
				'Two prompts for the same job, sent one after the other to the same engine with the same seed and settings: only the wording differs.',
			task: 'a product description',
			vague: 'Write something about our new note app',
			clear:
				'You are a copywriter for a small software company. Write a product description of NoteNest, a note-taking app that works offline and syncs between phone and laptop, for busy students. Use at most 60 words and avoid technical terms. Format: a headline, then three bullet points. Match the tone of this example: “Your notes, on every device.” Start your answer with the headline:',
			seed: 9,
			lookFor: {
				builtin:
					'The built-in trigram model reads only the last two words of each prompt, so neither side follows the brief: the checklist cannot help a model that counts word pairs. A downloaded chat model reads the whole prompt; choose one with the Engine button to see the clear side keep the length, the audience and the format.',
				model:
					'Same model, same seed, same settings: the difference comes from the wording. Hold the clear side to its own checklist: a headline, three bullets, at most 60 words, no jargon. Then delete one line of the clear prompt and run again.'
			}
		}
	],
	presenter: {
		points: [
			'The prompt is the main lever: role, task, context, format, examples.',
			'Treat prompting as an experiment: one change at a time, fixed test inputs.',
			'Prompts are model-specific: re-test when the model changes.',
			'Jailbreak: the user attacks the model. Injection: content attacks the application.',
			'Live: a vague and a clear prompt, same engine and seed, with a checklist of the parts that differ.'
		],
		pointAt: 'The prompt and parameters shown above the output.'
	},
	related: [
		'few-shot-learning',
		'chain-of-thought',
		'temperature',
		'rag',
		'ethics',
		'agents-and-tool-use'
	],
	usedIn: [
		{ area: 'content', how: 'Briefs for marketing drafts in a brand voice.' },
		{ area: 'operations', how: 'Templates for reports, replies and meeting summaries.' },
		{ area: 'software', how: 'Describing a function precisely enough to generate it.' }
	],
	sources: [
		{
			title: 'The Prompt Report: A Systematic Survey of Prompt Engineering Techniques',
			authors: 'Sander Schulhoff, Michael Ilie, Nishant Balepur et al.',
			year: 2024,
			url: 'https://arxiv.org/abs/2406.06608',
			kind: 'paper'
		},
		{
			title: 'Ignore Previous Prompt: Attack Techniques For Language Models',
			authors: 'Fábio Perez, Ian Ribeiro',
			year: 2022,
			url: 'https://arxiv.org/abs/2211.09527',
			kind: 'paper'
		},
		indirectInjection,
		{
			title: 'Jailbroken: How Does LLM Safety Training Fail?',
			authors: 'Alexander Wei, Nika Haghtalab, Jacob Steinhardt',
			year: 2023,
			url: 'https://arxiv.org/abs/2307.02483',
			kind: 'paper'
		},
		{
			title:
				'Quantifying Language Models’ Sensitivity to Spurious Features in Prompt Design or: How I learned to start worrying about prompt formatting',
			authors: 'Melanie Sclar, Yejin Choi, Yulia Tsvetkov, Alane Suhr',
			year: 2023,
			url: 'https://arxiv.org/abs/2310.11324',
			kind: 'paper'
		}
	]
} satisfies Concept;
