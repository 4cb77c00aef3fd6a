// A lab's intent turned into what this engine gets, in one place. The two kinds of engine read a
// prompt differently: a chat model (WebLLM) receives one user message inside its own chat template;
// the built-in trigram model continues the text and looks only at its last two tokens, so passages
// or examples in the prompt never reach it (RAG hands it the passages as `context` instead, which
// it mixes in as a cache model). Before this module some twenty places in the labs asked
// `capabilities.chat` themselves and worded "what is sent" and "what the trigram reads" each in
// their own way; now a lab asks its LabEngine, and adapter.spec.ts checks both kinds.
import type { EngineText } from '$lib/concepts';

/** A prepared text: a sentence start, and optionally what a chat model is asked instead. */
export interface PreparedText {
	prompt: string;
	chat?: string;
}
import { textForEngine } from '$lib/concepts/engineText';
import { tokenize } from '$lib/engine/builtin/ngram';
import type { EngineInfo, GenerateRequest } from '$lib/engine/types';

/** Everything in a request but the message: the sampling settings a lab chose. */
export type RequestSettings = Omit<GenerateRequest, 'messages' | 'context'>;

/** How a batch turns one prompt and its settings into a request for the engine chosen. */
export type LabRequest = (text: string, settings: RequestSettings) => GenerateRequest;

export interface LabEngine {
	label: string;
	/** Answers chat messages; false: continues the text's last words (the trigram model). */
	chat: boolean;
	/** The words the engine reads of a text: all of it, or the trigram model's last two tokens. */
	reads(text: string): string;
	/** One sentence on what the engine receives of a text, shown with the exact text. */
	sent(text: string): string;
	/** The same for a batch of prompts: how each one reaches the engine, with what it reads of them. */
	sentEach(texts: readonly string[]): string;
	/** The version of a page's note that is true of this engine. */
	pick(text: EngineText): string;
	/** A number that depends on the kind (a token budget, say). */
	either<T>(values: { chat: T; continues: T }): T;
	/** What a prepared prompt experiment sends: the sentence start, or a message asking to go on. */
	prepared(e: PreparedText): string;
	/**
	 * The request for one user message. Passages go in the message for a chat model (the lab puts
	 * them in the text); an engine that continues text also gets them as `context`.
	 */
	request(text: string, settings: RequestSettings, passages?: readonly string[]): GenerateRequest;
}

/** What the trigram model reads of a text: its last two tokens as its own tokenizer splits them. */
function lastTwo(text: string): string {
	return tokenize(text).slice(-2).join(' ');
}

/** The chat message for an instruct model when the page does not give its own. */
function chatMessage(e: PreparedText): string {
	return (
		e.chat ?? `Continue this sentence with one or two more sentences, in plain words: “${e.prompt}”`
	);
}

export function labEngine(info: EngineInfo): LabEngine {
	const chat = info.capabilities.chat;
	const label = info.label;
	return {
		label,
		chat,
		reads: (text) => (chat ? text : lastTwo(text)),
		sent: (text) =>
			chat
				? `${label} receives this as one user message; WebLLM wraps it in the model’s own chat template (from its mlc-chat-config.json) before the model reads it.`
				: `${label} receives this text and continues it; it only looks at its last two words, “${lastTwo(text)}”.`,
		sentEach: (texts) =>
			chat
				? `${label} receives each one as a single user message, in its chat template.`
				: `${label} continues each text from its last two words: ${[...new Set(texts.map(lastTwo))].map((t) => `“${t}”`).join(' or ')}.`,
		pick: (text) => textForEngine(text, chat),
		either: (values) => (chat ? values.chat : values.continues),
		prepared: (e) => (chat ? chatMessage(e) : e.prompt),
		request: (text, settings, passages) => ({
			messages: [{ role: 'user', content: text }],
			...settings,
			...(!chat && passages?.length ? { context: [...passages] } : {})
		})
	};
}
