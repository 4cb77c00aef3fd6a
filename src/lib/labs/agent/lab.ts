// The agent lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * An agent loop with two tools (a search of these concept pages and a calculator): a chat model
 * plans where one is chosen, a rule-based planner on the built-in engine; every call is validated
 * before it runs, and a step budget ends a run that never finishes.
 */
export interface AgentExperiment extends ExperimentBase {
	kind: 'agent-loop';
	/** The task the agent starts with; the visitor can edit it. */
	task: string;
	/** The step budget at first, one of budgetChoices. */
	budget: number;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'agent-loop': AgentExperiment;
	}
}

export default defineLab('agent-loop', 'agent loop', () => import('./AgentLab.svelte'));
