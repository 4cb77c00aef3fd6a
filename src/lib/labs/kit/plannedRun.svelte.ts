// A batch lab's run together with the plan and engine it ran on. The results on screen belong to
// the run that made them, not to the settings the visitor has changed since (a new N, another
// engine chosen in the header), so a lab keeps the plan beside its RunQueue; the consistency
// check and the majority vote wrote this pair the same way, which is why it lives here.
import type { Engine } from '$lib/engine/types';
import type { QueueItem } from './runQueue';
import { RunQueue } from './runQueue.svelte';

export class PlannedRun<P> {
	run = $state(new RunQueue());
	/** The plan and engine label of the last start; null before it and after reset. */
	ran = $state.raw<{ plan: P; label: string } | null>(null);

	start(engine: Engine, plan: P, items: QueueItem[]): void {
		this.ran = { plan, label: engine.info.label };
		void this.run.start(engine, items);
	}

	stop(): void {
		this.run.stop();
	}

	reset(): void {
		this.run.stop();
		this.run = new RunQueue();
		this.ran = null;
	}
}
