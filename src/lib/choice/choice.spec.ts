// Every rule of the app-wide engine choice, as a user would meet it.
import { describe, expect, it } from 'vitest';
import type { GpuProbe } from '$lib/gpu/probe';
import type { ModelEntry } from '$lib/models/catalogue';
import { BUILTIN_ID, ELIZA_ID, onDevice, resolveChoice, type ChoiceInput } from './choice';

const model = (id: string, extra: Partial<ModelEntry> = {}): ModelEntry => ({
	id,
	family: id.split('-')[0]!,
	params: 5e8,
	quantization: 'q4f32_1',
	needsF16: false,
	kind: 'chat',
	vramMB: 900,
	contextWindow: 4096,
	lowResource: true,
	modelUrl: `https://huggingface.co/mlc-ai/${id}`,
	modelLib: `https://example.org/${id}.wasm`,
	estimatedBytes: 3e8,
	...extra
});

const gpu = (shaderF16 = true): GpuProbe => ({
	status: 'available',
	adapter: {
		vendor: 'x',
		architecture: 'y',
		device: '',
		description: '',
		isFallbackAdapter: false,
		shaderF16,
		features: shaderF16 ? ['shader-f16'] : [],
		limits: {
			maxStorageBufferBindingSize: 2 ** 30,
			maxBufferSize: 2 ** 30,
			maxComputeWorkgroupStorageSize: 32768,
			maxComputeInvocationsPerWorkgroup: 256
		}
	}
});

const qwen = model('Qwen-q4f32');
const base: ChoiceInput = {
	saved: qwen.id,
	models: [
		{ entry: qwen, onDevice: true },
		{ entry: model('Llama-q4f16', { needsF16: true, quantization: 'q4f16_1' }), onDevice: true },
		{ entry: model('Gemma-q4f32'), onDevice: false },
		{ entry: model('snowflake-embed', { kind: 'embedding' }), onDevice: true }
	],
	gpu: gpu(false),
	failed: {}
};

