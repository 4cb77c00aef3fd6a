// The consistency lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * Self-consistency as a hallucination signal: a real and an invented person's birth year, each
 * asked N times with different seeds, and how much the answers agree.
 */
export interface ConsistencyExperiment extends ExperimentBase {
	kind: 'consistency';
	/** Samples per question at first (the visitor can pick 2 to 10). */
	samples: number;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		consistency: ConsistencyExperiment;
	}
}

export default defineLab(
	'consistency',
	'consistency check',
	() => import('./ConsistencyLab.svelte')
);
