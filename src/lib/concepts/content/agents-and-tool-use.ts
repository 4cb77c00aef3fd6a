// Agents and tool use: tool calling, the loop of plan → call → observe, MCP, computer use, and
// what goes wrong (injected instructions in tool results, runaway loops, malformed calls), with
// an agent-loop lab whose calls are validated before anything runs. Written for this app; the
// glossary names agents in one line of its outlook.
import type { Concept } from '../schema';
import { indirectInjection, react } from '../sourcesShared';

export default {
	slug: 'agents-and-tool-use',
	title: 'Agents and tool use',
	group: 'Techniques',
	definition:
		'An agent is a language model run in a loop with tools: at each step it writes a structured request for a tool, the application checks and runs it and hands back the result, and the model plans its next step from that until it can answer.',
	body: `This page goes beyond the glossary the other pages follow: the glossary mentions agents in a line about where the field is heading, and says nothing of how a model uses a tool or what can go wrong when it does.

On its own a language model can only write text. [[Tool calling]], also called function calling, lets that text set something in motion. The application tells the model which tools exist, each with a name, a short description and the arguments it accepts, and the model may then reply with a structured request for one of them instead of prose. The model never runs anything itself: the application reads the request, runs the tool and returns the result as a new message. Toolformer (Schick and colleagues, 2023) showed that a model can learn where a calculator, a search engine or a calendar would help by keeping only the calls that made the following words easier to predict. OpenAI opened function calling to every developer of its API in June 2023, and the other model providers followed.

An agent wraps this in a loop. ReAct (Yao and colleagues, 2022) had a model alternate short written reasoning with actions such as looking up a Wikipedia article: plan a step, call a tool, read what came back, plan again. That [[agent loop]] runs until the model decides it can answer, and a coding assistant that reads files, runs the tests and edits code is the same loop with more tools and more turns. Each turn is a full model call on a prompt that keeps growing, so an agent costs many times what a single answer costs, and a mistake early on is carried through every later step.

For a while every application wired up its tools in its own way. The [[Model Context Protocol]] (MCP), which Anthropic published as an open specification in November 2024, standardises that wiring. Whoever provides a tool writes one MCP server that lists its tools, each with a JSON Schema for its arguments, and answers calls in JSON-RPC messages; any application that speaks the protocol can then offer those tools to its model. OpenAI, Google and Microsoft announced support during 2025, and MCP became the usual way to plug tools into chat assistants and coding tools (as of December 2026).

[[Computer use]] takes the idea to its limit: instead of a list of tools the model is given a screen. It receives screenshots and replies with mouse movements, clicks and keystrokes, so it can operate any program a person can. Anthropic released it as a beta with Claude 3.5 Sonnet in October 2024, and OpenAI's Operator followed in January 2025. Early versions were slow and made mistakes a person would not, and their makers advised keeping a person in charge of anything with consequences (as of December 2026).

Handing a model tools changes what its errors cost:

- **Injected instructions.** A tool's result is text the model reads, and whoever wrote that text can put instructions in it. Greshake and colleagues (2023) showed this [[indirect prompt injection]]: a web page or an email that an assistant retrieves can carry orders that take it over. With tools, a wrong answer becomes a wrong action, such as sending private data away or calling a tool the user never asked for. No wording of the prompt prevents it reliably (see [prompt engineering](/concepts/prompt-engineering)); what limits the damage is giving each tool no more power than the task needs, treating every result as data, and asking a person before any step that cannot be undone.
- **Runaway loops.** A planner that never judges it has enough goes on searching, and every turn costs a model call, time and money; an agent that can write or pay can repeat a mistake many times over. A [[step budget]], with a limit on time or cost, ends the loop whatever the model intends.
- **Malformed calls.** The model writes the call, so it can name a tool that does not exist, leave out an argument or break the JSON. Constrained decoding, where the engine offers it, keeps the output inside the call's schema, but the application must still check every call before running it and refuse what does not fit, with a reason the model can act on.

The lab gives an agent two tools: a search over the paragraphs of these concept pages, through the same index the [RAG](/concepts/rag) lab retrieves from, and a calculator that reads arithmetic with its own small parser and never runs the text as code. Each call is checked against the tools' schema before anything runs, a refused call is shown with its reason, and a step budget ends the run. A downloaded chat model plans by itself, its replies held to the call's outline where the engine can constrain them. The built-in trigram model cannot follow an instruction, so on that engine a small planner made of fixed rules, and labelled as such, writes the calls, and the same checks, tools and budget handle them.`,
	terms: [
		'tool calling',
		'agent loop',
		'Model Context Protocol',
		'computer use',
		'indirect prompt injection',
		'step budget'
	],
	diagram: {
		id: 'agent',
		alt: 'The agent loop: a task goes to a planner (a model, or rules), which writes a JSON call; the call is checked against the schema. A refused call runs nothing and its reason goes back to the planner; a valid call runs its tool, and the observation goes back to the planner. A finish call leaves the loop with the answer, and the step budget caps the number of turns.'
	},
	experiments: [
		{
			kind: 'agent-loop',
			intro:
				'A task for an agent with two tools, a search of these pages and a calculator: each step shows the call that was written, whether it passed the check, and what came back.',
			seed: 1,
			budget: 6,
			task: 'What does the q4f16_1 recipe keep per weight, and what is 4 + 16 / 32?',
			lookFor: {
				builtin:
					'The calls come from fixed rules, not from the trigram model, which cannot plan. The first call searches the pages for the task’s words and finds the quantization page; the second hands 4 + 16 / 32 to the calculator; the third finishes, quoting both. Each call is shown as the JSON it is, with the check under it. Then choose the stuck planner: it searches again and again, and only the step budget stops it.',
				model:
					'Whether each call the model writes is valid JSON naming a real tool: a refused call shows its reason, runs nothing and goes back to the model. Watch whether it uses the calculator for the sum or works it out in its head, and whether it finishes within the budget; small models often search twice for the same thing or answer before they have looked.'
			}
		},
		{
			kind: 'prompt',
			intro: 'Continue a sentence about what an application does with a tool call.',
			prompt: 'The model never runs anything itself: the application',
			temperature: 0.7,
			topK: 40,
			topP: 0.95,
			maxTokens: 40,
			seed: 2,
			lookFor: {
				builtin:
					'The built-in engine continues from the last two words, “the application”, with word patterns from these pages. It cannot write a tool call or follow a format, which is why rules drive it in the agent loop above.',
				model:
					'The model explains or continues the sentence in prose; given a list of tools and told to reply in JSON, as in the agent loop above, the same kind of model writes calls instead.'
			}
		}
	],
	presenter: {
		points: [
			'Tool calling: the model writes a structured request, the application runs the tool (Toolformer, 2023).',
			'The agent loop: plan, call, observe, repeat until it can answer (ReAct, 2022).',
			'MCP (Anthropic, November 2024): one open protocol for offering tools to any assistant; widely adopted in 2025.',
			'Computer use: screenshots in, clicks and keystrokes out (October 2024).',
			'Risks: instructions injected through tool results, runaway loops, malformed calls.',
			'Guards: check every call, give each tool little power, a step budget, a person before anything irreversible.',
			'Live: two tools, every call checked before it runs, every step on screen.'
		],
		pointAt: {
			builtin:
				'Each step’s JSON call with the green check or red refusal under it, then the answer. Say that hand-written rules wrote these calls, since the trigram model cannot plan; then switch to the stuck planner and let the budget end the loop.',
			model:
				'Each step’s JSON call as the model wrote it, the check under it and what the tool returned; point out a repeated search, or a sum worked out without the calculator.'
		}
	},
	related: ['reasoning-models', 'rag', 'prompt-engineering', 'future-directions', 'hallucination'],
	usedIn: [
		{
			area: 'software',
			how: 'Coding assistants that read files, run the tests and edit code in a loop, asking before anything they cannot undo.'
		},
		{
			area: 'operations',
			how: 'A support assistant that looks up an order through one narrow, read-only tool rather than the whole database.'
		}
	],
	sources: [
		react,
		{
			title: 'Toolformer: Language Models Can Teach Themselves to Use Tools',
			authors: 'Timo Schick, Jane Dwivedi-Yu, Roberto Dessì et al.',
			year: 2023,
			url: 'https://arxiv.org/abs/2302.04761',
			kind: 'paper'
		},
		{
			title: 'Function calling and other API updates',
			authors: 'OpenAI',
			year: 2023,
			url: 'https://openai.com/index/function-calling-and-other-api-updates/',
			kind: 'web'
		},
		{
			title: 'Model Context Protocol specification, version 2024-11-05',
			authors: 'Anthropic',
			year: 2024,
			url: 'https://modelcontextprotocol.io/specification/2024-11-05',
			kind: 'web'
		},
		{
			title: 'Introducing the Model Context Protocol',
			authors: 'Anthropic',
			year: 2024,
			url: 'https://www.anthropic.com/news/model-context-protocol',
			kind: 'web'
		},
		{
			title: 'Introducing computer use, a new Claude 3.5 Sonnet, and Claude 3.5 Haiku',
			authors: 'Anthropic',
			year: 2024,
			url: 'https://www.anthropic.com/news/3-5-models-and-computer-use',
			kind: 'web'
		},
		indirectInjection
	]
} satisfies Concept;
