// Sampling settings in a shared link (?temperature=0.2&top_p=0.9&seed=7…), so a slide or a QR code
// opens the exact demo. Keys, limits and defaults come from the table in fields.ts: a link can
// carry exactly what the controls can set and validation accepts, and a mistyped or out-of-date
// link still opens something valid (numbers clamped to the limits, whole-number fields rounded,
// junk ignored) instead of a page full of errors.
import {
	fieldMax,
	MAX_TOKENS_LIMIT,
	samplingTable,
	type SamplingField,
	type SamplingValues
} from './fields';

/**
 * The sampling values a link sets, the rest from `base`. A value that is not a number keeps
 * `base`'s; an empty one (`temperature=`) means the field's default (for the seed: a new one per
 * run), not 0.
 */
export function samplingFromParams(
	params: URLSearchParams,
	base: SamplingValues,
	/** The page's token limit; links cannot ask for more. */
	maxTokens = MAX_TOKENS_LIMIT
): SamplingValues {
	const values = { ...base };
	for (const f of samplingTable) {
		const text = params.get(f.urlKey);
		if (text === null) continue;
		const value = text.trim() === '' ? f.default : Number(text);
		if (value === null) set(values, f, null);
		else if (Number.isFinite(value)) set(values, f, clamp(f, value, maxTokens));
	}
	return values;
}

/** Every sampling value as link parameters; an empty seed is written empty (`seed=`). */
export function samplingToParams(values: SamplingValues): URLSearchParams {
	const params = new URLSearchParams();
	for (const f of samplingTable) {
		const v = values[f.key];
		params.set(f.urlKey, v === null || v === undefined ? '' : String(v));
	}
	return params;
}

function clamp(f: SamplingField, v: number, maxTokens: number) {
	const max = fieldMax(f, maxTokens);
	return Math.min(max, Math.max(f.min, f.integer ? Math.round(v) : v));
}

// Only the seed may be null; the table says which fields default to null.
function set(values: SamplingValues, f: SamplingField, v: number | null) {
	(values as Record<SamplingField['key'], number | null>)[f.key] = v;
}
