import type { Concept } from '../schema';

export default {
	slug: 'economic-impact',
	title: 'Economic impact',
	group: 'Uses',
	definition:
		'Generative AI changes the cost of producing text, images and code, which shifts productivity, business models, jobs and questions of who owns what is made.',
	body: `When something that used to take hours can be drafted in seconds, the economics of the work around it change. How much, and for whom, is still being measured, and the evidence points both ways:

- In a firm with more than 5,000 customer-support agents, an AI assistant raised the number of issues resolved per hour by 15 percent on average and by about 30 percent for the least experienced agents, with little gain for the most skilled (Brynjolfsson, Li and Raymond, published 2025).
- In a writing experiment, professionals with access to ChatGPT finished their tasks about 40 percent faster, and graders rated the results higher (Noy and Zhang, 2023).
- Management consultants using GPT-4 did better on most tasks, but on one task chosen to lie just outside what the model did well, they were less often right than colleagues working without it (Dell'Acqua and colleagues, 2023).
- In a randomised trial published in 2025, 16 experienced open-source developers, working on 246 tasks in large projects they knew well, took 19 percent longer with AI tools than without, although they believed the tools had sped them up (METR). Sixteen people is a small sample, so the result is a warning rather than a general law.

The gains tend to be largest for newcomers and for well-defined tasks, and smallest, or negative, for experts working at the edge of what the tools can do.

New business models appear around the technology: [[AI-as-a-service]], where companies pay per token or per request to use a hosted model; platforms that generate content on demand; and tools that wrap a general model for a particular profession. Open-weight models, run on a company's own servers, are another: the cost moves from a price per request to hardware and staff.

Effects on work are mixed and depend on the task rather than the job title. A task is [[automated]] when the model does it well enough on its own, so fewer people are needed for it; it is [[augmented]] when a person still does it, faster or better, with the model as a tool. Most jobs are a bundle of both: one study matching occupations' task lists against model abilities estimated that about 80 percent of US workers have at least a tenth of their tasks exposed to language models, and about 19 percent at least half (Eloundou and colleagues, 2023). Checking, correcting and steering model output is itself becoming part of many jobs.

Intellectual property is the unsettled part. Who owns an image a model made from a prompt? Was training on copyrighted books and pictures allowed? In the United States, a federal judge ruled in June 2025 (Bartz v. Anthropic) that training on lawfully bought books was fair use but that building a library of pirated copies was not, and the case ended in a $1.5 billion settlement; other courts and countries may decide differently, and many cases are still open (as of November 2026). See [regulation](/concepts/regulation) and [ethics](/concepts/ethics) for the rules and concerns involved.`,
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
				'The continuation sounds sure of itself but measures nothing: set it beside the studies above, each of which holds for one setting (one firm, one task, sixteen developers).'
		},
		{
			kind: 'session-cost',
			intro:
				'Everything this tab has generated so far, turned into operations, energy under assumptions you can change, and what the same tokens would cost at an API, beside published training figures.',
			watts: 30,
			gflopsPerJoule: 500,
			seed: 2020,
			lookFor: {
				builtin:
					'The trigram model has no weights to multiply, so its operations stay blank; its energy is only the seconds it spent times the power you set.',
				model:
					'Operations grow with the model’s size times the tokens; even a long session is many orders of magnitude below one training run.'
			}
		}
	],
	presenter: {
		points: [
			'Cheaper drafts change the economics around them.',
			'Evidence both ways: large gains for novices and routine work, losses outside the tool’s strengths, slower experts in one 2025 trial.',
			'Jobs are bundles of tasks: a model takes over some and assists with others, and checking its output becomes work of its own.',
			'Copyright questions are still being decided.',
			'Lab: this tab’s own tokens as operations, watt-hours and API dollars, beside one training run.'
		],
		pointAt:
			'The size of each study: one firm, one writing task, one consultancy, sixteen developers.'
	},
	related: ['use-cases', 'regulation', 'ethics', 'future-directions'],
	usedIn: [
		{ area: 'operations', how: 'Cost and staffing decisions around AI-assisted work.' },
		{ area: 'content', how: 'Content platforms built on generation on demand.' }
	],
	sources: [
		{
			title: 'Generative AI at Work',
			authors: 'Erik Brynjolfsson, Danielle Li, Lindsey R. Raymond',
			year: 2025,
			url: 'https://doi.org/10.1093/qje/qjae044',
			kind: 'paper'
		},
		{
			title:
				'GPTs are GPTs: An Early Look at the Labor Market Impact Potential of Large Language Models',
			authors: 'Tyna Eloundou, Sam Manning, Pamela Mishkin, Daniel Rock',
			year: 2023,
			url: 'https://arxiv.org/abs/2303.10130',
			kind: 'paper'
		},
		{
			title:
				'Experimental evidence on the productivity effects of generative artificial intelligence',
			authors: 'Shakked Noy, Whitney Zhang',
			year: 2023,
			url: 'https://doi.org/10.1126/science.adh2586',
			kind: 'paper'
		},
		{
			title:
				'Navigating the Jagged Technological Frontier: Field Experimental Evidence of the Effects of AI on Knowledge Worker Productivity and Quality',
			authors: 'Fabrizio Dell’Acqua, Edward McFowland III, Ethan Mollick et al.',
			year: 2023,
			url: 'https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4573321',
			kind: 'paper'
		},
		{
			title:
				'Measuring the Impact of Early-2025 AI on Experienced Open-Source Developer Productivity',
			authors: 'Joel Becker, Nate Rush, Elizabeth Barnes, David Rein',
			year: 2025,
			url: 'https://arxiv.org/abs/2507.09089',
			kind: 'paper'
		}
	]
} satisfies Concept;
