// The chain-of-thought lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * Chain-of-thought: word problems answered directly and step by step, final answers extracted
 * and checked.
 */
export interface ChainOfThoughtExperiment extends ExperimentBase {
	kind: 'chain-of-thought';
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'chain-of-thought': ChainOfThoughtExperiment;
	}
}

export default defineLab(
	'chain-of-thought',
	'chain-of-thought check',
	() => import('./CotLab.svelte')
);
