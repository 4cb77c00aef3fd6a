// The watermark lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * A green-list watermark (Kirchenbauer et al. 2023): generate with and without it, edit the
 * text, and watch the detector's z-score.
 */
export interface WatermarkExperiment extends ExperimentBase {
	kind: 'watermark';
	/** The text both generations continue. */
	prompt: string;
	maxTokens: number;
	/** Fraction of the vocabulary that is green at each step. */
	gamma: number;
	/** What is added to a green token's logit. */
	delta: number;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		watermark: WatermarkExperiment;
	}
}

export default defineLab('watermark', 'watermark', () => import('./WatermarkLab.svelte'));
