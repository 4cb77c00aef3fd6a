// The training loop's rules, tried on random orders of button presses and loop results: any
// order ends in a state the page can show, results of an older generation change nothing, and
// Train after any order trains again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialLifecycle, next, phaseOf, type Lifecycle, type LoopEvent } from './lifecycle';

/** A press or a loop result; a result's generation is the current one plus `off` (−1 is stale). */
type Pick =
	LoopEvent | { type: 'result'; off: number; kind: 'built' | 'stepped' | 'failed'; steps: number };

const pick: fc.Arbitrary<Pick> = fc.oneof(
	fc.record({
		type: fc.constant('train' as const),
		steps: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined })
	}),
	fc.constant({ type: 'pause' as const }),
	fc.constant({ type: 'reset' as const }),
	fc.record({ type: fc.constant('prepare' as const), view: fc.boolean() }),
	fc.record({
		type: fc.constant('result' as const),
		off: fc.integer({ min: -1, max: 1 }),
		kind: fc.constantFrom('built' as const, 'stepped' as const, 'failed' as const),
		steps: fc.integer({ min: 1, max: 64 })
	}),
	fc.constant({ type: 'fell-back' as const })
);

function resolve(p: Pick, s: Lifecycle): LoopEvent {
	if (p.type !== 'result') return p;
	const generation = s.generation + p.off;
	if (p.kind === 'built') return { type: 'built', generation };
	if (p.kind === 'stepped') return { type: 'stepped', generation, steps: p.steps };
	return { type: 'failed', generation, problem: 'train-failed' };
}

/** Applies the picks in turn; checks every state on the way. */
function walk(picks: Pick[]): Lifecycle {
	let s = initialLifecycle;
	for (const p of picks) {
		const before = s;
		s = next(s, resolve(p, s)).state;
		expectValid(s);
		expect(s.generation).toBeGreaterThanOrEqual(before.generation);
	}
	return s;
}

function expectValid(s: Lifecycle) {
	expect(['idle', 'starting', 'running', 'paused', 'failed']).toContain(phaseOf(s));
	expect(Number.isInteger(s.step) && s.step >= 0).toBe(true);
	expect(s.remaining === null || s.remaining > 0).toBe(true);
	if (s.want === 'stop') expect(s.remaining).toBeNull();
	if (s.problem) expect([s.want, s.model]).toEqual(['stop', 'none']);
}

const runs = fc.array(pick, { maxLength: 80 });

describe('training lifecycle', () => {
	it('any order of presses and results ends in a state the page can show', () => {
		fc.assert(
			fc.property(runs, (picks) => void walk(picks)),
			{ numRuns: 300 }
		);
	});

	it('a result from an older generation changes nothing', () => {
		fc.assert(
			fc.property(runs, fc.integer({ min: 1, max: 3 }), (picks, back) => {
				const s = walk(picks);
				const old = s.generation - back;
				for (const e of [
					{ type: 'built', generation: old },
					{ type: 'stepped', generation: old, steps: 5 },
					{ type: 'failed', generation: old, problem: 'view-failed' }
				] as LoopEvent[])
					expect(next(s, e)).toEqual({ state: s, effects: [] });
			}),
			{ numRuns: 200 }
		);
	});

	it('Reset from anywhere: step 0, ready, the model freed and a new generation', () => {
		fc.assert(
			fc.property(runs, (picks) => {
				const s = walk(picks);
				const { state, effects } = next(s, { type: 'reset' });
				expect(phaseOf(state)).toBe('idle');
				expect(state.step).toBe(0);
				expect(state.generation).toBe(s.generation + 1);
				expect(effects).toContain('dispose');
			}),
			{ numRuns: 200 }
		);
	});

	it('Train after any order trains once its model is built', () => {
		fc.assert(
			fc.property(runs, (picks) => {
				let s = next(next(walk(picks), { type: 'pause' }).state, { type: 'train' }).state;
				if (s.model === 'building') s = next(s, { type: 'built', generation: s.generation }).state;
				expect(phaseOf(s)).toBe('running');
				const { state, effects } = next(s, { type: 'stepped', generation: s.generation, steps: 3 });
				expect(state.step).toBe(s.step + 3);
				expect(effects).toEqual(['frame']);
			}),
			{ numRuns: 200 }
		);
	});

	it('Reset while the backend starts stops the start: its model never trains', () => {
		let s = next(initialLifecycle, { type: 'train' }).state;
		expect(phaseOf(s)).toBe('starting');
		const starting = s.generation;
		s = next(s, { type: 'reset' }).state;
		const late = next(s, { type: 'built', generation: starting });
		expect(late.effects).toEqual([]);
		expect(phaseOf(late.state)).toBe('idle');
	});

	it('Pause while the backend starts: the model is built but does not train', () => {
		let s = next(initialLifecycle, { type: 'train' }).state;
		s = next(s, { type: 'pause' }).state;
		const built = next(s, { type: 'built', generation: s.generation });
		expect(built.effects).toEqual([]);
		expect(phaseOf(built.state)).toBe('idle');
	});

	it('a counted run stops after its steps and draws the views', () => {
		let s = next(initialLifecycle, { type: 'train', steps: 3 }).state;
		s = next(s, { type: 'built', generation: s.generation }).state;
		s = next(s, { type: 'stepped', generation: s.generation, steps: 2 }).state;
		expect(phaseOf(s)).toBe('running');
		const end = next(s, { type: 'stepped', generation: s.generation, steps: 1 });
		expect(phaseOf(end.state)).toBe('paused');
		expect(end.state.step).toBe(3);
		expect(end.effects).toEqual(['view']);
	});

	it('after an error Train starts again from step 0 on a fresh model', () => {
		let s = next(initialLifecycle, { type: 'train' }).state;
		s = next(s, { type: 'built', generation: s.generation }).state;
		s = next(s, { type: 'stepped', generation: s.generation, steps: 10 }).state;
		s = next(s, { type: 'failed', generation: s.generation, problem: 'train-failed' }).state;
		expect(phaseOf(s)).toBe('failed');
		const again = next(s, { type: 'train' });
		expect(again.state).toMatchObject({ step: 0, problem: null, model: 'building' });
		expect(again.effects).toEqual(['dispose', 'clear', 'build']);
	});

	it('a GPU fallback rebuilds from step 0 and keeps training if it was', () => {
		let s = next(initialLifecycle, { type: 'train' }).state;
		s = next(s, { type: 'built', generation: s.generation }).state;
		s = next(s, { type: 'stepped', generation: s.generation, steps: 10 }).state;
		const fell = next(s, { type: 'fell-back' });
		expect(fell.state).toMatchObject({ step: 0, want: 'train', model: 'building' });
		expect(phaseOf(fell.state)).toBe('starting');
	});
});
