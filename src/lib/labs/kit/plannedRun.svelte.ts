// A batch lab's run on the engine chosen in the header, together with the plan and engine it ran
// on. The results on screen belong to the run that made them, not to the settings the visitor has
// changed since (a new N, another engine chosen in the header), so the plan is kept beside the
// RunQueue. The consistency check, the majority vote, chain of thought, few-shot and best-of-N
// each wrote this pair, the chosen engine and its adapter by hand, and each turned its plan into
// the batch with the adapter's request at every start; they now hold one of these, made with the
// lab's pure function from plan to batch, and start it with the plan alone.
import { onDestroy } from 'svelte';
import { engineSelection } from '$lib/choice/selection.svelte';
import type { Engine } from '$lib/engine/types';
import { labEngine, type LabEngine, type LabRequest } from './adapter';
import type { QueueItem } from './runQueue';
import { RunQueue } from './runQueue.svelte';

export class PlannedRun<P> {
	run = $state(new RunQueue());
	/** The plan and engine label of the last start; null before it and after reset. */
	ran = $state.raw<{ plan: P; label: string } | null>(null);
	#engine: () => Engine;
	#items: (plan: P, request: LabRequest) => QueueItem[];
	/** The engine now chosen, as the lab asks it. */
	adapter: LabEngine;

	/** `items` turns a plan into its batch, with the request of the engine chosen at the start. */
	constructor(engine: () => Engine, items: (plan: P, request: LabRequest) => QueueItem[]) {
		this.#engine = engine;
		this.#items = items;
		this.adapter = $derived(labEngine(this.#engine().info));
	}

	/** The engine now chosen (a new run goes to it). */
	get engine(): Engine {
		return this.#engine();
	}

	/** The engine the results on screen came from, or the one a run would use. */
	get label(): string {
		return this.ran?.label ?? this.adapter.label;
	}

	/** Whether the queue is loading or running (the lab frame shows Stop meanwhile). */
	get busy(): boolean {
		return this.run.busy;
	}

	/** Runs the plan's batch on the engine now chosen, remembering the plan. */
	start(plan: P): void {
		const engine = this.#engine();
		const items = this.#items(plan, this.adapter.request);
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

/**
 * A lab's planned run on the engine chosen in the header, stopped when the lab's component is
 * destroyed (nobody is left to read the answers). Call it while the component initialises, as
 * onDestroy requires.
 */
export function plannedRun<P>(items: (plan: P, request: LabRequest) => QueueItem[]): PlannedRun<P> {
	const lab = new PlannedRun(() => engineSelection.engine, items);
	onDestroy(() => lab.stop());
	return lab;
}
