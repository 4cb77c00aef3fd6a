import type { Concept } from '../schema';

export default {
	slug: 'use-cases',
	title: 'Use cases',
	group: 'Uses',
	definition:
		'Generative AI is used wherever drafting, varying or summarising content takes time: marketing, software, creative work, research, education and everyday business operations.',
	body: `The pattern behind most successful uses is the same: the model produces a first draft quickly, and a person who knows the subject checks, corrects and decides. Where that human review is cheap compared with writing from scratch, generative tools save real time.

**Content creation and marketing.** Product descriptions, campaign copy, social posts and their variants for different audiences; images for mock-ups and ads. [[Personalisation at scale]] means producing a version for each segment or even each reader.

**Software development.** Assistants such as GitHub Copilot, Amazon CodeWhisperer and Tabnine complete lines, write functions from comments, propose tests and explain unfamiliar code. Generated code still needs review: it can be subtly wrong or insecure.

**Creative industries.** Games use [[procedural generation]] for levels, textures and dialogue. Film and animation use it for storyboards and concept art; musicians try melodies and arrangements; fashion designers generate patterns and mock-ups.

**Scientific research.** Generative models propose candidate molecules and protein structures, suggest materials with desired properties, help with literature reviews, and create [[synthetic data]] where real data is scarce or private.

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
		}
	],
	presenter: {
		points: [
			'Draft fast, review by a person who knows the subject.',
			'Six areas: content, software, creative, science, education, operations.',
			'Value depends on how cheap the review is.'
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
	]
} satisfies Concept;
