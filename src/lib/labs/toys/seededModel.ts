// What every toy model starts from: one seeded generator that draws its initial weights and then
// every batch and every noise sample, so one seed repeats a run exactly on any backend (the
// models' specs check it), and the number of examples in a training step.
import { seededRng, type Rng } from './random';
import type { Tensor } from './tensor';
import type { ToyModel } from './trainer.svelte';

export abstract class SeededModel implements ToyModel {
	protected readonly rng: Rng;
	protected readonly batch: number;

	constructor(seed: number, batch: number) {
		this.rng = seededRng(seed);
		this.batch = batch;
	}

	abstract trainStep(): Tensor;
	abstract dispose(): void;
}
