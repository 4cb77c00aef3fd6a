// The one engine interface. The built-in n-gram model implements it today; the WebLLM engine
// (a worker that owns MLCEngine) implements the same interface, so pages never know which runs.
import type { SamplingParams } from '$lib/sampling/sampling';
import type { WatermarkSettings } from '$lib/sampling/watermark';

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
	/**
	 * Capture the top N of the model's own next-token distribution at every step, before any
	 * penalty or sampling setting changed it (0 = off). Costs time per token on WebLLM.
	 */
	capture?: number;
	/** OpenAI semantics: subtract penalty × (times the token already appeared), -2..2. */
	frequencyPenalty?: number;
	/** OpenAI semantics: subtract penalty once from every token that already appeared, -2..2. */
	presencePenalty?: number;
	/** CTRL semantics: make tokens that already appeared less likely by this factor (1 = off). */
	repetitionPenalty?: number;
	/** A JSON Schema (as JSON text) the output must follow; only engines with jsonSchema support. */
	jsonSchema?: string;
	/**
	 * Passages the engine may draw on besides the messages (retrieval). An engine that reads its
	 * whole prompt gets passages inside the prompt instead, so it ignores this; the built-in
	 * trigram model, which reads only two words, mixes their word counts into its own (a cache
	 * model, builtin/cache.ts). At most 20 passages and 20,000 characters.
	 */
	context?: string[];
	/**
	 * false: a model that writes its reasoning before answering (Qwen3) answers at once instead.
	 * Scored labs ask for this so the token budget goes to the answer. Other engines ignore it.
	 */
	thinking?: boolean;
	/** Leans the text towards a keyed "green list" of tokens, detectably (sampling/watermark.ts). */
	watermark?: WatermarkSettings;
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
	/**
	 * When the request asked for capture: the top N of the model's distribution at the step that
	 * produced this token, before penalties, temperature, top-k and top-p.
	 */
	distribution?: TokenAlternative[];
}

/** One step of a text, for the sampling lab: what could come next, before any sampling. */
export interface NextTokensRequest {
	/** The text so far; the engine continues it as plain text (no chat template). */
	text: string;
	/** How many of the most likely next tokens to report, at most `maxCapture`. */
	top: number;
	/**
	 * The id of the token the text ends with, when the text is the previous step's text plus this
	 * token: an engine that keeps its cache (WebLLM) then reads one token instead of the whole text.
	 */
	after?: number;
	/** Draw the next token from the whole distribution with these settings (the lab's seeded u). */
	draw?: NextTokenDraw;
}

/** A draw the engine makes where the whole distribution is (the worker, for WebLLM). */
export interface NextTokenDraw extends SamplingParams {
	minP: number;
	/** The uniform number in [0, 1) the draw walks the cumulative probabilities with. */
	u: number;
}

export interface DrawnToken extends NextTokenCandidate {
	/** Its probability after the settings. */
	sampledProb: number;
	/** 1 for the model's favourite; above the listed candidates' count, a draw from the tail. */
	rank: number;
	/** The settings and number it was drawn with. */
	draw: NextTokenDraw;
}

export interface NextTokenCandidate {
	/** The engine's token id. */
	id: number;
	/** What this token adds to the text, as the tokenizer writes it (leading space included). */
	text: string;
	/** The model's own probability, before temperature or any filter. */
	prob: number;
}

export interface NextTokens {
	/** Most likely first. */
	candidates: NextTokenCandidate[];
	/** Probability of every token not listed. */
	otherMass: number;
	/** How many tokens are not listed. */
	otherCount: number;
	/**
	 * The list is the model's whole distribution (the built-in model reports every word it could
	 * write), so filters and draws computed from it are exact; otherwise the tail is an estimate.
	 */
	complete: boolean;
	/** The token the request's draw landed on, named even when it is not listed. */
	drawn?: DrawnToken;
}

/** How likely the engine finds a continuation of a text ("probability is not truth"). */
export interface ScoreRequest {
	/** The text before, read as plain text (no chat template), as the sampling lab reads it. */
	prefix: string;
	/** The text scored, usually starting with a space: at most `MAX_SCORE_CHARS` characters. */
	continuation: string;
}

