// The values behind the sampling controls (SamplingControls.svelte), shared by the "Try it" box on
// every concept page and the playground, and how they become request fields. What each field is
// (limits, labels, off values) lives in fields.ts; this file keeps the names pages import.
import type { GenerateRequest } from '$lib/engine';
import { samplingField, samplingTable, type SamplingKey, type SamplingValues } from './fields';

export type { SamplingValues } from './fields';

/** The penalties at their "off" values. */
export const noPenalties: Pick<
	SamplingValues,
	'frequencyPenalty' | 'presencePenalty' | 'repetitionPenalty'
> = {
	frequencyPenalty: samplingField.frequencyPenalty.off,
	presencePenalty: samplingField.presencePenalty.off,
	repetitionPenalty: samplingField.repetitionPenalty.off
};

/**
 * The request fields these controls set; values are passed as typed, validation reports. An empty
 * seed is left out (the engine picks a new one).
 */
export function samplingFields(v: SamplingValues): Pick<GenerateRequest, SamplingKey> {
	const fields: Partial<Record<SamplingKey, number>> = {};
	for (const { key } of samplingTable) {
		const value = v[key];
		if (value !== null && value !== undefined) fields[key] = value;
	}
	return fields as Pick<GenerateRequest, SamplingKey>;
}

/** Every field at the table's default (a fresh playground). */
export function defaultSampling(): SamplingValues {
	const values = {} as Record<keyof SamplingValues, number | null>;
	for (const f of samplingTable) values[f.key] = f.default;
	return values as unknown as SamplingValues;
}
