import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import webllmPackage from '@mlc-ai/web-llm/package.json';
import { describe, expect, it } from 'vitest';
import { catalogue, formatParams } from './catalogue';

// Its agreement with WebLLM's own records is checked in $lib/webllm/record.spec.ts.
describe('model catalogue', () => {
	it('offers f16 and f32 variants of each chat model where WebLLM has both, and marks f16 ones', () => {
		const chat = catalogue.filter((m) => m.kind === 'chat');
		for (const m of chat) expect(m.needsF16, m.id).toBe(/f16/.test(m.quantization));
		for (const family of new Set(chat.map((m) => m.family))) {
			const ids = chat.filter((m) => m.family === family).map((m) => m.id);
			const f32 = ids.filter((id) => /q\df32/.test(id));
			expect(ids.length - f32.length, family).toBe(1);
			// A family without an f32 variant is one WebLLM builds only for f16.
			if (f32.length === 0)
				expect(
					prebuiltAppConfig.model_list.some((r) => r.model_id === ids[0]!.replace('f16', 'f32')),
					family
				).toBe(false);
		}
		expect(catalogue.some((m) => m.kind === 'embedding')).toBe(true);
	});

	it('lists this year’s small models from WebLLM 0.2.86’s own prebuilt list', () => {
		expect(webllmPackage.version).toBe('0.2.86');
		const ids = new Set(prebuiltAppConfig.model_list.map((r) => r.model_id));
		for (const m of catalogue) expect(ids.has(m.id), m.id).toBe(true);
		for (const id of [
			'Qwen3.5-0.8B-q4f16_1-MLC',
			'Qwen3.5-2B-q4f32_1-MLC',
			'gemma3-1b-it-q4f16_1-MLC',
			'gemma-4-E2B-it-q4f32_1-MLC',
			'Phi-4-mini-instruct-q4f32_1-MLC',
			'Ministral-3-3B-Reasoning-2512-q4f32_1-MLC',
			'SmolLM2-135M-Instruct-q0f32-MLC'
		])
			expect(catalogue.map((m) => m.id)).toContain(id);
	});

	it('gives every model its licence, release month and thinking behaviour', () => {
		for (const m of catalogue) {
			expect(m.licence, m.id).toMatch(
				/^(Apache-2\.0|MIT|Gemma Terms of Use|Llama 3\.2 Community License)$/
			);
			expect(m.released, m.id).toMatch(/^20(2[4-6])-(0[1-9]|1[0-2])$/);
			expect(['none', 'switch', 'optional', 'always']).toContain(m.thinking);
		}
		const newest = catalogue.filter((m) => m.released! >= '2026-01').map((m) => m.family);
		expect(new Set(newest)).toEqual(new Set(['Qwen3.5 0.8B', 'Qwen3.5 2B', 'Gemma 4 E2B it']));
	});

	it('writes parameter counts the short way', () => {
		expect(formatParams(3.6e8)).toBe('360M');
		expect(formatParams(1.54e9)).toBe('1.5B');
	});
});
