// The agent loop as the page holds it: the steps so far (replaced, not mutated, as each one
// completes), the text of the step being written, the outcome, and Stop for the lab frame. The
// loop itself is pure (loop.ts); this only keeps its latest report on screen and drops the
// reports of a run that was stopped or replaced. Two planners feed it: a chat model on the
// engine chosen in the header (chat.ts says what it is sent) and, on the built-in engine, the
// rule-based planner, paced so an audience can follow each step.
import { onDestroy } from 'svelte';
import { classifyEngineError, toRawError, type EngineError } from '$lib/engine/errors';
import type { Engine } from '$lib/engine/types';
import type { Runner } from '../kit/frame';
import { runLoop, type Decide, type LoopSetup, type Outcome, type Step } from './loop';
import { stepRequest } from './chat';
import { planNext, type PlannerMode } from './planner';

/** Between the rule-based planner's steps: instant steps would flash past on a projector. */
export const PLANNER_PACE_MS = 700;

export interface Ran {
	/** Who planned: the model's label, or the rule-based planner's name. */
	planner: string;
	/** The engine chosen when the run started. */
	engine: string;
	budget: number;
}

export class AgentRun implements Runner {
	steps = $state.raw<Step[]>([]);
	/** What the model has written so far in the step under way (empty for the planner). */
	live = $state('');
	outcome = $state.raw<Outcome | null>(null);
	error = $state.raw<EngineError | null>(null);
	ran = $state.raw<Ran | null>(null);
	busy = $state(false);
	#controller: AbortController | undefined;

	async start(
		setup: Omit<LoopSetup, 'signal' | 'onStep' | 'decide'>,
		ran: Ran,
		decide: (live: (text: string) => void) => Decide
	): Promise<void> {
		this.stop();
		const controller = new AbortController();
		this.#controller = controller;
		const mine = () => this.#controller === controller;
		this.steps = [];
		this.live = '';
		this.outcome = null;
		this.error = null;
		this.ran = ran;
		this.busy = true;
		const outcome = await runLoop({
			...setup,
			decide: decide((text) => {
				if (mine()) this.live = text;
			}),
			signal: controller.signal,
			onStep: (steps) => {
				if (!mine()) return;
				this.steps = [...steps];
				this.live = '';
			}
		});
		if (!mine()) return;
		this.steps = outcome.steps;
		this.live = '';
		this.outcome = outcome;
		if (outcome.end === 'failed')
			this.error = classifyEngineError(toRawError(outcome.error), {
				online: globalThis.navigator?.onLine
			});
		this.busy = false;
		this.#controller = undefined;
	}

	stop(): void {
		if (!this.#controller) return;
		this.#controller.abort();
		this.#controller = undefined;
		this.outcome = { end: 'stopped', steps: this.steps };
		this.live = '';
		this.busy = false;
	}

	reset(): void {
		this.stop();
		this.steps = [];
		this.outcome = null;
		this.error = null;
		this.ran = null;
	}
}

/** The run of one lab, stopped when the lab leaves the page. Call while the component starts. */
export function agentRun(): AgentRun {
	const run = new AgentRun();
	onDestroy(() => run.stop());
	return run;
}

/** A chat model plans: each step is one request on the engine, its text streamed to `live`. */
export function modelPlanner(engine: Engine, seed: number) {
	return (live: (text: string) => void): Decide =>
		async (task, steps, signal) => {
			await engine.load();
			let text = '';
			const result = await engine.generate(
				stepRequest(task, steps, seed, engine.info.capabilities),
				(token) => live((text += token.text)),
				signal
			);
			return result.text;
		};
}

/** The rule-based planner (the built-in engine's stand-in for a model). */
export function rulePlanner(mode: PlannerMode) {
	return (): Decide => async (task, steps) => planNext(task, steps, mode);
}

/** Waits `ms`, or less if the run is stopped meanwhile. */
export function pace(ms: number): (signal: AbortSignal) => Promise<void> {
	return (signal) =>
		new Promise((done) => {
			const timer = setTimeout(done, ms);
			signal.addEventListener(
				'abort',
				() => {
					clearTimeout(timer);
					done();
				},
				{ once: true }
			);
		});
}
