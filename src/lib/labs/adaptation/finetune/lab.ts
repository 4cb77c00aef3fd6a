// The fine-tuning lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';

/**
 * Fine-tuning, made small: the built-in model adapted to text the visitor pastes, with
 * continuations and held-out perplexity before and after.
 */
export interface FineTuneExperiment extends ExperimentBase {
	kind: 'fine-tune';
	lookFor: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'fine-tune': FineTuneExperiment;
	}
}

export default defineLab('fine-tune', 'fine-tuning lab', () => import('./FineTuneLab.svelte'));
