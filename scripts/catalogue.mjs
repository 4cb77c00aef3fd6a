// Generates src/lib/models/catalogue.json from WebLLM's own prebuiltAppConfig, so that the page
// knows exact model ids, URLs and VRAM figures without importing the 6 MB WebLLM bundle.
// Run by `npm run gen` (part of build, check and test). Output is generated, not committed.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/**
 * The curated list: small models that suit a laptop GPU, oldest families first. Facts from the
 * model cards: parameters (total weights, for Gemma 4 E2B including its per-layer embeddings),
 * licence, release month, and how the family thinks:
 * - 'none': answers at once;
 * - 'switch': writes its thinking as text between <think> tags first, and WebLLM's
 *   enable_thinking: false turns that off per request (Qwen3, Qwen3.5; see thinksFirst in
 *   $lib/webllm/completionRequest.ts, which must agree);
 * - 'optional': the card describes a thinking mode in the family's own format, which WebLLM's
 *   switch does not write, so here it stays off (Gemma 4);
 * - 'always': reasons before every answer, with no switch (Ministral 3 Reasoning).
 * Newer WebLLM 0.2.86 models left out: Qwen3.5-4B and 9B need 3.9 and 6.4 GB of GPU memory even
 * as q4f16, beyond a typical laptop; Qwen3 1.7B to 8B, SmolLM2 1.7B and the Ministral 3 Base and
 * Instruct variants show nothing that a listed model of their family or size does not.
 */
