// The VAE toy's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * A VAE on 16×16 glyph images with a 2-D latent space, trained live in the tab. The seed fixes
 * the glyph set, the weights, the batches and the sampling noise.
 */
export interface VaeExperiment extends ExperimentBase {
	kind: 'vae';
	/** The weight of the KL term to start with (0.1–4; 1 is the plain VAE). */
	beta: number;
	lookFor: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		vae: VaeExperiment;
	}
}

export default defineLab('vae', 'VAE toy', () => import('./VaeLab.svelte'));
