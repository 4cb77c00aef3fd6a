// What the three toys' experiment states have in common: a seed, a training loop, the latest view
// of the model, and the rule that a new seed or a reset starts again from step 0 with new data
// drawn from that seed and no view until the fresh model is drawn. Each toy adds its own data,
// settings and views (diffusion2d/, gan2d/, vae/ lab.svelte.ts); the three used to repeat this.
import { validSeed } from '../SeedField.svelte';
import { TrainingLoop, type LoopOptions, type ToyModel } from './trainer.svelte';

export abstract class ToyLab<M extends ToyModel, V> {
	seed = $state(1);
	/** The latest picture of the model (null: nothing drawn since the last reset). */
	view = $state.raw<V | null>(null);
	readonly loop: TrainingLoop<M>;

	constructor(seed: number, options: LoopOptions<M>) {
		this.seed = seed;
		this.loop = new TrainingLoop(options);
	}

	/** Draws the toy's data again from its seed and settings (before a reset). */
	protected abstract renew(): void;

	setSeed(seed: number) {
		if (!validSeed(seed)) return;
		this.seed = seed;
		void this.retrain();
	}

	/** New data from the seed and settings, fresh weights, step 0. */
	async retrain() {
		this.renew();
		this.view = null;
		await this.loop.reset();
	}
}
