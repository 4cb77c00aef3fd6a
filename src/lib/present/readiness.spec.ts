import { describe, expect, it } from 'vitest';
import { readiness, type Facts } from './readiness';

const ok: Facts = {
	gpu: {
		status: 'available',
		adapter: {
			vendor: 'nvidia',
			architecture: 'ampere',
			device: '',
			description: '',
			isFallbackAdapter: false,
			shaderF16: true,
			features: ['shader-f16'],
			limits: {
				maxStorageBufferBindingSize: 2 ** 30,
				maxBufferSize: 2 ** 30,
				maxComputeWorkgroupStorageSize: 32768,
				maxComputeInvocationsPerWorkgroup: 256
			}
		}
	},
	engine: { label: 'Qwen2.5 (q4f32_1)', builtin: false, checking: false },
	persisted: true,
	offline: { supported: true, controlled: true, shellCached: true, checked: true },
	missing: [],
	figures: {
		engine: 'Qwen',
		at: 0,
		loadMs: 2000,
		firstTokenMs: 300,
		tokensPerSecond: 40,
		tokens: 64
	}
};
const level = (f: Facts) => Object.fromEntries(readiness(f).map((l) => [l.id, l.level]));

describe('readiness rules', () => {
	it('all green when everything is there', () => {
		expect(Object.values(level(ok)).every((l) => l === 'pass')).toBe(true);
	});

	it('no WebGPU: a warning on the built-in engine, a failure for a chosen model', () => {
		const noGpu = { ...ok, gpu: { status: 'unavailable', reason: 'no-api' } as const };
		expect(level(noGpu).gpu).toBe('fail');
		expect(
			level({ ...noGpu, engine: { label: 'Built-in', builtin: true, checking: false } }).gpu
		).toBe('warn');
	});

	it('a software adapter, unpersisted storage and a slow model are warnings with advice', () => {
		const lines = readiness({
			...ok,
			gpu: {
				...ok.gpu!,
				adapter: { ...(ok.gpu as { adapter: object }).adapter, isFallbackAdapter: true }
			} as Facts['gpu'],
			persisted: false,
			figures: { ...ok.figures!, firstTokenMs: 9000 }
		});
		const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
		expect(byId.gpu!.level).toBe('warn');
		expect(byId.storage!.detail).toMatch(/may clear downloaded models/);
		expect(byId.speed!.detail).toMatch(/Slow for a live demo/);
	});

	it('a fallback notice, a missing offline copy and missing deck pages fail', () => {
		const lines = level({
			...ok,
			engine: { ...ok.engine, notice: '“X” is no longer on this device' },
			offline: { ...ok.offline, shellCached: false },
			missing: ['/concepts/rag']
		});
		expect(lines).toMatchObject({ engine: 'fail', offline: 'fail', deck: 'fail' });
	});

	it('what is not known yet is a warning that says what to press', () => {
		const lines = readiness({ ...ok, missing: null, figures: null, gpu: null });
		expect(lines.find((l) => l.id === 'speed')!.detail).toMatch(/press “Measure”/);
		expect(lines.find((l) => l.id === 'deck')!.detail).toMatch(/press “Rehearse offline”/);
		expect(lines.every((l) => l.level !== 'fail')).toBe(true);
	});
});

describe('measuring and rehearsing', () => {
	it('times the load, the first token and the decode speed on any engine', async () => {
		const { measure } = await import('./measure');
		let t = 0;
		const now = () => t;
		const engine = {
			info: { label: 'Fake', capabilities: { chat: false } },
			load: async () => {
				t += 500;
			},
			generate: async (_r: unknown, onToken: () => void) => {
				for (let i = 0; i < 11; i++) {
					t += i === 0 ? 200 : 100;
					onToken();
				}
				return { usage: { completionTokens: 11, decodeTokensPerSecond: 0 } };
			}
		} as unknown as import('$lib/engine/types').Engine;
		expect(await measure(engine, now)).toMatchObject({
			engine: 'Fake',
			loadMs: 500,
			firstTokenMs: 200,
			tokensPerSecond: 10,
			tokens: 11
		});
	});

	it('lists the deck pages the offline copy lacks', async () => {
		const { missingPages } = await import('./measure');
		const cached = new Set(['/present', '/concepts/rag']);
		expect(
			await missingPages(['/present', '/concepts/rag', '/concepts/gans'], async (u) =>
				cached.has(u)
			)
		).toEqual(['/concepts/gans']);
	});
});
