// The timeline's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/** The milestones the history page names, by era, each with its source and the page explaining it. */
export interface TimelineExperiment extends ExperimentBase {
	kind: 'timeline';
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		timeline: TimelineExperiment;
	}
}

export default defineLab('timeline', 'timeline', () => import('./Timeline.svelte'));
