// The bias probe's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * Pairs of prompts that differ in one word, and the next-token probability of a few words
 * (he / she / they, …) after each: the gap between the two sides of a pair.
 */
export interface BiasProbeExperiment extends ExperimentBase {
	kind: 'bias-probe';
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'bias-probe': BiasProbeExperiment;
	}
}

export default defineLab('bias-probe', 'bias probe', () => import('./BiasLab.svelte'));
