// The prompt-comparison lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * Prompt engineering side by side: a vague and a clear-intent prompt for the same task, on the
 * same engine and seed, with a checklist of what differs.
 */
export interface PromptCompareExperiment extends ExperimentBase {
	kind: 'prompt-compare';
	/** The task both prompts ask for, in a few words ("a product blurb"). */
	task: string;
	vague: string;
	clear: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'prompt-compare': PromptCompareExperiment;
	}
}

export default defineLab(
	'prompt-compare',
	'prompt comparison',
	() => import('./PromptCompare.svelte')
);
