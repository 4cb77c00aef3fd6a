// The features lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';
import type { DataSetName } from './data';
import type { Activation } from './net';

/**
 * A small network trained live on 2-D points, each hidden neuron's response drawn as a map. The
 * config is where a presenter starts; the visitor changes every setting.
 */
export interface FeaturesExperiment extends ExperimentBase {
	kind: 'features';
	data: DataSetName;
	/** Hidden layers, 0–4. */
	layers: number;
	/** Neurons per hidden layer (one of widths in lab.svelte.ts). */
	width: number;
	activation: Activation;
	lookFor: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		features: FeaturesExperiment;
	}
}

export default defineLab('features', 'features network', () => import('./FeaturesLab.svelte'));
