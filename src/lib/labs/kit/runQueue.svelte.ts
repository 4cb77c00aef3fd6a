// A run queue (runQueue.ts) as the page sees it: idle → loading → running → done | stopped |
// failed, which item runs, the outcomes so far, and the running item's text, flushed once per
// frame (as in demos/generationRun.svelte.ts: tokens arrive far faster than a screen redraws).
// One instance per run on screen; runState.ts words its state for every lab the same way.
import { classifyEngineError, toRawError, type EngineError } from '$lib/engine/errors';
import type { Engine, LoadProgress } from '$lib/engine/types';
import { runQueue, type ItemOutcome, type QueueItem } from './runQueue';

export type QueuePhase = 'idle' | 'loading' | 'running' | 'done' | 'stopped' | 'failed';

export class RunQueue {
	phase = $state<QueuePhase>('idle');
	/** Outcomes in item order, replaced (never mutated) as each item ends. */
	outcomes = $state.raw<ItemOutcome[]>([]);
	/** Index of the running item, -1 when none. */
	current = $state(-1);
	total = $state(0);
	/** The running item's text so far (after a Stop: the text of the item it cut short). */
	live = $state('');
	error = $state.raw<EngineError | null>(null);
	loadProgress = $state.raw<LoadProgress | null>(null);
	busy = $derived(this.phase === 'loading' || this.phase === 'running');

	private controller: AbortController | undefined;
	private pending = '';
	private frame: ReturnType<typeof setTimeout> | number | undefined;

	private flush = () => {
		this.frame = undefined;
		this.live += this.pending;
		this.pending = '';
	};

	private schedule() {
		if (this.frame !== undefined) return;
		this.frame =
			typeof requestAnimationFrame === 'function'
				? requestAnimationFrame(this.flush)
				: setTimeout(this.flush, 16);
	}

	/** Resolves to the outcomes, or null when another start replaced this one. */
	async start(engine: Engine, items: QueueItem[]): Promise<ItemOutcome[] | null> {
		this.stop();
		const controller = new AbortController();
		this.controller = controller;
		const mine = () => this.controller === controller;
		this.outcomes = [];
		this.total = items.length;
		this.current = -1;
		this.live = '';
		this.pending = '';
		this.error = null;
		this.loadProgress = null;
		this.phase = 'loading';
		try {
			await engine.load((p) => {
				if (mine()) this.loadProgress = p;
			});
		} catch (e) {
			if (!mine()) return null;
			this.error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
			this.phase = 'failed';
			return [];
		}
		if (!mine()) return null;
		if (controller.signal.aborted) {
			this.phase = 'stopped';
			return [];
		}
		this.phase = 'running';
		const { outcomes, fatal, stopped } = await runQueue(
			engine,
			items,
			{
				onStart: (i) => {
					if (!mine()) return;
					this.current = i;
					this.live = '';
					this.pending = '';
				},
				onText: (_i, piece) => {
					if (!mine()) return;
					this.pending += piece;
					this.schedule();
				},
				onOutcome: (_i, outcome) => {
					if (mine()) this.outcomes = [...this.outcomes, outcome];
				}
			},
			controller.signal
		);
		if (!mine()) return null;
		this.flush();
		this.current = -1;
		this.error = fatal;
		this.phase = fatal ? 'failed' : stopped ? 'stopped' : 'done';
		return outcomes;
	}

	stop(): void {
		this.controller?.abort();
		if (this.phase === 'loading') this.phase = 'stopped';
	}
}
