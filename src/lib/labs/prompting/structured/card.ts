// The structured-output lab's request: a glossary card as JSON, described by a JSON Schema that
// the page shows, the engine follows where it can (WebLLM turns `jsonSchema` into a grammar that
// allows only matching tokens), and check.ts validates afterwards in every case. The schema
// leaves out "$schema" and formats on purpose: WebLLM's grammar compiler reads the schema too,
// and the keywords here (type, properties, required, additionalProperties, enum, items,
// minItems, maxItems, minLength) are the plain ones it handles; the validator is told the draft
// (2020-12) directly.
import type { Schema } from '@cfworker/json-schema';
import type { EngineCapabilities, GenerateRequest } from '$lib/engine/types';
import { prettyJson } from './pretty';

export const categories = ['model', 'technique', 'application', 'risk', 'law'] as const;

export const cardSchema: Schema = {
	type: 'object',
	properties: {
		term: { type: 'string', minLength: 1 },
		definition: { type: 'string', minLength: 10 },
		related: {
			type: 'array',
			items: { type: 'string', minLength: 1 },
			minItems: 1,
			maxItems: 5
		},
		category: { type: 'string', enum: [...categories] }
	},
	required: ['term', 'definition', 'related', 'category'],
	additionalProperties: false
};

/** The schema as the page shows it and the engine receives it. */
export const cardSchemaText = prettyJson(cardSchema);

/**
 * Enough for a card (about 60–90 tokens of JSON); a card cut off at the limit shows as a
 * truncated-JSON error, which is itself worth seeing.
 */
const MAX_TOKENS = 200;

/**
 * The message: the fields in words too, so a model without the grammar knows what to write. It
 * ends with a colon, not a full stop, so the built-in model (which only continues the last two
 * words, and mostly stops after a full stop) writes something the check can show failing.
 */
export function cardPrompt(term: string): string {
	return `Write a glossary card for the term “${term.trim()}” as a JSON object with exactly these fields: "term" (the term itself), "definition" (one plain sentence), "related" (one to five related terms, as a list of strings) and "category" (one of ${categories.map((c) => `"${c}"`).join(', ')}). Reply with the JSON object and nothing else:`;
}

/** The request: constrained by the schema only where the engine can honour it. */
export function cardRequest(
	term: string,
	seed: number,
	caps: Pick<EngineCapabilities, 'jsonSchema'>
): GenerateRequest {
	return {
		messages: [{ role: 'user', content: cardPrompt(term) }],
		// Low temperature: a card is a factual answer, and variety only adds ways to break JSON.
		temperature: 0.3,
		topK: 40,
		topP: 0.95,
		maxTokens: MAX_TOKENS,
		seed,
		...(caps.jsonSchema ? { jsonSchema: cardSchemaText } : {})
	};
}
