// The tiny-GPT lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';
import type { PresetId } from './presets';

/**
 * A character-level GPT trained live on the app's own concept texts, with its attention, its
 * embeddings and a KV-cache timing to look at. The seed fixes the weights, the batches and the
 * samples.
 */
export interface TinyGptExperiment extends ExperimentBase {
	kind: 'tiny-gpt';
	preset: PresetId;
	/** The text whose attention is shown first. */
	prompt: string;
	lookFor: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		'tiny-gpt': TinyGptExperiment;
	}
}

export default defineLab('tiny-gpt', 'tiny GPT', () => import('./TinyGptLab.svelte'));
