// The one contract between the page (client.ts) and the engine worker (worker.ts): a method map.
// Each call names its arguments and its result type once, here; the client's `call()` and the
// worker's handler table are both typed from this map, so a lab that needs a new engine call
// (next-token scores for a prefix, embeddings, tokenization, the probability of a continuation)
// adds one entry below and one handler in worker.ts, and TypeScript checks both ends.
// Two side channels serve every call: load progress and streamed tokens (batched by the worker,
// at most one message per 16 ms). Errors cross as a code (errors.ts) with the original name and
// message. The worker serves one engine's calls one at a time, in arrival order (callQueue.ts).
// Why not Comlink: it has no answer for a worker that dies (pending calls never settle, where we
// fail them and restart), its callbacks cost one message each (we batch tokens), and an abort
// would need a proxied signal; the map below is ~60 lines and keeps all three.
import type { RawError } from './errors';
import type {
	EmbedRequest,
	Embeddings,
	GenerateRequest,
	GenerationResult,
	LoadProgress,
	NextTokens,
	NextTokensRequest,
	Scored,
	ScoreRequest,
	TokenEvent,
	Tokenized
} from './types';
import type { WebllmRecord } from '$lib/webllm/record';

export type { WebllmRecord };

/**
 * Which engine a call is for. Engine kinds are open: local engines run in the worker by name (the
 * trigram model and the ELIZA-style rules); a WebLLM engine carries its model record.
 */
export type EngineSpec =
	{ type: 'local'; name: LocalEngineName } | { type: 'webllm'; record: WebllmRecord };

/** The engines that need no download; worker.ts has one factory per name. */
export type LocalEngineName = 'trigram' | 'eliza';

interface Call<Args, Result> {
	args: Args;
	result: Result;
}

/** Every call the worker answers. */
export interface EngineCalls {
	/** Prepares the engine (reports progress); cheap once ready. */
	load: Call<{ spec: EngineSpec }, void>;
	/** Streams tokens, then resolves with the result ('abort' when stopped). */
	generate: Call<{ spec: EngineSpec; request: GenerateRequest }, GenerationResult>;
	/** The next-token distribution after a text, nothing drawn (the sampling lab). */
	nextTokens: Call<{ spec: EngineSpec; request: NextTokensRequest }, NextTokens>;
	/** The text as the engine's tokens. */
	tokenize: Call<{ spec: EngineSpec; text: string }, Tokenized>;
	/** Each token's probability in a continuation of a text. */
	score: Call<{ spec: EngineSpec; request: ScoreRequest }, Scored>;
	/** Texts as vectors (an embedding model, for retrieval). */
	embed: Call<{ spec: EngineSpec; request: EmbedRequest }, Embeddings>;
	/** Forgets state kept between calls (WebLLM's KV cache). */
	reset: Call<{ spec: EngineSpec }, void>;
	/** Frees the engine's memory; a WebLLM model gives its GPU buffers back. */
	unload: Call<{ spec: EngineSpec }, void>;
}

export type CallName = keyof EngineCalls;
export type CallArgs<K extends CallName> = EngineCalls[K]['args'];
export type CallResult<K extends CallName> = EngineCalls[K]['result'];

/** A call as it travels; the union over the map, so `method` narrows `args`. */
export type CallMessage = {
	[K in CallName]: { id: number; kind: 'call'; method: K; args: CallArgs<K> };
}[CallName];

export type ToWorker = CallMessage | { id: number; kind: 'abort'; target: number };

export type FromWorker =
	| { id: number; kind: 'progress'; progress: LoadProgress }
	/** One or more tokens, oldest first: the worker sends at most one such message per 16 ms. */
	| { id: number; kind: 'tokens'; events: TokenEvent[] }
	| { id: number; kind: 'done'; result: unknown }
	| { id: number; kind: 'error'; error: RawError };

/** One key per engine instance in the worker (one WebLLM model on the GPU at a time). */
export function specKey(spec: EngineSpec): string {
	return spec.type === 'local' ? `local:${spec.name}` : `webllm:${spec.record.model_id}`;
}
