// The scaling-law lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * A measured scaling law: the built-in model trained in the tab on growing shares of the corpus,
 * held-out perplexity against data size on log–log axes with the fitted power law.
 */
export interface ScalingLawExperiment extends ExperimentBase {
	kind: 'scaling-law';
	/** Shares of the training text, ascending, e.g. [0.01, 0.03, 0.1, 0.3, 1]. */
	fractions: number[];
	lookFor: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'scaling-law': ScalingLawExperiment;
	}
}

export default defineLab('scaling-law', 'scaling-law lab', () => import('./ScalingLab.svelte'));
