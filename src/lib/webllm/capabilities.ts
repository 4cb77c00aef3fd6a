// What a WebLLM model can honour. Kept apart from the engine so pages can read it without
// loading WebLLM. top-k and capture come from our own LogitProcessor chain (processors/);
// alternatives are WebLLM's top_logprobs, which stop at 5.
import type { EngineCapabilities } from '$lib/engine/types';

export const webllmCapabilities: EngineCapabilities = {
	maxAlternatives: 5,
	maxCapture: 50,
	topK: true,
	penalties: true,
	jsonSchema: true,
	seed: true,
	systemPrompt: true,
	chat: true
};
