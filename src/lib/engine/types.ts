// The one engine interface. The built-in n-gram model implements it today; the WebLLM engine
// (a worker that owns MLCEngine) implements the same interface, so pages never know which runs.
import type { SamplingParams } from '$lib/sampling/sampling';

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

export interface GenerateRequest extends SamplingParams {
	messages: ChatMessage[];
	maxTokens: number;
	/** Same seed, same request → same text (where the engine supports seeds). */
	seed?: number;
	/** Generation ends when the output ends with one of these strings. */
	stop?: string[];
	/** How many alternatives to report for each generated token (0 = none). */
	alternatives?: number;
}

export interface TokenAlternative {
	text: string;
	/** The model's probability for this token, before sampling changed anything. */
	prob: number;
}

export interface TokenEvent {
	/** The text this token adds to the output (may start with a space). */
	text: string;
	/** The model's probability of the chosen token. */
	prob: number;
	/** The most likely tokens at this step, chosen one included, most likely first. */
	alternatives?: TokenAlternative[];
}

export interface GenerationUsage {
	promptTokens: number;
	completionTokens: number;
	timeToFirstTokenMs: number;
	decodeTokensPerSecond: number;
}

export type FinishReason = 'stop' | 'length' | 'abort';

export interface GenerationResult {
	text: string;
	finishReason: FinishReason;
	usage: GenerationUsage;
}

export interface EngineInfo {
	id: string;
	/** What the UI calls it, e.g. "Built-in trigram model". */
	label: string;
	/** One sentence on what it is, shown wherever the engine speaks. */
	description: string;
	kind: 'builtin' | 'webllm';
}

/** Loading phases, reported separately: fetching files, reading the cache, compiling shaders. */
export interface LoadProgress {
	phase: 'download' | 'cache' | 'compile' | 'ready';
	/** 0..1 within the phase, when known. */
	fraction: number | null;
	text: string;
}

export interface Engine {
	readonly info: EngineInfo;
	/** Prepares the engine; cheap to call again once ready. */
	load(onProgress?: (p: LoadProgress) => void): Promise<void>;
	/** Streams tokens to onToken; resolves when done, with finishReason 'abort' if signal fired. */
	generate(
		request: GenerateRequest,
		onToken: (event: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult>;
}
