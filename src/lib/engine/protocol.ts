// The one contract between the page (client.ts) and the engine worker (worker.ts). Every message
// carries a kind tag so TypeScript narrows it; errors cross as plain {name, message}.
import type { RawError } from './errors';
import type { GenerateRequest, GenerationResult, LoadProgress, TokenEvent } from './types';

/** What WebLLM needs to know about one model (a ModelRecord of its appConfig). */
export interface WebllmRecord {
	model: string;
	model_id: string;
	model_lib: string;
	vram_required_MB?: number;
	low_resource_required?: boolean;
	model_type?: number;
	required_features?: string[];
	overrides?: { context_window_size?: number };
	integrity?: { config?: string; model_lib?: string; tokenizer?: Record<string, string> };
}

export type EngineSpec = { type: 'builtin' } | { type: 'webllm'; record: WebllmRecord };

export type ToWorker =
	| { id: number; kind: 'load'; spec: EngineSpec }
	| { id: number; kind: 'generate'; spec: EngineSpec; request: GenerateRequest }
	/** Forget conversation state kept between calls (WebLLM's KV cache). */
	| { id: number; kind: 'reset'; spec: EngineSpec }
	/** Free the engine's memory; a WebLLM model gives its GPU buffers back. */
	| { id: number; kind: 'unload'; spec: EngineSpec }
	| { id: number; kind: 'abort'; target: number };

export type FromWorker =
	| { id: number; kind: 'progress'; progress: LoadProgress }
	/** One or more tokens, oldest first: the worker sends at most one such message per 16 ms. */
	| { id: number; kind: 'tokens'; events: TokenEvent[] }
	| { id: number; kind: 'done'; result?: GenerationResult }
	| { id: number; kind: 'error'; error: RawError };

export function specKey(spec: EngineSpec): string {
	return spec.type === 'builtin' ? 'builtin' : `webllm:${spec.record.model_id}`;
}
