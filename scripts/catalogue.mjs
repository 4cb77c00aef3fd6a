// Generates src/lib/models/catalogue.json from WebLLM's own prebuiltAppConfig, so that the page
// knows exact model ids, URLs and VRAM figures without importing the 6 MB WebLLM bundle.
// Run by `npm run gen` (part of build, check and test). Output is generated, not committed.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The curated list: small models that suit a laptop GPU. Parameter counts from the model cards. */
export const curated = [
	{
		family: 'SmolLM2 360M Instruct',
		params: 0.36e9,
		ids: ['SmolLM2-360M-Instruct-q4f16_1-MLC', 'SmolLM2-360M-Instruct-q4f32_1-MLC']
	},
	{
		family: 'Qwen2.5 0.5B Instruct',
		params: 0.49e9,
		ids: ['Qwen2.5-0.5B-Instruct-q4f16_1-MLC', 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC']
	},
	{
		family: 'Qwen3 0.6B',
		params: 0.6e9,
		ids: ['Qwen3-0.6B-q4f16_1-MLC', 'Qwen3-0.6B-q4f32_1-MLC']
	},
	{
		family: 'Llama 3.2 1B Instruct',
		params: 1.24e9,
		ids: ['Llama-3.2-1B-Instruct-q4f16_1-MLC', 'Llama-3.2-1B-Instruct-q4f32_1-MLC']
	},
	{
		family: 'Qwen2.5 1.5B Instruct',
		params: 1.54e9,
		ids: ['Qwen2.5-1.5B-Instruct-q4f16_1-MLC', 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC']
	},
	{
		family: 'Gemma 2 2B it',
		params: 2.61e9,
		ids: ['gemma-2-2b-it-q4f16_1-MLC', 'gemma-2-2b-it-q4f32_1-MLC']
	},
	{
		family: 'Phi-3.5 mini instruct',
		params: 3.82e9,
		ids: ['Phi-3.5-mini-instruct-q4f16_1-MLC', 'Phi-3.5-mini-instruct-q4f32_1-MLC']
	},
	{
		family: 'Snowflake Arctic Embed S',
		params: 0.033e9,
		ids: ['snowflake-arctic-embed-s-q0f32-MLC-b4']
	}
];

/** Bytes per weight by quantization: 4-bit weights plus group scales, or plain 16/32-bit floats. */
const bytesPerParam = { q4f16_1: 0.56, q4f32_1: 0.63, q0f16: 2, q0f32: 4 };

/** @param {{ model_list: any[] }} appConfig */
export function buildCatalogue(appConfig) {
	const models = [];
	for (const group of curated) {
		for (const id of group.ids) {
			const record = appConfig.model_list.find((r) => r.model_id === id);
			if (!record) throw new Error(`WebLLM has no model "${id}"`);
			const quantization = /(q\d+f\d+(?:_\d+)?)/.exec(id)?.[1] ?? 'unknown';
			const perParam = bytesPerParam[/** @type {keyof typeof bytesPerParam} */ (quantization)];
			models.push({
				id,
				family: group.family,
				params: group.params,
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
