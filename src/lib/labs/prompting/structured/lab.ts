// The structured-output lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/** A JSON schema answered in the engine's constrained mode where it has one, then validated. */
export interface StructuredOutputExperiment extends ExperimentBase {
	kind: 'structured-output';
	/** The glossary term the prepared request asks a card for. */
	term: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'structured-output': StructuredOutputExperiment;
	}
}

export default defineLab(
	'structured-output',
	'structured output',
	() => import('./StructuredLab.svelte')
);
