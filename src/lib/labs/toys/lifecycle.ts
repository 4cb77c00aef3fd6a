// The training loop's rules as a pure state machine: what Train, Pause, Reset and the loop's own
// results (a model built, a frame of steps done, an error) do to the state, and which work that
// asks for. Why a machine: pressing the three buttons fast showed "Cannot read properties of
// undefined (reading 'backend')" (a frame read a tensor that Reset had just freed) and a Reset
// during start-up did not stop training (the start finished and set "running" anyway). Here every
// piece of work carries the generation it was started for, Reset and a backend change start a new
// one, and a result of an older generation changes nothing, so any order of events ends in a
// state the page can show (lifecycle.spec.ts tries random orders).
import type { ToyProblem } from './problems';

export interface Lifecycle {
	/** Bumped whenever the model is thrown away; work started for an older one is ignored. */
	generation: number;
	/** What the visitor asked for last. */
	want: 'train' | 'stop';
	/** This generation's model: not asked for yet, being built (the backend starting), or ready. */
	model: 'none' | 'building' | 'ready';
	step: number;
	/** Steps left of a counted run ("Train 200 steps", "One step"); null when training freely. */
	remaining: number | null;
	problem: ToyProblem | null;
}

export type LoopEvent =
	| { type: 'train'; steps?: number }
	| { type: 'pause' }
	| { type: 'reset' }
	/** The views want the model (a reset, a setting changed): build it if there is none. */
	| { type: 'prepare'; view: boolean }
	| { type: 'built'; generation: number }
	| { type: 'stepped'; generation: number; steps: number }
	| { type: 'failed'; generation: number; problem: ToyProblem }
	/** The GPU is gone (device lost, WebGPU failed): start again on the CPU from step 0. */
	| { type: 'fell-back' };

/**
 * Work the shell does for a transition, in this order. 'dispose' frees the model after the work
 * already queued; 'clear' empties the loss history; 'build' makes a model for the new generation;
 * 'frame' asks for the next frame of steps; 'view' renders the views once.
 */
export type Effect = 'dispose' | 'clear' | 'build' | 'frame' | 'view';

export type Phase = 'idle' | 'starting' | 'running' | 'paused' | 'failed';

export const initialLifecycle: Lifecycle = {
	generation: 0,
	want: 'stop',
	model: 'none',
	step: 0,
	remaining: null,
	problem: null
};

export function phaseOf(s: Lifecycle): Phase {
	if (s.problem) return 'failed';
	if (s.want === 'train') return s.model === 'ready' ? 'running' : 'starting';
	return s.step > 0 ? 'paused' : 'idle';
}

/** A fresh model from the seed: everything of the old one goes. */
function fresh(s: Lifecycle): Lifecycle {
	return {
		...s,
		generation: s.generation + 1,
		model: 'none',
		step: 0,
		remaining: null,
		problem: null
	};
}

const stale = (s: Lifecycle, generation: number) => generation !== s.generation;

export function next(s: Lifecycle, e: LoopEvent): { state: Lifecycle; effects: Effect[] } {
	switch (e.type) {
		case 'train': {
			if (s.want === 'train') return { state: s, effects: [] };
			const steps = e.steps !== undefined && e.steps > 0 ? Math.floor(e.steps) : null;
			// After an error the old model is not trusted: Train starts again from the seed.
			const from = s.problem ? fresh(s) : s;
			const state: Lifecycle = { ...from, want: 'train', remaining: steps };
			const effects: Effect[] = s.problem ? ['dispose', 'clear'] : [];
			if (state.model === 'none')
				return { state: { ...state, model: 'building' }, effects: [...effects, 'build'] };
			return { state, effects: state.model === 'ready' ? [...effects, 'frame'] : effects };
		}
		case 'pause':
			// The views catch up with the steps taken since they were last drawn.
			return {
				state: { ...s, want: 'stop', remaining: null },
				effects: s.want === 'train' && s.model === 'ready' ? ['view'] : []
			};
		case 'reset':
			return { state: { ...fresh(s), want: 'stop' }, effects: ['dispose', 'clear'] };
		case 'prepare': {
			if (s.problem) return { state: s, effects: [] };
			const view: Effect[] = e.view ? ['view'] : [];
			if (s.model !== 'none') return { state: s, effects: view };
			return { state: { ...s, model: 'building' }, effects: ['build', ...view] };
		}
		case 'built':
			if (stale(s, e.generation) || s.model !== 'building') return { state: s, effects: [] };
			return { state: { ...s, model: 'ready' }, effects: s.want === 'train' ? ['frame'] : [] };
		case 'stepped': {
			if (stale(s, e.generation) || s.model !== 'ready') return { state: s, effects: [] };
			const step = s.step + e.steps;
			if (s.remaining === null)
				return { state: { ...s, step }, effects: s.want === 'train' ? ['frame'] : [] };
			const remaining = s.remaining - e.steps;
			if (remaining > 0) return { state: { ...s, step, remaining }, effects: ['frame'] };
			return { state: { ...s, step, remaining: null, want: 'stop' }, effects: ['view'] };
		}
		case 'failed':
			if (stale(s, e.generation)) return { state: s, effects: [] };
			return {
				state: { ...s, want: 'stop', model: 'none', remaining: null, problem: e.problem },
				effects: ['dispose']
			};
		case 'fell-back': {
			const state: Lifecycle = { ...fresh(s), remaining: s.remaining, model: 'building' };
			return {
				state,
				effects: ['dispose', 'clear', 'build', ...(s.want === 'train' ? [] : ['view' as const])]
			};
		}
	}
}
