// The session-cost lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/** What this tab's generations cost in operations, energy and API prices, beside training. */
export interface SessionCostExperiment extends ExperimentBase {
	kind: 'session-cost';
	/** Default power of this device while generating, in watts. */
	watts: number;
	/** Default data-centre efficiency, GFLOP per joule. */
	gflopsPerJoule: number;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'session-cost': SessionCostExperiment;
	}
}

export default defineLab('session-cost', 'session cost', () => import('./CostLab.svelte'));
