// For the toys' model specs (GAN, VAE, diffusion, tiny GPT): train a model n steps and keep each
// step's losses as plain numbers, disposing every step's tensor as the page's loop does. Each
// spec wrote this loop; they now read the losses they need from one list. Imported by specs only.
import type { ToyModel } from './trainer.svelte';

/** The losses of each of `steps` training steps, in order (one array per step). */
export async function trainLosses(
	model: Pick<ToyModel, 'trainStep'>,
	steps: number
): Promise<number[][]> {
	const losses: number[][] = [];
	for (let i = 0; i < steps; i++) {
		const l = model.trainStep();
		losses.push(Array.from(await l.data()));
		l.dispose();
	}
	return losses;
}
