// The best-of-N lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';
import type { PreparedText } from '$lib/labs/kit/adapter';
import type { PresetName } from './bestOfN';

/**
 * A reward the visitor writes (a rubric of checks), N seeded samples of one prompt scored by it,
 * the highest kept: best-of-N, and with the gameable rubric, reward hacking.
 */
export interface BestOfNExperiment extends ExperimentBase, PreparedText {
	kind: 'best-of-n';
	/** N at first, one of 1, 2, 4, 8, 16. */
	samples: number;
	/** The rubric the editor starts from. */
	preset: PresetName;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'best-of-n': BestOfNExperiment;
	}
}

export default defineLab('best-of-n', 'best-of-N reward', () => import('./BestOfNLab.svelte'));
