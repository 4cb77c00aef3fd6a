// The values behind the sampling controls (SamplingControls.svelte), shared by the "Try it" box on
// every concept page and the playground, and how they become request fields.
import type { GenerateRequest } from '$lib/engine';

export interface SamplingValues {
	temperature: number;
	topP: number;
	/** 0 = off. */
	topK: number;
	maxTokens: number;
	/** null = a fresh random seed per run. */
	seed: number | null;
	frequencyPenalty: number;
	presencePenalty: number;
	/** 1 = off. */
	repetitionPenalty: number;
}

export const noPenalties = { frequencyPenalty: 0, presencePenalty: 0, repetitionPenalty: 1 };

/** The request fields these controls set; values are passed as typed, validation reports. */
export function samplingFields(
	v: SamplingValues
): Pick<
	GenerateRequest,
	| 'temperature'
	| 'topP'
	| 'topK'
	| 'maxTokens'
	| 'seed'
	| 'frequencyPenalty'
	| 'presencePenalty'
	| 'repetitionPenalty'
> {
	return {
		temperature: v.temperature,
		topP: v.topP,
		topK: v.topK,
		maxTokens: v.maxTokens,
		...(v.seed === null || v.seed === undefined ? {} : { seed: v.seed }),
		frequencyPenalty: v.frequencyPenalty,
		presencePenalty: v.presencePenalty,
		repetitionPenalty: v.repetitionPenalty
	};
}
