// Our GenerateRequest → WebLLM's OpenAI-style streaming request. Pure, so every field mapping is
// unit-tested without a GPU. top-k and capture are not here: WebLLM has no such fields, our
// LogitProcessor chain (processors/) does them.
import type { ChatCompletionRequestStreaming } from '@mlc-ai/web-llm';
import type { GenerateRequest } from '$lib/engine/types';
import { webllmCapabilities } from './capabilities';

/**
 * Models that think before they answer and honour WebLLM's enable_thinking switch: Qwen3 and
 * Qwen3.5, whose chat templates write an empty "<think>\n\n</think>" block for "thinking off",
 * exactly the block WebLLM 0.2.86 inserts. WebLLM does not check the model: for any other model
 * (Gemma 4 thinks in its own format, Ministral 3 Reasoning always reasons) enable_thinking: false
 * would still put that block in front of the reply, which the model never saw in training. The
 * catalogue's thinking field must agree (completionRequest.spec.ts checks every entry).
 */
export const thinksFirst = (modelId: string) => /qwen3/i.test(modelId);

export function toCompletionRequest(
	request: GenerateRequest,
	modelId = ''
): ChatCompletionRequestStreaming {
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
		...(schema ? { response_format: { type: 'json_object' as const, schema } } : {}),
		...(request.thinking === false && thinksFirst(modelId)
			? { extra_body: { enable_thinking: false } }
			: {})
	};
}
