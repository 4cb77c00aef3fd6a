// The agent loop, with nothing of the browser in it: a planner (a chat model, or the rule-based
// planner on the built-in engine) writes one tool call per step; the call is validated; a valid
// call runs and its observation goes back to the planner on the next step; a refused call runs
// nothing, and the refusal goes back instead, so the planner can mend it. A `finish` call ends
// the run with its answer. The step budget is the guard against a planner that never finishes
// (a runaway loop costs a model call per step): once it is spent the loop stops, answer or not.
// Every step is reported as it completes, so the page shows each one.
import { validateCall, type Validation } from './toolCall';
import { FINISH, runTool, toolSpecs, type Observation, type SearchFn } from './tools';

export interface Step {
	/** 1 for the first step. */
	n: number;
	/** What the planner wrote, exactly (shown as text, never as markup). */
	raw: string;
	verdict: Validation;
	/** What the tool gave back; none for a refused call or for `finish`. */
	observation?: Observation;
}

export type End = 'answered' | 'budget' | 'stopped' | 'failed';

export interface Outcome {
	end: End;
	steps: Step[];
	/** The `finish` call's answer. */
	answer?: string;
	/** What made the planner fail (an engine error), for the page to word. */
	error?: unknown;
}

/** The planner: the task and the steps so far in, the next call's text out. */
export type Decide = (task: string, steps: readonly Step[], signal: AbortSignal) => Promise<string>;

export interface LoopSetup {
	task: string;
	/** Most steps the loop takes, `finish` included. */
	budget: number;
	decide: Decide;
	search: SearchFn;
	signal: AbortSignal;
	/** Called with every step list as a step completes. */
	onStep?: (steps: readonly Step[]) => void;
	/** Waits before each step after the first (the built-in path's pace); none by default. */
	pause?: (signal: AbortSignal) => Promise<void>;
}

export async function runLoop(setup: LoopSetup): Promise<Outcome> {
	const { task, budget, decide, search, signal, onStep, pause } = setup;
	const steps: Step[] = [];
	const stopped = (): Outcome => ({ end: 'stopped', steps });
	for (let n = 1; n <= budget; n++) {
		if (n > 1 && pause) await pause(signal);
		if (signal.aborted) return stopped();
		let raw: string;
		try {
			raw = await decide(task, steps, signal);
		} catch (error) {
			return signal.aborted ? stopped() : { end: 'failed', steps, error };
		}
		if (signal.aborted) return stopped();
		const verdict = validateCall(raw, toolSpecs);
		const step: Step = { n, raw, verdict };
		if (verdict.ok && verdict.call.name === FINISH) {
			steps.push(step);
			onStep?.([...steps]);
			return { end: 'answered', steps, answer: verdict.call.arguments.answer! };
		}
		if (verdict.ok) {
			try {
				step.observation = await runTool(verdict.call, search);
			} catch (e) {
				step.observation = {
					tool: 'error',
					text: `The tool failed: ${e instanceof Error ? e.message : String(e)}`
				};
			}
			if (signal.aborted) return stopped();
		}
		steps.push(step);
		onStep?.([...steps]);
	}
	return { end: 'budget', steps };
}

/** What the planner reads back after a step: the tool's result, or why nothing ran. */
export function feedback(step: Step): string {
	if (!step.verdict.ok)
		return `Refused, nothing ran: ${step.verdict.message} Reply with one tool call as JSON.`;
	return `Result of ${step.verdict.call.name}:\n${step.observation?.text ?? ''}`;
}
