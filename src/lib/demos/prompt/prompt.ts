// What a prepared prompt experiment sends, decided per engine: the sentence start itself for an
// engine that continues text (the trigram model reads only its last two words), a chat message
// for an engine that answers messages. Pure, so prompt.spec.ts checks both forms and the
// description the page shows of exactly what was sent.
import type { PromptExperiment } from './lab';
import type { EngineInfo, GenerateRequest } from '$lib/engine/types';
import { tokenize } from '$lib/engine/builtin/ngram';
import { samplingFields, type SamplingValues } from '$lib/sampling/controls';

/** The chat message for an instruct model when the page does not give its own. */
export function chatMessage(e: Pick<PromptExperiment, 'prompt' | 'chat'>): string {
	return (
		e.chat ?? `Continue this sentence with one or two more sentences, in plain words: “${e.prompt}”`
	);
}

/** Whether this engine continues text rather than answering a message. */
export const continuesText = (info: EngineInfo) => !info.capabilities.chat;

/** The text the visitor edits for this engine: the sentence start or the chat message. */
export function preparedText(e: PromptExperiment, info: EngineInfo): string {
	return continuesText(info) ? e.prompt : chatMessage(e);
}

export function promptRequest(
	text: string,
	values: SamplingValues,
	showProbabilities: boolean
): GenerateRequest {
	return {
		messages: [{ role: 'user', content: text }],
		...samplingFields(values),
		alternatives: 5,
		// The top 10 of the model's distribution at every step, for the token choices view.
		capture: showProbabilities ? 10 : 0
	};
}

/**
 * What the built-in trigram model actually reads of a text: its last two tokens as its own
 * tokenizer splits them (words, and punctuation as tokens of their own: "Answer :"). Every lab
 * that shows what the trigram model receives says it with this, so the page is exact.
 */
export function trigramReads(text: string): string {
	return tokenize(text).slice(-2).join(' ');
}

/** One sentence on what the engine receives, shown above the output. */
export function whatIsSent(info: EngineInfo, text: string): string {
	if (continuesText(info)) {
		const last = trigramReads(text);
		return `${info.label} receives this text and continues it; it only looks at its last two words, “${last}”.`;
	}
	return `${info.label} receives this as one user message; WebLLM wraps it in the model’s own chat template (from its mlc-chat-config.json) before the model reads it.`;
}
