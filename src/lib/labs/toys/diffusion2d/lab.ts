// The 2-D diffusion toy's config and component; its data names come from shapes.ts, declared once.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';
import type { ShapeName } from './shapes';
/**
 * A denoising diffusion model on 2-D points, trained live in the tab. The seed fixes the data,
 * the initial weights, the batches and the sampler's noise, so a presenter gets the same run
 * every time.
 */
export interface Diffusion2dExperiment extends ExperimentBase {
	kind: 'diffusion2d';
	/** The data it starts with; 'two' trains on spiral and moons as two classes (guidance). */
	data: ShapeName | 'two';
	/** Sampler steps to start with (1–100). */
	samplerSteps: number;
	/** Why real systems denoise in a compressed latent space, in a few sentences. */
	latentNote: string;
	lookFor: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		diffusion2d: Diffusion2dExperiment;
	}
}

export default defineLab('diffusion2d', 'diffusion toy', () => import('./DiffusionLab.svelte'));
