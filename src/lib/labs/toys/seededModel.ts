// What every toy model starts from: one seeded generator that draws its initial weights and then
// every batch and every noise sample, so one seed repeats a run exactly on any backend (the
// models' specs check it), the data it trains on, the number of examples in a training step and
// the width of its hidden layers, each with the model's own default.
import { seededRng, type Rng } from './random';
import type { Tensor } from './tensor';
import type { ToyModel } from './trainer.svelte';

/** What every toy model's options carry; batch and hidden fall back to the model's defaults. */
export interface SeededOptions {
	seed: number;
	batch?: number;
	hidden?: number;
}

export abstract class SeededModel<D> implements ToyModel {
	protected readonly rng: Rng;
	protected readonly batch: number;
	protected readonly hidden: number;

	constructor(
		protected readonly data: D,
		options: SeededOptions,
		defaults: { batch: number; hidden: number }
	) {
		this.rng = seededRng(options.seed);
		this.batch = options.batch ?? defaults.batch;
		this.hidden = options.hidden ?? defaults.hidden;
	}

	abstract trainStep(): Tensor;
	abstract dispose(): void;
}
