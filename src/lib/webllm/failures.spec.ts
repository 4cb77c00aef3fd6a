// The worker decides each failure's code from WebLLM's and tvmjs's error names and texts; the
// page words it from the code alone (engine/errors.ts). Each case goes through both, as a real
// failure does.
import { describe, expect, it } from 'vitest';
import { classifyEngineError, toRawError } from '$lib/engine/errors';
import { InvalidRequestError } from '$lib/engine/request';
import { classifyFailure } from './failures';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

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
	['Error', 'something nobody expected', 'unknown']
];

describe('engine error mapping', () => {
	it.each(cases)('%s → %s', (name, message, code) => {
		const raw = classifyFailure(named(name, message));
		expect(raw.code).toBe(code);
		const e = classifyEngineError(structuredClone(raw));
		expect(e.code).toBe(code);
		expect(e.message.length).toBeGreaterThan(20);
		expect(e.detail).toContain(message);
	});

	it('says "download first" for a fetch failure while offline', () => {
		const raw = classifyFailure(new TypeError('Failed to fetch'));
		expect(classifyEngineError(raw, { online: true }).code).toBe('network');
		const e = classifyEngineError(raw, { online: false });
		expect(e.code).toBe('not-downloaded');
		expect(e.action).toEqual({ label: 'Download it on Models', href: '/models' });
	});

	it('shows the numbers when the prompt is longer than the context window', () => {
		const raw = classifyFailure(
			named(
				'ContextWindowSizeExceededError',
				'number of prompt tokens: 5000; context window size: 4096'
			)
		);
		expect(classifyEngineError(raw).message).toContain('5000 tokens, but it reads at most 4096');
	});

	it('names the shader-f16 way out only when that feature is missing', () => {
		const f16 = classifyFailure(named('ShaderF16SupportError', 'requires shader-f16'));
		const other = classifyFailure(named('FeatureSupportError', 'requires timestamp-query'));
		expect(classifyEngineError(f16).message).toContain('q4f32 variant');
		expect(classifyEngineError(other).message).not.toContain('q4f32');
	});

	it('reads errors that crossed a worker as strings', () => {
		expect(classifyFailure('DeviceLostError: The WebGPU device was lost')).toMatchObject({
			code: 'device-lost',
			name: 'DeviceLostError',
			message: 'The WebGPU device was lost'
		});
		expect(classifyFailure('plain text')).toEqual({
			code: 'unknown',
			name: 'Error',
			message: 'plain text'
		});
	});

	it('a refused request keeps the message that names its field', () => {
		const refused = new InvalidRequestError([
			{ field: 'topK', message: 'Top-k must be a whole number from 0 to 1000 (got 2.5).' }
		]);
		for (const raw of [classifyFailure(refused), toRawError(refused)])
			expect(classifyEngineError(raw)).toMatchObject({
				code: 'invalid-request',
				message: 'Top-k must be a whole number from 0 to 1000 (got 2.5).'
			});
	});
});
