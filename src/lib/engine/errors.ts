// Every engine failure becomes a code, and every code has one user-facing message with a next
// step (the table below). Which code a failure is gets decided where it happens: in the engine
// worker, which knows WebLLM's error classes (webllm/failures.ts), or on the page for what only
// the page sees (a crashed worker, another tab on the GPU, a request refused before sending).
// Only the code, the original name and message cross the worker, so the page never reads
// WebLLM's class names.
import { InvalidRequestError } from './request';

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

/** A failure as it crosses the worker: its code, and the original name and text for the curious. */
export interface RawError {
	code: EngineErrorCode;
	name: string;
	message: string;
	/** For 'context-window': the prompt's length and the model's limit, in tokens. */
	tokens?: { prompt: number; window: number };
	/** For 'no-f16': the GPU feature the model needs, when known. */
	feature?: string;
}

/** An error that carries its code (from the worker, or raised on the page with a known code). */
export class EngineFailure extends Error {
	readonly raw: RawError;
	constructor(raw: RawError) {
		super(raw.message);
		this.name = raw.name;
		this.raw = raw;
	}
}

/** Any thrown value as a coded failure: a coded one keeps its code; anything else is 'unknown'. */
export function toRawError(e: unknown): RawError {
	if (e instanceof EngineFailure) return e.raw;
	if (e instanceof InvalidRequestError)
		return { code: 'invalid-request', name: e.name, message: e.message };
	if (e instanceof Error) return { code: 'unknown', name: e.name, message: e.message };
	return { code: 'unknown', name: 'Error', message: String(e) };
}

type Wording = Omit<EngineError, 'code' | 'detail'>;

const modelsPage = { label: 'Open Models', href: '/models' } as const;

/** The one table of what each code tells the user. */
const wording: Record<EngineErrorCode, (raw: RawError) => Wording> = {
	'no-webgpu': () => ({
		message:
			'This browser cannot run downloaded models: it has no usable WebGPU. The built-in model still works; the start page explains what is missing.',
		action: { label: 'See what this device supports', href: '/' }
	}),
	'no-f16': (raw) => ({
		message:
			raw.feature === 'shader-f16'
				? 'This model needs the shader-f16 GPU feature, which this GPU lacks. Choose the q4f32 variant of the same model.'
				: 'This model needs a GPU feature this browser does not offer. Choose another model.',
		action: modelsPage
	}),
	'device-lost': () => ({
		message:
			'The GPU gave up (usually out of memory). Close other GPU-heavy tabs, or try a smaller model.',
		action: { label: 'Choose a smaller model', href: '/models' }
	}),
	'context-window': ({ tokens }) => ({
		message: tokens
			? `The conversation is too long for this model: ${tokens.prompt} tokens, but it reads at most ${tokens.window}. Start a new conversation or shorten the prompt.`
			: 'The conversation is too long for this model. Start a new conversation or shorten the prompt.'
	}),
	'model-not-found': () => ({
		message: 'This model is not in the catalogue any more. Pick another one on the Models page.',
		action: modelsPage
	}),
	integrity: () => ({
		message: 'A model file does not match its checksum. Delete the model and download it again.',
		action: modelsPage
	}),
	'invalid-model-lib': () => ({
		message:
			'The model library could not be started: it is not a valid WebGPU model library for this version of WebLLM. Check its URL, or remove the model.',
		action: modelsPage
	}),
	'not-downloaded': () => ({
		message:
			'This model is not fully on this device and you are offline. Download it first on the Models page while online.',
		action: { label: 'Download it on Models', href: '/models' }
	}),
	network: () => ({
		message:
			'A model file could not be fetched. Download the model on the Models page first: it then loads without a network.',
		action: modelsPage
	}),
	'worker-crashed': () => ({
		message: 'The engine stopped unexpectedly and was restarted. Run it again.'
	}),
	// The message already names each field and its allowed values.
	'invalid-request': (raw) => ({ message: raw.message }),
	'gpu-elsewhere': () => ({
		message:
			'Another GenAI Live tab has a model on the GPU. Take over here (the other tab unloads it), or use the built-in engine.'
	}),
	'load-timeout': () => ({
		message: 'Loading the model took too long and was stopped. Try again, or a smaller model.',
		action: modelsPage
	}),
	unknown: (raw) => ({ message: `The engine failed: ${raw.message}` })
};

/** The user's words for a coded failure; a file that could not be fetched while offline means "download it first". */
export function classifyEngineError(raw: RawError, ctx: { online?: boolean } = {}): EngineError {
	const code = raw.code === 'network' && ctx.online === false ? 'not-downloaded' : raw.code;
	return { code, ...wording[code](raw), detail: `${raw.name}: ${raw.message}` };
}

/**
 * A call a lab did not make because the engine cannot serve it (request.ts's unservedCall), in
 * the words and with the code the engine itself would have refused it with.
 */
export function refusedCall(message: string): EngineError {
	return classifyEngineError({ code: 'invalid-request', name: 'InvalidRequest', message });
}
