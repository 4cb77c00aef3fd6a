import { describe, expect, it } from 'vitest';
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { buildCatalogue, curated } from '../../../scripts/catalogue.mjs';
import { catalogue, formatParams, modelBaseUrl, toWebllmRecord } from './catalogue';

describe('model catalogue', () => {
	it('is exactly what the generator makes from the installed WebLLM (regenerate on upgrade)', () => {
		expect(catalogue).toEqual(buildCatalogue(prebuiltAppConfig));
	});

	it('matches WebLLM’s records for every curated id: URLs, library and VRAM', () => {
		const ids = curated.flatMap((g) => g.ids);
		expect(catalogue.map((m) => m.id)).toEqual(ids);
		for (const m of catalogue) {
			const record = prebuiltAppConfig.model_list.find((r) => r.model_id === m.id)!;
			expect(m.modelUrl).toBe(record.model);
			expect(m.modelLib).toBe(record.model_lib);
			expect(m.vramMB).toBe(record.vram_required_MB);
			expect(toWebllmRecord(m)).toMatchObject({ model: record.model, model_lib: record.model_lib });
		}
	});

	it('offers f16 and f32 variants of each chat model and marks f16 ones', () => {
		const chat = catalogue.filter((m) => m.kind === 'chat');
		expect(chat.filter((m) => m.quantization === 'q4f16_1').every((m) => m.needsF16)).toBe(true);
		expect(chat.filter((m) => m.quantization === 'q4f32_1').every((m) => !m.needsF16)).toBe(true);
		for (const family of new Set(chat.map((m) => m.family))) {
			expect(
				chat
					.filter((m) => m.family === family)
					.map((m) => m.quantization)
					.sort()
			).toEqual(['q4f16_1', 'q4f32_1']);
		}
		expect(catalogue.some((m) => m.kind === 'embedding')).toBe(true);
	});

	it('builds cache base URLs the way WebLLM does', () => {
		expect(modelBaseUrl('https://huggingface.co/mlc-ai/X-MLC')).toBe(
			'https://huggingface.co/mlc-ai/X-MLC/resolve/main/'
		);
		expect(modelBaseUrl('https://host/m/resolve/v2/')).toBe('https://host/m/resolve/v2/');
		expect(formatParams(3.6e8)).toBe('360M');
		expect(formatParams(1.54e9)).toBe('1.5B');
	});
});
