// Which engine error code a failure in the worker is. WebLLM signals its failures by error class
// (DeviceLostError, ShaderF16SupportError, ...) and tvmjs by message text; both only mean
// something here, beside the library, so the worker sends the page a code (engine/errors.ts) and
// the page words it from one table without knowing any of these names.
import type { RawError } from '$lib/engine/errors';
import { InvalidRequestError } from '$lib/engine/request';

/** A thrown value as {name, message}; WebLLM's own worker handler sends "DeviceLostError: ..." strings. */
function nameAndMessage(e: unknown): { name: string; message: string } {
	if (e instanceof Error) return { name: e.name, message: e.message };
	const text = String(e);
	const m = /^(\w+Error): ([\s\S]*)$/.exec(text);
	return m ? { name: m[1]!, message: m[2]! } : { name: 'Error', message: text };
}

export function classifyFailure(e: unknown): RawError {
	const { name, message } = nameAndMessage(e);
	const coded = (code: RawError['code'], extra: Partial<RawError> = {}): RawError => ({
		code,
		name,
		message,
		...extra
	});
	const is = (...names: string[]) =>
		names.includes(name) || names.some((n) => message.startsWith(`${n}:`));

	if (e instanceof InvalidRequestError) return coded('invalid-request');
	if (is('WebGPUNotAvailableError', 'WebGPUNotFoundError')) return coded('no-webgpu');
	if (is('ShaderF16SupportError') || /shader-f16/.test(message))
		return coded('no-f16', { feature: 'shader-f16' });
	if (is('FeatureSupportError')) return coded('no-f16');
	if (is('DeviceLostError') || /device (was )?lost/i.test(message)) return coded('device-lost');
	if (is('ContextWindowSizeExceededError')) {
		const prompt = /prompt tokens: (\d+)/.exec(message)?.[1];
		const window = /context window size: (\d+)/.exec(message)?.[1];
		return coded(
			'context-window',
			prompt && window ? { tokens: { prompt: Number(prompt), window: Number(window) } } : {}
		);
	}
	if (is('ModelNotFoundError', 'SpecifiedModelNotFoundError', 'UnsupportedModelIdError'))
		return coded('model-not-found');
	if (is('IntegrityError')) return coded('integrity');
	// tvmjs refuses valid WebAssembly that is not a TVM library (built for another runtime, or
	// an empty module) with "Cannot find TVMWasmAllocSpace,TVMWasmFreeSpace in exports".
	if (
		is('CompileError', 'LinkError', 'MissingModelError', 'MissingModelWasmError') ||
		/WebAssembly|wasm|magic word|expected magic|Cannot find [\w,]+ in exports/i.test(message)
	)
		return coded('invalid-model-lib');
	if (
		/failed to fetch|networkerror|network response|cannot fetch|failed to store/i.test(
			`${name}: ${message}`
		)
	)
		return coded('network');
	return coded('unknown');
}
