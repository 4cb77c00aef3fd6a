// Every engine failure becomes a code, and every code has one user-facing message with a next
// step. Errors cross the worker boundary as {name, message} strings (WebLLM's classes do not
// survive postMessage), so classification reads names and message patterns.

export type EngineErrorCode =
	| 'no-webgpu'
	| 'no-f16'
	| 'not-downloaded'
	| 'device-lost'
	| 'context-window'
	| 'invalid-model-lib'
	| 'model-not-found'
	| 'integrity'
	| 'network'
	| 'worker-crashed'
	| 'load-timeout'
	| 'invalid-request'
	| 'gpu-elsewhere'
	| 'unknown';

/**
 * Failures of one request only (the prompt or a setting): the same engine can take the next
 * request. Every other code concerns the engine itself, so a run of several requests stops.
 */
export function concernsOneRequest(code: EngineErrorCode): boolean {
	return code === 'invalid-request' || code === 'context-window';
}

export interface EngineError {
	code: EngineErrorCode;
	/** What happened and what to do, in one or two sentences. */
	message: string;
	/** Where the next step is, when it is a page of the app. */
	action?: { label: string; href: '/models' | '/' };
	/** The original text, for the curious and for bug reports. */
	detail: string;
}

export interface RawError {
	name: string;
	message: string;
}

export function toRawError(e: unknown): RawError {
	if (e instanceof Error) return { name: e.name, message: e.message };
	const text = String(e);
	// WebLLM's worker handler sends "DeviceLostError: ..." as a plain string.
	const m = /^(\w+Error): ([\s\S]*)$/.exec(text);
	return m ? { name: m[1]!, message: m[2]! } : { name: 'Error', message: text };
}

export function classifyEngineError(raw: RawError, ctx: { online?: boolean } = {}): EngineError {
	const { name, message } = raw;
	const detail = `${name}: ${message}`;
	const is = (...names: string[]) =>
		names.includes(name) || names.some((n) => message.startsWith(`${n}:`));

	if (is('WebGPUNotAvailableError', 'WebGPUNotFoundError')) {
		return {
			code: 'no-webgpu',
			message:
				'This browser cannot run downloaded models: it has no usable WebGPU. The built-in model still works; the start page explains what is missing.',
			action: { label: 'See what this device supports', href: '/' },
			detail
		};
	}
	if (is('ShaderF16SupportError') || /shader-f16/.test(message)) {
		return {
			code: 'no-f16',
			message:
				'This model needs the shader-f16 GPU feature, which this GPU lacks. Choose the q4f32 variant of the same model.',
			action: { label: 'Open Models', href: '/models' },
			detail
		};
	}
	if (is('FeatureSupportError')) {
		return {
			code: 'no-f16',
			message: 'This model needs a GPU feature this browser does not offer. Choose another model.',
			action: { label: 'Open Models', href: '/models' },
			detail
		};
	}
	if (is('DeviceLostError') || /device (was )?lost/i.test(message)) {
		return {
			code: 'device-lost',
			message:
				'The GPU gave up (usually out of memory). Close other GPU-heavy tabs, or try a smaller model.',
			action: { label: 'Choose a smaller model', href: '/models' },
			detail
		};
	}
	if (is('ContextWindowSizeExceededError')) {
		const prompt = /prompt tokens: (\d+)/.exec(message)?.[1];
		const window = /context window size: (\d+)/.exec(message)?.[1];
		return {
			code: 'context-window',
			message:
				prompt && window
					? `The conversation is too long for this model: ${prompt} tokens, but it reads at most ${window}. Start a new conversation or shorten the prompt.`
					: 'The conversation is too long for this model. Start a new conversation or shorten the prompt.',
			detail
		};
	}
	if (is('ModelNotFoundError', 'SpecifiedModelNotFoundError', 'UnsupportedModelIdError')) {
		return {
			code: 'model-not-found',
			message: 'This model is not in the catalogue any more. Pick another one on the Models page.',
			action: { label: 'Open Models', href: '/models' },
			detail
		};
	}
	if (is('IntegrityError')) {
		return {
			code: 'integrity',
			message: 'A model file does not match its checksum. Delete the model and download it again.',
			action: { label: 'Open Models', href: '/models' },
			detail
		};
	}
	// tvmjs refuses valid WebAssembly that is not a TVM library (built for another runtime, or
	// an empty module) with "Cannot find TVMWasmAllocSpace,TVMWasmFreeSpace in exports".
	if (
		is('CompileError', 'LinkError', 'MissingModelError', 'MissingModelWasmError') ||
		/WebAssembly|wasm|magic word|expected magic|Cannot find [\w,]+ in exports/i.test(message)
	) {
		return {
			code: 'invalid-model-lib',
			message:
				'The model library could not be started: it is not a valid WebGPU model library for this version of WebLLM. Check its URL, or remove the model.',
			action: { label: 'Open Models', href: '/models' },
			detail
		};
	}
	if (/failed to fetch|networkerror|network response|cannot fetch|failed to store/i.test(detail)) {
		return ctx.online === false
			? {
					code: 'not-downloaded',
					message:
						'This model is not fully on this device and you are offline. Download it first on the Models page while online.',
					action: { label: 'Download it on Models', href: '/models' },
					detail
				}
			: {
					code: 'network',
					message:
						'A model file could not be fetched. Download the model on the Models page first: it then loads without a network.',
					action: { label: 'Open Models', href: '/models' },
					detail
				};
	}
	if (name === 'WorkerCrashed') {
		return {
			code: 'worker-crashed',
			message: 'The engine stopped unexpectedly and was restarted. Run it again.',
			detail
		};
	}
	if (name === 'InvalidRequest') {
		// The message already names each field and its allowed values.
		return { code: 'invalid-request', message, detail };
	}
	if (name === 'GpuElsewhere') {
		return {
			code: 'gpu-elsewhere',
			message:
				'Another GenAI Live tab has a model on the GPU. Take over here (the other tab unloads it), or use the built-in engine.',
			detail
		};
	}
	if (name === 'LoadTimeout') {
		return {
			code: 'load-timeout',
			message: 'Loading the model took too long and was stopped. Try again, or a smaller model.',
			action: { label: 'Open Models', href: '/models' },
			detail
		};
	}
	return { code: 'unknown', message: `The engine failed: ${message}`, detail };
}
