// The sampling lab's config and component (the lab itself: SamplingLab.svelte, lab.svelte.ts).
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * The sampling lab: step through a text one token at a time on the chosen engine, reshape each
 * step's distribution with the settings, see the draw, branch, and read the surprise trace.
 */
export interface SamplingLabExperiment extends ExperimentBase {
	kind: 'sampling-lab';
	/** The text the lab starts from (a sentence start both kinds of engine can continue). */
	prompt: string;
	temperature: number;
	topK: number;
	topP: number;
	minP: number;
	lookFor: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'sampling-lab': SamplingLabExperiment;
	}
}

export default defineLab('sampling-lab', 'sampling lab', () => import('./SamplingLab.svelte'));
