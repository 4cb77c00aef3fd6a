// One streamed generation in a lab, on the engine chosen in the header: the run itself
// (GenerationRun, flushed once per frame), what the last run was asked (`ran`: its prompt and
// engine, shown with its answer even after the visitor edits the prompt or switches engines),
// the adapter for the engine now chosen (what it is sent, what it reads) and the run's state in
// the kit's one wording. The prompt experiment and the structured-output and use-case labs each
// carried these pieces in their own script; they now hold one of these and only lay it out.
import { onDestroy } from 'svelte';
import { engineSelection } from '$lib/choice/selection.svelte';
import { GenerationRun } from '$lib/demos/generationRun.svelte';
import type { Engine, GenerateRequest } from '$lib/engine/types';
import { labEngine, type LabEngine } from './adapter';
import { itemState, singleRun, type ItemState } from './runState';

export class StreamedRun<Ran extends { label: string }> {
	run = new GenerationRun();
	/** What the last run sent, and on which engine. */
	ran = $state.raw<Ran | null>(null);
	#engine: () => Engine;
	/** The engine now chosen, as the lab asks it. */
	adapter: LabEngine;
	/** The run's state in words, named after the engine it ran on. */
	view: ItemState;

	constructor(engine: () => Engine) {
		this.#engine = engine;
		this.adapter = $derived(labEngine(this.#engine().info));
		this.view = $derived(itemState(singleRun(this.run), 0, this.ran?.label ?? this.adapter.label));
	}

	/** Runs `request` on the engine now chosen, remembering what was asked; resolves when it ends. */
	start(ran: Omit<Ran, 'label'>, request: GenerateRequest): Promise<boolean> {
		const engine = this.#engine();
		this.ran = { ...ran, label: engine.info.label } as Ran;
		return this.run.start(engine, request);
	}

	/** Whether a generation is loading or streaming (the lab frame shows Stop meanwhile). */
	get busy(): boolean {
		return this.run.busy;
	}

	stop(): void {
		this.run.stop();
	}
}

/**
 * A lab's streamed run on the engine chosen in the header, stopped when the lab's component is
 * destroyed (leaving the page ends the generation: nobody is left to read it). Call it while the
 * component initialises, as onDestroy requires.
 */
export function streamedRun<Ran extends { label: string }>(): StreamedRun<Ran> {
	const stream = new StreamedRun<Ran>(() => engineSelection.engine);
	onDestroy(() => stream.stop());
	return stream;
}
