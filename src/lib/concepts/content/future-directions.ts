import type { Concept } from '../schema';

export default {
	slug: 'future-directions',
	title: 'Future directions',
	group: 'Context',
	definition:
		'The field is moving towards models that handle every medium at once, act on their own over many steps, specialise in professions, cost less to run, and respond in real time.',
	body: `Predictions in this field age quickly, but several directions are already visible in research and products.

- **Multimodal integration.** Instead of separate systems for text, images, audio and video, a single [[multimodal]] model reads and produces all of them, so you can show it a chart and ask for a spoken summary, or describe a scene and get a video.
- **Agentic capabilities.** An [[agent]] is a model that plans and takes actions, such as searching, running code, filling forms or calling other programs, in a loop until a goal is met. Agents can carry out multi-step work like research reports, but they also raise questions of control: what may an agent do without asking?
- **Specialised vertical models.** Models trained or adapted for medicine, law or engineering, with deeper domain knowledge and the safeguards those professions require.
- **Efficiency.** Better architectures, [[distillation]] (training a small model to imitate a large one), quantization and dedicated chips cut the cost per token. Capable models that run on a phone or a laptop, like the ones this app downloads, are one result.
- **Real-time interaction.** Generation fast enough to follow a conversation, a drawing or a game as it happens, which turns the model into a collaborator rather than a vending machine.

Underneath all of these sit open questions that earlier pages raise: whether [scaling laws](/concepts/scaling-laws) keep holding as good data runs out, how to make outputs verifiable, and how [regulation](/concepts/regulation) and [ethics](/concepts/ethics) keep pace.`,
	terms: ['multimodal', 'agent', 'distillation'],
	experiments: [
		{
			kind: 'prompt',
			intro: 'Continue a sentence about where things are heading.',
			prompt: 'An agent is a',
			temperature: 0.8,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 2030,
			lookFor:
				'The model running here is itself a sign of the efficiency trend: no data centre involved.'
		}
	],
	presenter: {
		points: [
			'One model for every medium.',
			'Agents act, not just answer: control becomes the question.',
			'Smaller, cheaper, local: the efficiency curve.'
		],
		pointAt: 'The WebGPU status on the start page: a model on this laptop.'
	},
	related: ['scaling-laws', 'history', 'regulation', 'ethics', 'economic-impact'],
	usedIn: [
		{ area: 'software', how: 'Coding agents that plan, edit and test across a project.' },
		{ area: 'science', how: 'Agents that search literature and run analyses.' }
	]
} satisfies Concept;