export const curated = [
	{
		family: 'SmolLM2 135M Instruct',
		params: 0.135e9,
		licence: 'Apache-2.0',
		released: '2024-11',
		thinking: 'none',
		ids: ['SmolLM2-135M-Instruct-q0f16-MLC', 'SmolLM2-135M-Instruct-q0f32-MLC']
	},
	{
		family: 'SmolLM2 360M Instruct',
		params: 0.36e9,
		licence: 'Apache-2.0',
		released: '2024-11',
		thinking: 'none',
		ids: ['SmolLM2-360M-Instruct-q4f16_1-MLC', 'SmolLM2-360M-Instruct-q4f32_1-MLC']
	},
	{
		family: 'Qwen2.5 0.5B Instruct',
		params: 0.49e9,
		licence: 'Apache-2.0',
		released: '2024-09',
		thinking: 'none',
		ids: ['Qwen2.5-0.5B-Instruct-q4f16_1-MLC', 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC']
	},
	{
		family: 'Qwen3 0.6B',
		params: 0.6e9,
		licence: 'Apache-2.0',
		released: '2025-04',
		thinking: 'switch',
		ids: ['Qwen3-0.6B-q4f16_1-MLC', 'Qwen3-0.6B-q4f32_1-MLC']
	},
	{
		family: 'Qwen3.5 0.8B',
		params: 0.8e9,
		licence: 'Apache-2.0',
		released: '2026-03',
		thinking: 'switch',
		ids: ['Qwen3.5-0.8B-q4f16_1-MLC', 'Qwen3.5-0.8B-q4f32_1-MLC']
	},
	{
		family: 'Gemma 3 1B it',
		params: 1.0e9,
		licence: 'Gemma Terms of Use',
		released: '2025-03',
		thinking: 'none',
		// WebLLM 0.2.86 lists no q4f32 build of it, so it runs only where shader-f16 does.
		ids: ['gemma3-1b-it-q4f16_1-MLC']
	},
	{
		family: 'Llama 3.2 1B Instruct',
		params: 1.24e9,
		licence: 'Llama 3.2 Community License',
		released: '2024-09',
		thinking: 'none',
		ids: ['Llama-3.2-1B-Instruct-q4f16_1-MLC', 'Llama-3.2-1B-Instruct-q4f32_1-MLC']
	},
	{
		family: 'Qwen2.5 1.5B Instruct',
		params: 1.54e9,
		licence: 'Apache-2.0',
		released: '2024-09',
		thinking: 'none',
		ids: ['Qwen2.5-1.5B-Instruct-q4f16_1-MLC', 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC']
	},
	{
		family: 'Qwen3.5 2B',
		params: 2e9,
		licence: 'Apache-2.0',
		released: '2026-03',
		thinking: 'switch',
		ids: ['Qwen3.5-2B-q4f16_1-MLC', 'Qwen3.5-2B-q4f32_1-MLC']
	},
	{
		family: 'Gemma 2 2B it',
		params: 2.61e9,
		licence: 'Gemma Terms of Use',
		released: '2024-07',
		thinking: 'none',
		ids: ['gemma-2-2b-it-q4f16_1-MLC', 'gemma-2-2b-it-q4f32_1-MLC']
	},
	{
		family: 'Ministral 3 3B Reasoning',
		params: 3.8e9,
		licence: 'Apache-2.0',
		released: '2025-12',
		thinking: 'always',
		ids: ['Ministral-3-3B-Reasoning-2512-q4f16_1-MLC', 'Ministral-3-3B-Reasoning-2512-q4f32_1-MLC']
	},
	{
		family: 'Phi-3.5 mini instruct',
		params: 3.82e9,
		licence: 'MIT',
		released: '2024-08',
		thinking: 'none',
		ids: ['Phi-3.5-mini-instruct-q4f16_1-MLC', 'Phi-3.5-mini-instruct-q4f32_1-MLC']
	},
	{
		family: 'Phi-4 mini instruct',
		params: 3.84e9,
		licence: 'MIT',
		released: '2025-02',
		thinking: 'none',
		ids: ['Phi-4-mini-instruct-q4f16_1-MLC', 'Phi-4-mini-instruct-q4f32_1-MLC']
	},
	{
		family: 'Gemma 4 E2B it',
		params: 5.1e9,
		licence: 'Apache-2.0',
		released: '2026-04',
		thinking: 'optional',
		ids: ['gemma-4-E2B-it-q4f16_1-MLC', 'gemma-4-E2B-it-q4f32_1-MLC']
	},
	{
		family: 'Snowflake Arctic Embed S',
		params: 0.033e9,
		licence: 'Apache-2.0',
		released: '2024-04',
		thinking: 'none',
		ids: ['snowflake-arctic-embed-s-q0f32-MLC-b4']
	}
];

/**
 * Overrides of WebLLM's records that our records may drop: context_window_size is carried over;
 * max_history_size 1 is WebLLM 0.2.86's own default for recurrent-state models (Qwen3.5), so
 * leaving it out changes nothing. Anything else in a curated record stops the build.
 */
/** @type {Record<string, unknown>} */
const droppable = { max_history_size: 1 };

/** Bytes per weight by quantization: 4-bit weights plus group scales, or plain 16/32-bit floats. */
const bytesPerParam = { q4f16_1: 0.56, q4f32_1: 0.63, q0f16: 2, q0f32: 4 };

/** @param {{ model_list: any[] }} appConfig */
export function buildCatalogue(appConfig) {
	const models = [];
	for (const group of curated) {
		for (const id of group.ids) {
			const record = appConfig.model_list.find((r) => r.model_id === id);
			if (!record) throw new Error(`WebLLM has no model "${id}"`);
			for (const [key, value] of Object.entries(record.overrides ?? {}))
				if (key !== 'context_window_size' && droppable[key] !== value)
					throw new Error(`${id}: WebLLM's override ${key}=${value} would be lost`);
			const quantization = /(q\d+f\d+(?:_\d+)?)/.exec(id)?.[1] ?? 'unknown';
			const perParam = bytesPerParam[/** @type {keyof typeof bytesPerParam} */ (quantization)];
			models.push({
				id,
				family: group.family,
				params: group.params,
				licence: group.licence,
				released: group.released,
				thinking: group.thinking,
				quantization,
				// f16 records do not always declare required_features, so read it from the name.
				needsF16:
					quantization.includes('f16') || (record.required_features ?? []).includes('shader-f16'),
				kind: record.model_type === 1 ? 'embedding' : 'chat',
				vramMB: record.vram_required_MB ?? null,
				contextWindow: record.overrides?.context_window_size ?? null,
				lowResource: Boolean(record.low_resource_required),
				modelUrl: record.model,
				modelLib: record.model_lib,
				estimatedBytes: perParam ? Math.round(group.params * perParam) : null,
				...(record.integrity ? { integrity: record.integrity } : {})
			});
		}
	}
	return models;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { prebuiltAppConfig } = await import('@mlc-ai/web-llm');
	const out = new URL('../src/lib/models/catalogue.json', import.meta.url);
	writeFileSync(out, `${JSON.stringify(buildCatalogue(prebuiltAppConfig), null, '\t')}\n`);
	console.log('model catalogue written to src/lib/models/catalogue.json');
}
