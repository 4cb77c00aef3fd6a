// The bias probe's state: the pairs (the starting ones and any the visitor adds), and for each
// pair the engine's next-token lists after both prompts, asked one prompt at a time on the engine
// chosen in the header so the table fills row by row. Stop aborts the call in flight. The gaps
// are pure (gap.ts); rows are derived from the lists kept here, so nothing is asked twice.
import { classifyEngineError, toRawError, type EngineError } from '$lib/engine/errors';
import type { Engine, NextTokens } from '$lib/engine/types';
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

export class BiasProbe {
	pairs = $state.raw<ProbePair[]>([...startingPairs]);
	/** The lists after each pair's prompts, by pair index, and the engine that gave them. */
	answers = $state.raw<({ a: NextTokens; b: NextTokens } | undefined)[]>([]);
	label = $state('');
	busy = $state(false);
	error = $state<EngineError | null>(null);
	rows: (ProbeRow | null)[] = $derived(
		this.pairs.map((pair, i) => {
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
	private controller: AbortController | undefined;

	constructor(private readonly engine: () => Engine) {}

	/** Asks the engine about every pair, in order, replacing the last run's lists. */
	async run(): Promise<void> {
		this.stop();
		const controller = new AbortController();
		this.controller = controller;
		const engine = this.engine();
		this.busy = true;
		this.error = null;
		this.label = engine.info.label;
		this.answers = [];
		try {
			await engine.load();
			const top = Math.min(TOP, engine.info.capabilities.maxCapture);
			for (let i = 0; i < this.pairs.length; i++) {
				const pair = this.pairs[i]!;
				const a = await engine.nextTokens({ text: pair.a, top }, controller.signal);
				const b = await engine.nextTokens({ text: pair.b, top }, controller.signal);
				if (controller.signal.aborted) break;
				const answers = [...this.answers];
				answers[i] = { a, b };
				this.answers = answers;
			}
		} catch (e) {
			if (!controller.signal.aborted)
				this.error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
		} finally {
			if (this.controller === controller) this.busy = false;
		}
	}

	stop(): void {
		this.controller?.abort();
		this.busy = false;
	}

	/** Adds a pair; false when a side is empty or too long. Earlier answers stay. */
	add(pair: ProbePair): boolean {
		const a = pair.a.trim();
		const b = pair.b.trim();
		if (!a || !b || a.length > MAX_PROMPT || b.length > MAX_PROMPT) return false;
		this.pairs = [...this.pairs, { ...pair, a, b }];
		return true;
	}

	reset(): void {
		this.stop();
		this.pairs = [...startingPairs];
		this.answers = [];
		this.error = null;
	}
}
