// The quantization lab's config and component.
import { defineLab, type ExperimentBase } from '$lib/labs/kit/declaration';
import type { PresetId } from '../tiny-gpt/presets';

/**
 * A trained tiny GPT (the one saved on this device for the preset, or one trained here from the
 * seed) quantized to 8, 4, 3 and 2 bits with one scale per group of weights, and measured at each
 * setting: held-out loss and perplexity, size, a sample, and the error per weight.
 */
export interface QuantizationExperiment extends ExperimentBase {
	kind: 'quantization';
	preset: PresetId;
	/** Weights per scale at first (32, as WebLLM's q4f16_1 models use). */
	group: number;
	lookFor: string;
}
declare module '$lib/labs/kit/declaration' {
	interface LabConfigs {
		quantization: QuantizationExperiment;
	}
}

export default defineLab(
	'quantization',
	'quantization lab',
	() => import('./QuantizationLab.svelte')
);
