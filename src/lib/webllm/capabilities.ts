// What a WebLLM model can honour. Kept apart from the engine so pages can read it without
// loading WebLLM. top-k and capture come from our own LogitProcessor chain (processors/);
// alternatives are WebLLM's top_logprobs, which stop at 5.
import type { EngineCapabilities, EngineInfo } from '$lib/engine/types';
import type { WebllmRecord } from './record';

export const webllmCapabilities: EngineCapabilities = {
	maxAlternatives: 5,
	maxCapture: 50,
	topK: true,
	penalties: true,
	jsonSchema: true,
	seed: true,
	systemPrompt: true,
	chat: true,
	embeddings: false,
	score: true,
	nextTokens: true,
	rules: false
};

/** An embedding model (WebLLM model_type 1): vectors only, no text. */
export const embeddingCapabilities: EngineCapabilities = {
	maxAlternatives: 0,
	maxCapture: 0,
	topK: false,
	penalties: false,
	jsonSchema: false,
	seed: false,
	systemPrompt: false,
	chat: false,
	embeddings: true,
	score: false,
	nextTokens: false,
	rules: false
};

/** WebLLM's ModelType.embedding, as records carry it. */
export const EMBEDDING_MODEL_TYPE = 1;

/** What the app says of a WebLLM model, page and worker alike: the one place it is worded. */
export function webllmInfo(record: WebllmRecord, label = record.model_id): EngineInfo {
	const embedding = record.model_type === EMBEDDING_MODEL_TYPE;
	return {
		id: record.model_id,
		label,
		description: embedding
			? 'An embedding model running on this device’s GPU through WebLLM: it turns texts into vectors for search.'
			: 'A neural language model running on this device’s GPU through WebLLM.',
		kind: 'webllm',
		capabilities: embedding ? embeddingCapabilities : webllmCapabilities
	};
}
