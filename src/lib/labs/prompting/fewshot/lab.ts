// The few-shot lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * Few-shot learning scored: one small task over a built-in test set, zero-shot and with k
 * examples, accuracy per k.
 */
export interface FewShotExperiment extends ExperimentBase {
	kind: 'few-shot';
	/** The numbers of examples compared, e.g. [0, 1, 3]. */
	shots: number[];
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'few-shot': FewShotExperiment;
	}
}

export default defineLab('few-shot', 'few-shot scoring', () => import('./FewShotLab.svelte'));
