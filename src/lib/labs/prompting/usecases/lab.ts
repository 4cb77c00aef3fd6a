// The use-case templates lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/** Ready-to-run prompt templates, one per use-case area of the glossary, editable. */
export interface UseCasesExperiment extends ExperimentBase {
	kind: 'use-cases';
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'use-cases': UseCasesExperiment;
	}
}

export default defineLab('use-cases', 'use-case templates', () => import('./UseCases.svelte'));
