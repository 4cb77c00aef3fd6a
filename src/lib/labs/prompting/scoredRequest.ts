// The one request every scored lab sends (few-shot, chain-of-thought, the model quiz): the prompt
// as a single user message, greedy (temperature 0, no top-k or top-p filter) so a model gives its
// single most likely answer and a rerun gives the same one, a seed for engines that sample anyway,
// and thinking off, so a reasoning model (Qwen3) spends its token budget on the answer rather than
// on a <think> block the scorers would drop (answer.ts). Only the prompt, the budget and the seed
// differ between the labs; keeping the rest here means no lab can drift from "greedy, one message".
import type { GenerateRequest } from '$lib/engine/types';

export function scoredRequest(
	content: string,
	{ seed, maxTokens }: { seed: number; maxTokens: number }
): GenerateRequest {
	return {
		messages: [{ role: 'user', content }],
		temperature: 0,
		topK: 0,
		topP: 1,
		maxTokens,
		seed,
		thinking: false
	};
}
