import { describe, expect, it } from 'vitest';
import type { AdapterFacts, GpuProbe } from '$lib/gpu/probe';
import { catalogue } from './catalogue';
import { modelFit, recommendModel } from './recommend';

function gpu(
	over: Partial<AdapterFacts> = {},
	limits: Partial<AdapterFacts['limits']> = {}
): GpuProbe {
	return {
		status: 'available',
		adapter: {
			vendor: 'acme',
			architecture: 'x',
			device: '',
			description: '',
			isFallbackAdapter: false,
			shaderF16: true,
			features: ['shader-f16'],
			limits: {
				maxStorageBufferBindingSize: 2 ** 31,
				maxBufferSize: 2 ** 32,
				maxComputeWorkgroupStorageSize: 32768,
				maxComputeInvocationsPerWorkgroup: 1024,
				...limits
			},
			...over
		}
	};
}
const byId = (id: string) => catalogue.find((m) => m.id === id)!;

describe('recommendation', () => {
	it('with shader-f16 on a real GPU: the newest ~1B f16 model within 2 GB, and says why', () => {
		const r = recommendModel(catalogue, gpu());
		expect(r.model?.id).toBe('gemma3-1b-it-q4f16_1-MLC');
		expect(r.model!.params).toBeGreaterThanOrEqual(1e9);
		expect(r.reason).toMatch(
			/newest model .* at most 2 GB of GPU memory; this GPU supports shader-f16/
		);
		expect(r.warning).toBeUndefined();
	});

	it('without shader-f16 on a real GPU: the same rule picks among the f32 variants', () => {
		const r = recommendModel(catalogue, gpu({ shaderF16: false, features: [] }));
		expect(r.model?.id).toBe('Llama-3.2-1B-Instruct-q4f32_1-MLC');
	});

	it('never suggests a model that always reasons first, whatever its memory', () => {
		const reasoner = byId('Ministral-3-3B-Reasoning-2512-q4f16_1-MLC');
		expect(reasoner.thinking).toBe('always');
		const only = recommendModel([reasoner, byId('SmolLM2-360M-Instruct-q4f16_1-MLC')], gpu());
		expect(only.model?.id).toBe('SmolLM2-360M-Instruct-q4f16_1-MLC');
		const newer = { ...reasoner, vramMB: 900, released: '2030-01' };
		expect(recommendModel([...catalogue, newer], gpu()).model?.id).not.toBe(reasoner.id);
	});

	it('without shader-f16: only f32 variants fit, and f16 ones say why not', () => {
		const probe = gpu({ shaderF16: false, features: [] });
		expect(recommendModel(catalogue, probe).model?.quantization).toBe('q4f32_1');
		expect(recommendModel(catalogue, probe).reason).toMatch(/lacks shader-f16/);
		const fit = modelFit(byId('Qwen3-0.6B-q4f16_1-MLC'), probe);
		expect(fit).toEqual({ ok: false, reason: expect.stringMatching(/shader-f16/) });
		expect(modelFit(byId('Qwen3-0.6B-q4f32_1-MLC'), probe)).toEqual({ ok: true });
	});

	it('on a software adapter: the smallest model, with a warning', () => {
		const r = recommendModel(
			catalogue,
			gpu({ isFallbackAdapter: true, shaderF16: false, features: [] })
		);
		expect(r.model?.id).toBe('SmolLM2-360M-Instruct-q4f32_1-MLC');
		expect(r.warning).toMatch(/Software adapter/);
	});

	it('respects buffer limits', () => {
		const probe = gpu({}, { maxStorageBufferBindingSize: 128 * 2 ** 20 });
		const fit = modelFit(byId('Phi-3.5-mini-instruct-q4f16_1-MLC'), probe);
		expect(fit.ok).toBe(false);
		if (!fit.ok) expect(fit.reason).toMatch(/buffer limit/);
		const r = recommendModel(catalogue, probe);
		expect(r.model && modelFit(r.model, probe).ok).toBe(true);
	});

	it('without WebGPU: no model, and points to the built-in engine', () => {
		const r = recommendModel(catalogue, { status: 'unavailable', reason: 'no-api' });
		expect(r.model).toBeNull();
		expect(r.reason).toMatch(/built-in statistical model/);
	});
});
