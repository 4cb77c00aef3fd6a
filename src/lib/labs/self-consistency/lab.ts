// The self-consistency lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * Test-time compute made visible: the chain-of-thought problems sampled N times and decided by
 * majority vote, accuracy and tokens against N; thinking on or off where the model has a switch.
 */
export interface SelfConsistencyExperiment extends ExperimentBase {
	kind: 'self-consistency';
	/** The largest N at first, one of 1, 2, 4, 8, 16. */
	samples: number;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'self-consistency': SelfConsistencyExperiment;
	}
}

export default defineLab(
	'self-consistency',
	'self-consistency vote',
	() => import('./SelfConsistencyLab.svelte')
);
