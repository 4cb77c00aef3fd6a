// The bias probe's state: the pairs (the starting ones and any the visitor adds), and for each
// pair the engine's next-token lists after both prompts, asked on the engine chosen in the header
// row by row (the kit's RowRun: Stop, errors, Reset). The gaps are pure (gap.ts); rows are derived
// from the lists kept here, so nothing is asked twice.
import type { NextTokens } from '$lib/engine/types';
import { RowRun } from '../kit/rowRun.svelte';
import { pairGaps, listFloor, type PairGap } from './gap';
import { MAX_PROMPT, startingPairs, targetsOf, type ProbePair } from './probes';

/** Candidates asked per prompt: the most a WebLLM model reports (the built-in reports all). */
const TOP = 50;

export interface ProbeRow {
	pair: ProbePair;
	gaps: PairGap[];
	/** Below these, a WebLLM model's unlisted words lie (0 for the built-in model). */
	floors: [number, number];
}

export class BiasProbe extends RowRun<ProbePair, { a: NextTokens; b: NextTokens }> {
	rows: (ProbeRow | null)[] = $derived(
		this.items.map((pair, i) => {
			const got = this.answers[i];
			return got
				? {
						pair,
						gaps: pairGaps(got.a, got.b, targetsOf(pair.set)),
						floors: [listFloor(got.a), listFloor(got.b)]
					}
				: null;
		})
	);

	constructor(engine: ConstructorParameters<typeof RowRun>[0]) {
		super(
			engine,
			startingPairs,
			async (e, pair, signal) => {
				const top = Math.min(TOP, e.info.capabilities.maxCapture);
				return {
					a: await e.nextTokens({ text: pair.a, top }, signal),
					b: await e.nextTokens({ text: pair.b, top }, signal)
				};
			},
			'nextTokens'
		);
	}

	/** Adds a pair; false when a side is empty or too long. Earlier answers stay. */
	add(pair: ProbePair): boolean {
		const a = pair.a.trim();
		const b = pair.b.trim();
		if (!a || !b || a.length > MAX_PROMPT || b.length > MAX_PROMPT) return false;
		this.addRow({ ...pair, a, b });
		return true;
	}
}
