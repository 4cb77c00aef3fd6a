// One streamed chunk of WebLLM's OpenAI-style reply in our shapes: the token event a view shows
// (its text, its odds from the logprobs or else from the captured step, the alternatives and the
// captured distribution with readable tokens) and the usage the last chunk carries. Pure, apart
// from the engine (engine.ts), which drives the stream and owns the processors.
import type { ChatCompletionChunk } from '@mlc-ai/web-llm';
import type { GenerationUsage, TokenEvent } from '$lib/engine/types';
import type { CapturedStep } from './processors/capture';
import type { TokenTable } from './tokenTable';

/**
 * The event for a chunk's text. A piece may span several steps (a character split over tokens):
 * it shows the distribution of the step that started it.
 */
export function chunkEvent(
	piece: string,
	choice: ChatCompletionChunk['choices'][number] | undefined,
	step: CapturedStep | undefined,
	table: TokenTable
): TokenEvent {
	const lp = choice?.logprobs?.content?.[0];
	const event: TokenEvent = {
		text: piece,
		prob: lp ? Math.exp(lp.logprob) : NaN,
		alternatives: lp?.top_logprobs?.map((a) => ({ text: a.token, prob: Math.exp(a.logprob) }))
	};
	if (step) {
		event.distribution = step.top.map((c) => ({ text: table.text(c.id), prob: c.prob }));
		// Without logprobs, the captured softmax still knows the chosen token's odds.
		if (Number.isNaN(event.prob) && step.chosen !== undefined)
			event.prob = step.top.find((c) => c.id === step.chosen)?.prob ?? NaN;
	}
	return event;
}

/** The usage the last chunk reports, with our first-token time. */
export function chunkUsage(
	usage: NonNullable<ChatCompletionChunk['usage']>,
	timeToFirstTokenMs: number
): GenerationUsage {
	const extra = usage.extra as
		{ decode_tokens_per_s?: number; prefill_tokens_per_s?: number } | undefined;
	return {
		promptTokens: usage.prompt_tokens,
		completionTokens: usage.completion_tokens,
		timeToFirstTokenMs,
		prefillTokensPerSecond: extra?.prefill_tokens_per_s ?? 0,
		decodeTokensPerSecond: extra?.decode_tokens_per_s ?? 0
	};
}
