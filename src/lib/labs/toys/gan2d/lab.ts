// The 2-D GAN toy's config and component; its preset names come from lab.svelte.ts, declared once.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';
import type { GanPresetName } from './lab.svelte';
/**
 * A GAN on 2-D points, trained live in the tab. The preset sets the data and both sides'
 * learning rates and updates per step; the seed fixes weights, batches and noise.
 */
export interface Gan2dExperiment extends ExperimentBase {
	kind: 'gan2d';
	/** 'converge': balanced sides; 'collapse': a generator that outpaces its judge. */
	preset: GanPresetName;
	lookFor: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		gan2d: Gan2dExperiment;
	}
}

export default defineLab('gan2d', 'GAN toy', () => import('./GanLab.svelte'));
