import type { Concept } from '../schema';
import { deepseekR1, react, testTimeCompute } from '../sourcesShared';

export default {
	slug: 'future-directions',
	title: 'Future directions',
	group: 'Context',
	definition:
		'The field is moving towards models that handle every medium at once, reason before answering, act on their own over many steps, specialise in professions, cost less to run, and respond in real time.',
	body: `Predictions in this field age quickly, but several directions are already visible in research and products (as of November 2026).

- **One model for every medium.** Instead of separate systems for text, images, audio and video, a single [[multimodal]] model reads and produces all of them, so you can show it a chart and ask for a spoken summary, or describe a scene and get a video.
- **Reasoning and test-time compute.** Models trained to work through a problem at length before answering, spending more computation per question rather than more parameters, have raised results in mathematics, science and programming since 2024 (see [reasoning models](/concepts/reasoning-models)). How far this kind of scaling goes, and at what cost per answer, is an open question (as of November 2026).
- **Models that act.** An [[agent]] is a model that plans and takes actions, such as searching, running code, filling forms or calling other programs, in a loop until a goal is met. Agents can carry out multi-step work like research reports, but they also raise questions of control: what may an agent do without asking? See [agents and tool use](/concepts/agents-and-tool-use) for how the loop works and where it breaks.
- **Open-weight models.** An [[open-weight model]] is published with its trained parameters, so anyone can run, study and fine-tune it on their own hardware; Llama, Qwen, Gemma, Mistral and DeepSeek models are examples, and every model this app downloads is one. Stanford's 2026 AI Index finds the best open-weight models close behind the best closed ones on public benchmarks, and the leading models of all kinds bunched within a few points of one another (as of December 2026). Once released, though, such a model cannot be recalled and its safeguards can be removed.
- **Specialised vertical models.** Models trained or adapted for medicine, law or engineering, with deeper domain knowledge and the safeguards those professions require.
- **Efficiency.** Better architectures, [[distillation]] (training a small model to imitate a large one), quantization and dedicated chips cut the cost per token. Capable models that run on a phone or a laptop, like the ones this app downloads, are one result.
- **Real-time interaction.** Generation fast enough to follow a conversation, a drawing or a game as it happens, so that a person can steer the output while it is being made instead of waiting for a finished result.

Underneath all of these sit open questions that earlier pages raise: whether [scaling laws](/concepts/scaling-laws) keep holding as good data runs out, how to make outputs verifiable, and how [regulation](/concepts/regulation) and [ethics](/concepts/ethics) keep pace.`,
	terms: ['multimodal', 'agent', 'distillation', 'open-weight model'],
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
			lookFor: {
				builtin:
					'The built-in engine is a 1990s-style counting model, not part of the efficiency trend; choose a downloaded model to see a neural network running on this device with no data centre involved.',
				model:
					'The model running here is itself a sign of the efficiency trend: an open-weight network on this device, with no data centre involved.'
			}
		}
	],
	presenter: {
		points: [
			'One model for every medium.',
			'Reasoning models: more thinking per answer instead of more parameters.',
			'Agents act, not just answer: control becomes the question.',
			'Open weights: anyone can run and adapt them, and no one can recall them.',
			'Smaller, cheaper, local: the efficiency curve.'
		],
		pointAt: 'The WebGPU status on the start page: a model on this laptop.'
	},
	related: [
		'agents-and-tool-use',
		'scaling-laws',
		'history',
		'regulation',
		'ethics',
		'economic-impact'
	],
	usedIn: [
		{ area: 'software', how: 'Coding agents that plan, edit and test across a project.' },
		{ area: 'science', how: 'Agents that search literature and run analyses.' }
	],
	sources: [
		react,
		testTimeCompute,
		deepseekR1,
		{
			title: 'Distilling the Knowledge in a Neural Network',
			authors: 'Geoffrey Hinton, Oriol Vinyals, Jeff Dean',
			year: 2015,
			url: 'https://arxiv.org/abs/1503.02531',
			kind: 'paper'
		},
		{
			title: 'The 2026 AI Index Report',
			authors: 'Stanford Institute for Human-Centered Artificial Intelligence',
			year: 2026,
			url: 'https://hai.stanford.edu/ai-index/2026-ai-index-report',
			kind: 'report'
		}
	]
} satisfies Concept;