export interface ScoredToken {
	/** The engine's token id; -1 where it has no token for the text (a word never seen). */
	id: number;
	/** What this token adds to the text. */
	text: string;
	/** Natural log of the model's own probability of it there; -Infinity: it cannot write it. */
	logprob: number;
	/** 1 when it was the model's favourite at that point; 0 when the engine has no such token. */
	rank: number;
}

export interface Scored {
	/** The continuation as the engine's tokens, each scored after everything before it. */
	tokens: ScoredToken[];
	/** What a token is for this engine, in a few words (as Tokenized.unit). */
	unit: string;
}

/** Texts to turn into vectors (an embedding model only). */
export interface EmbedRequest {
	/** Each text at most `MAX_EMBED_CHARS` characters; at most `MAX_EMBED_TEXTS` per call. */
	texts: string[];
	/**
	 * A search query or a passage to be found: retrieval models such as snowflake-arctic-embed
	 * embed the two differently (a query gets an instruction prefix), so the caller says which.
	 */
	as: 'query' | 'passage';
}

export interface Embeddings {
	/** One vector per text, in order, unit length (so a dot product is the cosine). */
	vectors: number[][];
	dimensions: number;
}

/** A text as the engine's tokens. */
export interface Tokenized {
	/** In order; id -1 where the engine has no token for it (a word the trigram model never saw). */
	tokens: { id: number; text: string }[];
	/** What a token is for this engine, in a few words ("words", "subword tokens …"). */
	unit: string;
}

export interface GenerationUsage {
	promptTokens: number;
	completionTokens: number;
	timeToFirstTokenMs: number;
	/** Prompt tokens read per second (0 when the engine does not say). */
	prefillTokensPerSecond?: number;
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
	/** Where it runs: a local engine in the worker (no download) or a WebLLM model on the GPU. */
	kind: 'builtin' | 'webllm';
	capabilities: EngineCapabilities;
}

/** What an engine can honour; the UI disables what is missing and says why. */
export interface EngineCapabilities {
	/** Largest `alternatives` the engine reports (WebLLM: 5, from its top_logprobs). */
	maxAlternatives: number;
	/** Largest `capture` the engine reports. */
	maxCapture: number;
	topK: boolean;
	penalties: boolean;
	jsonSchema: boolean;
	/** Same seed, same text. */
	seed: boolean;
	/** Whether the system prompt reaches the model (the trigram model only continues text). */
	systemPrompt: boolean;
	/** Answers chat messages (an instruct model); false: continues the text's last words. */
	chat: boolean;
	/** Turns texts into vectors (an embedding model); such an engine does not write text. */
	embeddings: boolean;
	/** Gives any continuation of a text a probability, token by token (`score`). */
	score: boolean;
	/** Reports its next-token distribution after a text (`nextTokens`: a sampling-lab step). */
	nextTokens: boolean;
	/**
	 * Answers by hand-written rules (ELIZA): it has no probabilities, so every sampling setting
	 * (temperature, top-k, top-p, min-p, seed, penalties) is ignored rather than refused.
	 */
	rules: boolean;
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
	/** The next-token distribution after a text, without drawing (the sampling lab's step). */
	nextTokens(request: NextTokensRequest, signal?: AbortSignal): Promise<NextTokens>;
	/** The text split into this engine's tokens, with their ids. */
	tokenize(text: string): Promise<Tokenized>;
	/**
	 * The probability of each token of a continuation after the text before it; only engines with
	 * the `score` capability, others refuse.
	 */
	score(request: ScoreRequest, signal?: AbortSignal): Promise<Scored>;
	/**
	 * Texts as vectors; only engines with the `embeddings` capability, others refuse. The first
	 * call loads the model and reports that load to onLoadProgress.
	 */
	embed(
		request: EmbedRequest,
		signal?: AbortSignal,
		onLoadProgress?: (p: LoadProgress) => void
	): Promise<Embeddings>;
	/** Forgets any state kept between calls (WebLLM's KV cache); the next call starts afresh. */
	reset(): Promise<void>;
	/** Frees the model's memory (GPU buffers); the next call loads it again. */
	unload(): Promise<void>;
}
