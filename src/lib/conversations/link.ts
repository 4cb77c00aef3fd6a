// A shared playground link (?prompt=…&system=…&engine=…&temperature=…), so that a slide or a QR
// code opens the exact demo. Any query gives settings the playground can send: sampling values go
// through the sampling table's keys and limits, and what cannot be read falls back to `base`
// (link.property.spec.ts tries any query).
import { MAX_TOKENS_LIMIT } from '$lib/sampling/fields';
import { samplingFromParams } from '$lib/sampling/link';
import type { ChatSettings } from './request';

export function settingsFromUrl(params: URLSearchParams, base: ChatSettings) {
	return {
		prompt: params.get('prompt') ?? '',
		/** The engine the link names, if any (the app-wide selection decides whether it can run). */
		engine: params.get('engine'),
		settings: {
			...base,
			// temperature, top_p, … max_tokens, seed and the penalties.
			...samplingFromParams(params, base, MAX_TOKENS_LIMIT),
			system: params.get('system') ?? base.system,
			jsonSchema: params.get('json_schema') ?? base.jsonSchema,
			showChoices: params.has('choices') ? params.get('choices') !== '0' : base.showChoices
		}
	};
}
