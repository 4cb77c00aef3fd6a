import type { Concept } from '../schema';

export default {
	slug: 'economic-impact',
	title: 'Economic impact',
	group: 'Uses',
	definition:
		'Generative AI changes the cost of producing text, images and code, which shifts productivity, business models, jobs and questions of who owns what is made.',
	body: `When something that used to take hours can be drafted in seconds, the economics of the work around it change. Early studies of customer support agents, consultants and programmers using AI assistants found sizeable productivity gains on suitable tasks, often largest for less experienced workers, and sometimes losses on tasks just outside what the tools do well.

New business models appear around the technology: [[AI-as-a-service]], where companies pay per token or per request to use a hosted model; platforms that generate content on demand; and tools that wrap a general model for a particular profession. Running models on the user's own device, as this app does, is another model again: no per-request cost and no data leaving the machine.

Effects on work are mixed and depend on the task rather than the job title:

- Some tasks are [[automated]], done by the model with little human input.
- Many are [[augmented]]: a person does them faster or better with a model's help.
- New roles appear around supervising, evaluating and directing AI systems.

Intellectual property is the unsettled part. Who owns an image a model made from a prompt? Was training on copyrighted books and pictures allowed? Courts and legislators in several countries are deciding these questions now, and their answers will shape what can be built and sold. See [regulation](/concepts/regulation) and [ethics](/concepts/ethics) for the rules and concerns involved.`,
	terms: ['AI-as-a-service', 'automated', 'augmented'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about how work changes.',
			prompt: 'Effects on work are',
			temperature: 0.7,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 2025,
			lookFor:
				'Notice that the run cost nothing and sent nothing anywhere: a different economic model from paying per token.'
		}
	],
	presenter: {
		points: [
			'Cheaper drafts change the economics around them.',
			'Automate some tasks, augment many, create new roles.',
			'Copyright questions are still being decided.'
		],
		pointAt: 'The per-message stats: tokens generated locally, no server bill.'
	},
	related: ['use-cases', 'regulation', 'ethics', 'future-directions'],
	usedIn: [
		{ area: 'operations', how: 'Cost and staffing decisions around AI-assisted work.' },
		{ area: 'content', how: 'Content platforms built on generation on demand.' }
	]
} satisfies Concept;