describe('the engine choice', () => {
	it('runs the saved model when it is on this device and this GPU can run it', () => {
		const c = resolveChoice(base);
		expect(c).toMatchObject({ id: qwen.id, wanted: qwen.id, checking: false });
		expect(c.notice).toBeUndefined();
	});

	it('lists the two built-in engines and every downloaded model, greying what cannot run, with why', () => {
		const { options } = resolveChoice(base);
		expect(options.map((o) => o.id)).toEqual([
			BUILTIN_ID,
			ELIZA_ID,
			'Qwen-q4f32',
			'Llama-q4f16',
			'snowflake-embed'
		]);
		expect(options.find((o) => o.id === 'Llama-q4f16')?.unavailable).toMatch(/shader-f16/);
		expect(options.find((o) => o.id === 'snowflake-embed')?.unavailable).toMatch(/does not write/);
		expect(options.find((o) => o.id === 'Qwen-q4f32')?.unavailable).toBeUndefined();
	});

	it('falls back to the built-in engine with a notice when the saved model was deleted', () => {
		const c = resolveChoice({ ...base, models: [{ entry: qwen, onDevice: false }] });
		expect(c.id).toBe(BUILTIN_ID);
		expect(c.notice).toMatch(/no longer on this device.*built-in engine runs instead/);
	});

	it('falls back when this browser has no WebGPU', () => {
		const c = resolveChoice({ ...base, gpu: { status: 'unavailable', reason: 'no-api' } });
		expect(c.id).toBe(BUILTIN_ID);
		expect(c.notice).toMatch(/cannot run here: This browser has no usable WebGPU/);
	});

	it('falls back after a failure that rules the model out, e.g. a lost GPU device', () => {
		const c = resolveChoice({ ...base, failed: { [qwen.id]: 'The GPU gave up.' } });
		expect(c.id).toBe(BUILTIN_ID);
		expect(c.notice).toBe(
			'“Qwen (q4f32_1)” stopped: The GPU gave up. The built-in engine runs instead.'
		);
	});

	it('a shared link naming a missing model says so and runs the built-in engine', () => {
		const c = resolveChoice({ ...base, fromLink: 'Phi-9000' });
		expect(c).toMatchObject({ id: BUILTIN_ID, wanted: 'Phi-9000' });
		expect(c.notice).toMatch(/This link asks for “Phi-9000”, which is not on this device/);
	});

	it('a link naming a model this device has runs it, and the notice says which and why', () => {
		const downloaded = resolveChoice({ ...base, saved: BUILTIN_ID, fromLink: qwen.id });
		expect(downloaded.id).toBe(qwen.id);
		expect(downloaded.notice).toBe(
			'“Qwen (q4f32_1)” runs because the link you opened named it; it stays for this tab until you pick an engine in the Engine menu.'
		);
		// A link naming the engine already chosen changes nothing worth a notice.
		expect(resolveChoice({ ...base, fromLink: qwen.id }).notice).toBeUndefined();
	});

	it('a link naming an absurdly long engine is echoed at a readable length', () => {
		const c = resolveChoice({ ...base, fromLink: 'x'.repeat(100_000) });
		expect(c.id).toBe(BUILTIN_ID);
		expect(c.notice!.length).toBeLessThan(300);
		expect(c.notice).toContain('x'.repeat(79) + '…');
	});

	it('waits (built-in meanwhile, no notice) until the model files and the GPU were checked', () => {
		expect(resolveChoice({ ...base, models: [{ entry: qwen, onDevice: null }] })).toMatchObject({
			id: BUILTIN_ID,
			checking: true
		});
		expect(resolveChoice({ ...base, gpu: null })).toMatchObject({ checking: true });
		expect(resolveChoice({ ...base, saved: BUILTIN_ID, gpu: null })).toMatchObject({
			id: BUILTIN_ID,
			checking: false
		});
	});

	it('a list of models that could not be loaded is said, and the built-in engine runs', () => {
		const c = resolveChoice({
			...base,
			models: null,
			modelsProblem: 'The list of models on this device could not be loaded (offline).'
		});
		expect(c).toMatchObject({ id: BUILTIN_ID, checking: false });
		expect(c.notice).toMatch(/“Qwen-q4f32” could not be checked: .*offline.*built-in engine runs/);
	});

	it('the ELIZA-style rules run when chosen, with no GPU, no model list and no download', () => {
		const chosen = resolveChoice({ ...base, saved: ELIZA_ID, models: null, gpu: null });
		expect(chosen).toMatchObject({ id: ELIZA_ID, checking: false });
		expect(chosen.notice).toBeUndefined();
		expect(chosen.options.find((o) => o.id === ELIZA_ID)?.label).toMatch(/ELIZA.*no GPU/);
		// A link that names them says why they run, like a link naming a model.
		const linked = resolveChoice({ ...base, saved: BUILTIN_ID, fromLink: ELIZA_ID });
		expect(linked.id).toBe(ELIZA_ID);
		expect(linked.notice).toMatch(/ELIZA-style rules.*link you opened/);
	});

	it('before the list of models is read, a saved model waits and the built-in engine is ready', () => {
		const waiting = resolveChoice({ ...base, models: null });
		expect(waiting).toMatchObject({ id: BUILTIN_ID, checking: true });
		expect(waiting.notice).toBeUndefined();
		expect(waiting.options.map((o) => o.id)).toEqual([BUILTIN_ID, ELIZA_ID]);
		expect(resolveChoice({ ...base, saved: BUILTIN_ID, models: null })).toMatchObject({
			id: BUILTIN_ID,
			checking: false
		});
	});

	it('says "no longer on this device" only once a delete has finished, not while it runs', () => {
		const during = resolveChoice({
			...base,
			models: [{ entry: qwen, onDevice: onDevice('deleting') }]
		});
		expect(during).toMatchObject({ id: BUILTIN_ID, checking: true });
		expect(during.notice).toBeUndefined();
		const after = resolveChoice({
			...base,
			models: [{ entry: qwen, onDevice: onDevice('absent') }]
		});
		expect(after.notice).toContain('no longer on this device');
		expect(onDevice('ready')).toBe(true);
		expect(onDevice('checking')).toBeNull();
	});
});

describe('engine ids are only strings', () => {
	it('a model named like an object’s own property is chosen as any other', () => {
		for (const id of ['constructor', '__proto__', 'toString']) {
			const odd = model(id);
			const c = resolveChoice({ ...base, saved: id, models: [{ entry: odd, onDevice: true }] });
			expect(c).toMatchObject({ id, checking: false });
			expect(c.notice).toBeUndefined();
		}
		const failed = Object.fromEntries([['__proto__', 'The GPU gave up.']]);
		const odd = model('__proto__');
		const c = resolveChoice({
			...base,
			saved: odd.id,
			models: [{ entry: odd, onDevice: true }],
			failed
		});
		expect(c.notice).toMatch(/stopped: The GPU gave up/);
	});
});
