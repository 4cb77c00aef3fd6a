// The generative-against-discriminative lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';
import type { DataSetName } from '../features/data';

/**
 * The same 2-D points fitted by a classifier (the boundary only) and by a Gaussian mixture per
 * class (EM), which samples new points and scores any point of the plane.
 */
export interface GenerativeExperiment extends ExperimentBase {
	kind: 'generative-vs-discriminative';
	data: DataSetName;
	/** Gaussians per class (one of componentCounts in lab.svelte.ts). */
	components: number;
	lookFor: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'generative-vs-discriminative': GenerativeExperiment;
	}
}

export default defineLab(
	'generative-vs-discriminative',
	'generative against discriminative',
	() => import('./GenerativeLab.svelte')
);
