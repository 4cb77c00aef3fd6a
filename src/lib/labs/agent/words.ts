// The agent lab's own words, as data so the own-words spec (labs/ownWords.spec.ts) reads them.
// Who wrote each call is named every time: on the built-in engine a planner made of rules, on a
// downloaded model the model itself; a reader must never take the rules for a model's decisions.
import type { PlannerMode } from './planner';

export const agentWords = {
	heading: 'An agent loop: plan, call a tool, observe',
	task: 'The task',
	budget: 'Step budget',
	planner: 'The rule-based planner',
	planners: {
		sensible: 'Sensible: search, calculate, then finish',
		stuck: 'Stuck: searches again and never finishes'
	} satisfies Record<PlannerMode, string>,
	run: 'Run the agent',
	noTask: 'Type a task first.',

	ruleBased: 'Rule-based planner, not a model.',
	ruleBasedWhy: (engine: string, rules: boolean) =>
		`${engine} ${rules ? 'answers by matching keywords against its own hand-written rules and cannot write a tool call' : 'only continues text from its last two words and cannot follow instructions'}, so here a few fixed rules, written by hand, choose each call: search the pages for the task’s words, work out any arithmetic in it, then finish. The calls go through the same validator, tools and step budget a model’s would. Choose a downloaded chat model in the header to let a model plan.`,
	constrained: 'Constrained JSON:',
	constrainedHow: (engine: string) =>
		`${engine} receives the call’s JSON Schema with each step, and WebLLM turns it into a grammar, so each reply has the outline of a call. It is still checked before anything runs: the grammar does not know which arguments go with which tool.`,
	unconstrained: 'Not constrained:',
	unconstrainedWhy: (engine: string) =>
		`${engine} cannot follow a schema, so it writes its calls freely; each one is checked before anything runs, and a malformed call is refused and sent back.`,
	toolsHeading: 'The tools and the one reply allowed',
	toolsNote:
		'A reply must be one JSON object, {"name": …, "arguments": {…}}, naming one of these with exactly its arguments, all text. Anything else is refused and nothing runs.',
	sentHeading: 'What the model is told first',

	waiting: (step: number, planner: string) => `Step ${step}: waiting for ${planner}…`,
	steps: (n: number, budget: number) => `Steps taken: ${n} of ${budget}`,
	stepHeading: (n: number) => `Step ${n}`,
	wrote: (who: string) => `${who} wrote:`,
	plannerName: 'The rule-based planner',
	valid: (tool: string) => `✓ Valid call to ${tool}; it ran.`,
	finishValid: '✓ Valid call to finish: the loop ends here.',
	refused: '✗ Refused, nothing ran:',
	observation: 'What came back:',
	noHits: 'No paragraph matched.',
	openPage: (title: string) => `${title} (open the page)`,

	answerHeading: (step: number) => `The answer (finish, step ${step})`,
	budgetSpent: (n: number) =>
		`Step budget spent: ${n} ${n === 1 ? 'step' : 'steps'} and no finish call, so the loop was ended without an answer. A budget is what stops a planner that would otherwise go on calling tools for ever.`,
	stopped: 'Stopped. The steps so far stay on screen.',
	failed: 'The engine failed during this step:',
	done: (n: number, engine: string) => `Done in ${n} ${n === 1 ? 'step' : 'steps'} on ${engine}.`,

	plannerFound: (title: string, sentence: string) => `The page “${title}” says: ${sentence}`,
	plannerNothing: (query: string) => `The pages have no paragraph with the words “${query}”.`,
	plannerEmpty:
		'The task has nothing to search for and no arithmetic, so there is nothing to report.'
};
