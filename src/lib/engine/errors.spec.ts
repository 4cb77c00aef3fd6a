import { describe, expect, it } from 'vitest';
import { classifyEngineError, concernsOneRequest, toRawError } from './errors';

const cases: [string, string, string][] = [
	['WebGPUNotAvailableError', 'WebGPU is not supported in your current environment', 'no-webgpu'],
	['WebGPUNotFoundError', 'Cannot find WebGPU in the environment', 'no-webgpu'],
	['ShaderF16SupportError', 'This model requires WebGPU extension shader-f16', 'no-f16'],
	['FeatureSupportError', 'This model requires feature timestamp-query', 'no-f16'],
	['DeviceLostError', 'The WebGPU device was lost while loading the model.', 'device-lost'],
	[
		'ContextWindowSizeExceededError',
		'Prompt tokens exceed context window size: number of prompt tokens: 5000; context window size: 4096',
		'context-window'
	],
	['ModelNotFoundError', 'Cannot find model record in appConfig for x', 'model-not-found'],
	['SpecifiedModelNotFoundError', 'Specified model x is not found', 'model-not-found'],
	['IntegrityError', 'Integrity verification failed for https://x/lib.wasm', 'integrity'],
	['MissingModelError', 'Missing `model_lib` for the model', 'invalid-model-lib'],
	['GpuElsewhere', 'another tab holds the GPU model', 'gpu-elsewhere'],
	[
		'CompileError',
		'WebAssembly.instantiate(): expected magic word 00 61 73 6d',
		'invalid-model-lib'
	],
	['LinkError', 'WebAssembly.Instance(): Import #0 module="env"', 'invalid-model-lib'],
	// What tvmjs says of valid WebAssembly that is no TVM library (the e2e fixture's library).
	['Error', 'Cannot find TVMWasmAllocSpace,TVMWasmFreeSpace in exports', 'invalid-model-lib'],
	['Error', 'Cannot find TVMFFIWasmSafeCall in exports', 'invalid-model-lib'],
	[
		'Error',
		'Failed to store https://x/params_shard_0.bin with error: TypeError: Failed to fetch',
		'network'
	],
	['WorkerCrashed', 'the worker stopped', 'worker-crashed'],
	['LoadTimeout', 'no progress for 15 s', 'load-timeout'],
	['InvalidRequest', 'Top-k must be a whole number from 0 to 1000 (got 2.5).', 'invalid-request'],
	['Error', 'something nobody expected', 'unknown']
];

describe('which failures concern one request only', () => {
	it('a refused request or an over-long prompt; the engine itself is fine for the next one', () => {
		expect(concernsOneRequest('invalid-request')).toBe(true);
		expect(concernsOneRequest('context-window')).toBe(true);
		expect(concernsOneRequest('device-lost')).toBe(false);
		expect(concernsOneRequest('worker-crashed')).toBe(false);
	});
});

describe('engine error mapping', () => {
	it.each(cases)('%s → %s', (name, message, code) => {
		const e = classifyEngineError({ name, message });
		expect(e.code).toBe(code);
		expect(e.message.length).toBeGreaterThan(20);
		expect(e.detail).toContain(message);
	});

	it('says "download first" for a fetch failure while offline', () => {
		const e = classifyEngineError(
			{ name: 'TypeError', message: 'Failed to fetch' },
			{ online: false }
		);
		expect(e.code).toBe('not-downloaded');
		expect(e.action).toEqual({ label: 'Download it on Models', href: '/models' });
	});

	it('shows the numbers when the prompt is longer than the context window', () => {
		const e = classifyEngineError({
			name: 'ContextWindowSizeExceededError',
			message: 'number of prompt tokens: 5000; context window size: 4096'
		});
		expect(e.message).toContain('5000 tokens, but it reads at most 4096');
	});

	it('reads errors that crossed a worker as strings', () => {
		expect(toRawError('DeviceLostError: The WebGPU device was lost')).toEqual({
			name: 'DeviceLostError',
			message: 'The WebGPU device was lost'
		});
		expect(toRawError(new RangeError('bad'))).toEqual({ name: 'RangeError', message: 'bad' });
		expect(toRawError('plain text')).toEqual({ name: 'Error', message: 'plain text' });
	});
});
