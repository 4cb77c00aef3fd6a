// The "probability is not truth" lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * Statements with a true and a false ending: the engine scores both endings after the same start
 * (engine `score`), and the page shows which one it finds likelier, and whether that is the true one.
 */
export interface ProbabilityTruthExperiment extends ExperimentBase {
	kind: 'probability-truth';
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'probability-truth': ProbabilityTruthExperiment;
	}
}

export default defineLab(
	'probability-truth',
	'probability is not truth',
	() => import('./TruthLab.svelte')
);
