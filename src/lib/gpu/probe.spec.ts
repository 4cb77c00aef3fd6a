import { describe, expect, it } from 'vitest';
import { explainGpu, probeGpu, type AdapterLike, type GpuEnvironment } from './probe';

function fakeAdapter(opts: {
	features?: string[];
	fallback?: boolean;
	architecture?: string;
	legacyFallbackFlag?: boolean;
}): AdapterLike {
	const features = new Set(opts.features ?? []);
	return {
		features,
		limits: {
			maxStorageBufferBindingSize: 1 << 30,
			maxBufferSize: 2 ** 31,
			maxComputeWorkgroupStorageSize: 32768,
			maxComputeInvocationsPerWorkgroup: 1024
		},
		info: {
			vendor: 'acme',
			architecture: opts.architecture ?? 'rdna-3',
			device: '',
			description: '',
			...(opts.legacyFallbackFlag ? {} : { isFallbackAdapter: opts.fallback ?? false })
		},
		...(opts.legacyFallbackFlag ? { isFallbackAdapter: opts.fallback ?? false } : {})
	};
}

function env(adapter: AdapterLike | null | Error, secure = true): GpuEnvironment {
	return {
		isSecureContext: secure,
		gpu: {
			requestAdapter: async () => {
				if (adapter instanceof Error) throw adapter;
				return adapter;
			}
		}
	};
}

describe('probeGpu', () => {
	it('reports no API, and says why, when navigator.gpu is missing', async () => {
		const probe = await probeGpu({ isSecureContext: true });
		expect(probe).toEqual({ status: 'unavailable', reason: 'no-api' });
		const text = explainGpu(probe);
		expect(text.level).toBe('unavailable');
		expect(text.notes.join(' ')).toMatch(/Chrome or Edge 113/);
		expect(text.notes.join(' ')).toMatch(/built-in statistical model/);
	});

	it('blames an insecure context before the browser', async () => {
		const probe = await probeGpu({ isSecureContext: false });
		expect(probe).toMatchObject({ reason: 'insecure-context' });
		expect(explainGpu(probe).notes[0]).toMatch(/https:\/\/ or from localhost/);
	});

	it('reports no adapter when the browser returns null', async () => {
		const probe = await probeGpu(env(null));
		expect(probe).toMatchObject({ status: 'unavailable', reason: 'no-adapter' });
		expect(explainGpu(probe).notes[0]).toMatch(/hardware acceleration/);
	});

	it('turns a throwing requestAdapter into an error status with the detail', async () => {
		const probe = await probeGpu(env(new Error('GPU process crashed')));
		expect(probe).toMatchObject({ status: 'unavailable', reason: 'error' });
		expect(explainGpu(probe).notes.join(' ')).toContain('GPU process crashed');
	});

	it('classifies a hardware adapter with shader-f16 as ready with nothing to explain', async () => {
		const probe = await probeGpu(env(fakeAdapter({ features: ['shader-f16', 'timestamp-query'] })));
		expect(probe.status).toBe('available');
		if (probe.status !== 'available') return;
		expect(probe.adapter.shaderF16).toBe(true);
		expect(probe.adapter.isFallbackAdapter).toBe(false);
		expect(probe.adapter.features).toEqual(['shader-f16', 'timestamp-query']);
		expect(probe.adapter.limits.maxStorageBufferBindingSize).toBe(1 << 30);
		const text = explainGpu(probe);
		expect(text).toEqual({
			level: 'ready',
			headline: 'WebGPU available: acme · rdna-3',
			notes: []
		});
	});

	it('explains a missing shader-f16 in terms of model variants', async () => {
		const probe = await probeGpu(env(fakeAdapter({ features: [] })));
		const text = explainGpu(probe);
		expect(text.level).toBe('ready');
		expect(text.notes).toHaveLength(1);
		expect(text.notes[0]).toMatch(/q4f16.*q4f32/);
	});

	it('marks a fallback adapter as slow, from adapter.info or the older adapter flag', async () => {
		for (const legacyFallbackFlag of [false, true]) {
			const probe = await probeGpu(
				env(fakeAdapter({ fallback: true, architecture: 'swiftshader', legacyFallbackFlag }))
			);
			const text = explainGpu(probe);
			expect(text.level).toBe('slow');
			expect(text.headline).toContain('swiftshader');
			expect(text.notes[0]).toMatch(/software \(fallback\) adapter/);
		}
	});
});
