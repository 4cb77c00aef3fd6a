// Our GenerateRequest → WebLLM's OpenAI-style streaming request. Pure, so every field mapping is
// unit-tested without a GPU. top-k and capture are not here: WebLLM has no such fields, our
// LogitProcessor chain (processors/) does them.
import type { ChatCompletionRequestStreaming } from '@mlc-ai/web-llm';
import type { GenerateRequest } from '$lib/engine/types';
import { webllmCapabilities } from './capabilities';

export function toCompletionRequest(request: GenerateRequest): ChatCompletionRequestStreaming {
	const top = Math.min(webllmCapabilities.maxAlternatives, request.alternatives ?? 0);
	const schema = request.jsonSchema?.trim();
	return {
		messages: request.messages,
		stream: true,
		stream_options: { include_usage: true },
		temperature: request.temperature,
		top_p: request.topP,
		max_tokens: request.maxTokens,
		...(request.seed !== undefined ? { seed: request.seed } : {}),
		...(request.stop?.length ? { stop: request.stop } : {}),
		...(request.frequencyPenalty ? { frequency_penalty: request.frequencyPenalty } : {}),
		...(request.presencePenalty ? { presence_penalty: request.presencePenalty } : {}),
		...(request.repetitionPenalty !== undefined && request.repetitionPenalty !== 1
			? { repetition_penalty: request.repetitionPenalty }
			: {}),
		// WebLLM only reports logprobs when top_logprobs is above 0.
		...(top > 0 ? { logprobs: true, top_logprobs: top } : {}),
		...(schema ? { response_format: { type: 'json_object' as const, schema } } : {})
	};
}
