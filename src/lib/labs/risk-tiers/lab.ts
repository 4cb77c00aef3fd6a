// The risk explorer's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/** The AI Act's risk tiers: a use (template or answers) through a cited rule table. */
export interface RiskTiersExperiment extends ExperimentBase {
	kind: 'risk-tiers';
	/** The template shown first (an id in templates.ts). */
	start: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'risk-tiers': RiskTiersExperiment;
	}
}

export default defineLab('risk-tiers', 'AI Act risk tiers', () => import('./RiskLab.svelte'));
