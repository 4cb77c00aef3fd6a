import type { Concept } from '../schema';

export default {
	slug: 'use-cases',
	title: 'Use cases',
	group: 'Uses',
	definition:
		'Generative AI is used wherever drafting, varying or summarising content takes time: marketing, software, creative work, research, education and everyday business operations.',
	body: `The pattern behind most successful uses is the same: the model produces a first draft quickly, and a person who knows the subject checks, corrects and decides. Where that human review is cheap compared with writing from scratch, generative tools save real time.

**Content creation and marketing.** Product descriptions, campaign copy, social posts and their variants for different audiences; images for mock-ups and ads. [[Personalisation at scale]] means producing a version for each segment or even each reader.

**Software development.** Assistants such as GitHub Copilot, Tabnine and Amazon Q Developer, which absorbed Amazon CodeWhisperer in April 2024, complete lines, write functions from comments, propose tests and explain unfamiliar code (as of November 2026). Generated code still needs review: it can be subtly wrong or insecure.

**Creative industries.** Games have used [[procedural generation]] since the early 1980s, when Rogue built a new dungeon for every game and Elite packed whole galaxies into a few kilobytes; those systems run on hand-written rules and random seeds. Generative models extend the idea by learning from examples instead of rules: textures or level layouts in the style of existing ones, or lines of dialogue written for a character on demand. Film and animation use them for storyboards and concept art; musicians try melodies and arrangements; fashion designers generate patterns and mock-ups.

**Scientific research.** Generative models propose candidate molecules and protein structures, suggest materials with desired properties, help with literature reviews, and produce [[synthetic data]]: invented records that keep the statistics of real ones, used for training when real examples are too few or may not be shared.

**Education and training.** Personalised explanations, tutoring dialogues, translated and localised material, and fresh practice questions for each learner.

**Business operations.** Meeting summaries, report drafts, support replies, contract templates and process documentation.

Each concept page in this app lists where its idea shows up in these areas.`,
	terms: ['personalisation at scale', 'procedural generation', 'synthetic data'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about how generated drafts are used.',
			prompt: 'The model produces a',
			temperature: 0.7,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 77,
			lookFor: 'Treat the result as a first draft: what would you need to check before using it?'
		},
		{
			kind: 'use-cases',
			intro:
				'A ready brief for each area above: pick one, change the details to your own, and run it on the engine you chose.',
			seed: 15,
			lookFor: {
				builtin:
					'The built-in trigram model only continues the last two words of the brief, so its answer ignores the task: that is what a model without instruction tuning does with a request. Choose a downloaded chat model with the Engine button to get a real first draft, then ask what a person would have to check before using it.',
				model:
					'A first draft from the model you chose. Read it as its reviewer: which facts did the model add that the brief never gave, and what would you correct before sending it?'
			}
		},
		{
			kind: 'structured-output',
			intro:
				'Software that uses a model’s answer needs fields it can read, not prose: ask for a glossary card as JSON that follows a schema, then check it.',
			term: 'retrieval-augmented generation',
			seed: 8,
			lookFor: {
				builtin:
					'The built-in trigram model cannot follow a schema and writes no JSON, so the check fails at the first character: an honest result, and the reason constrained decoding exists. A downloaded chat model receives the schema and WebLLM lets it write only tokens that fit.',
				model:
					'With the schema the answer parses and has the four fields unless it reaches the token limit first (the check then says it is cut off); what the grammar cannot guarantee is that the definition is true. Try a term the model is unlikely to know.'
			}
		}
	],
	presenter: {
		points: [
			'Draft fast, review by a person who knows the subject.',
			'Six areas: content, software, creative, science, education, operations.',
			'Procedural generation is old and rule-based; generative models learn the rules from examples.',
			'Value depends on how cheap the review is.',
			'Live: one editable template per business area, and a glossary card as JSON checked against its schema.'
		],
		pointAt: 'Ask the audience which of the six areas touches their job.'
	},
	related: ['generative-ai', 'economic-impact', 'ethics', 'rag', 'prompt-engineering'],
	usedIn: [
		{ area: 'content', how: 'Copy, images and personalised variants.' },
		{ area: 'software', how: 'Completion, generation, tests and documentation.' },
		{ area: 'creative', how: 'Procedural content, storyboards, music and fashion mock-ups.' },
		{ area: 'science', how: 'Molecules, materials, literature and synthetic data.' },
		{ area: 'education', how: 'Tutoring, localisation and assessments.' },
		{ area: 'operations', how: 'Reports, summaries, support and legal drafts.' }
	],
	sources: [
		{
			title: 'Evaluating Large Language Models Trained on Code',
			authors: 'Mark Chen, Jerry Tworek, Heewoo Jun et al.',
			year: 2021,
			url: 'https://arxiv.org/abs/2107.03374',
			kind: 'paper'
		},
		{
			title: 'Amazon Q Developer rename: summary of changes',
			authors: 'Amazon Web Services',
			year: 2024,
			url: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/service-rename.html',
			kind: 'web'
		},
		{
			title: 'Procedural Content Generation via Machine Learning (PCGML)',
			authors: 'Adam Summerville, Sam Snodgrass, Matthew Guzdial et al.',
			year: 2018,
			url: 'https://arxiv.org/abs/1702.00539',
			kind: 'paper'
		},
		{
			title:
				'Experimental evidence on the productivity effects of generative artificial intelligence',
			authors: 'Shakked Noy, Whitney Zhang',
			year: 2023,
			url: 'https://doi.org/10.1126/science.adh2586',
			kind: 'paper'
		}
	]
} satisfies Concept;
