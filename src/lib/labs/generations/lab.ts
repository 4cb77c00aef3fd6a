// The generations lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * One message to three generations of language machines side by side: hand-written rules
 * (ELIZA, 1966), word counts (the built-in trigram model) and the neural model chosen in the
 * header, each with a line on what it can and cannot do.
 */
export interface GenerationsExperiment extends ExperimentBase {
	kind: 'generations';
	/** The message the lab starts with; the visitor can write their own. */
	message: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		generations: GenerationsExperiment;
	}
}

export default defineLab(
	'generations',
	'generations side by side',
	() => import('./GenerationsLab.svelte')
);
