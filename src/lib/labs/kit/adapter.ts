// A lab's intent turned into what this engine gets, in one place. The three kinds of engine read a
// prompt differently: a chat model (WebLLM) receives one user message inside its own chat template;
// the built-in trigram model continues the text and looks only at its last two tokens, so passages
// or examples in the prompt never reach it (RAG hands it the passages as `context` instead, which
// it mixes in as a cache model); the ELIZA-style rules receive the user message as it is (no
// template), match its keywords and answer, with no probabilities, so the request carries no
// sampling settings (they are set to "off"; the engine would ignore them anyway). Before this
// module some twenty places in the labs asked `capabilities.chat` themselves and worded "what is
// sent" and "what the trigram reads" each in their own way; now a lab asks its LabEngine, and
// adapter.spec.ts checks every kind.
import type { EngineText } from '$lib/concepts';

/** A prepared text: a sentence start, and optionally what a chat model is asked instead. */
export interface PreparedText {
	prompt: string;
	chat?: string;
}
import { textForEngine } from '$lib/concepts/engineText';
import { tokenize } from '$lib/engine/builtin/ngram';
import { RULES_IGNORE } from '$lib/engine/request';
import type { EngineInfo, GenerateRequest } from '$lib/engine/types';

/** Everything in a request but the message: the sampling settings a lab chose. */
export type RequestSettings = Omit<GenerateRequest, 'messages' | 'context'>;

/** How a batch turns one prompt and its settings into a request for the engine chosen. */
export type LabRequest = (text: string, settings: RequestSettings) => GenerateRequest;

/**
 * How an engine reads what a lab sends: a chat model's message in its template, the trigram
 * model's continued text, or the ELIZA-style rules' message matched against keywords.
 */
type EngineKind = 'chat' | 'continues' | 'rules';

export interface LabEngine {
	label: string;
	kind: EngineKind;
	/** Answers chat messages (a chat model, the rules); false: continues the text's last words. */
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

/** The settings that change nothing, where a rule has one answer: greedy, no filter. */
const RULES_OFF = { temperature: 0, topK: 0, topP: 1 } as const;

/** What the rules are sent of a lab's settings: the length and the rest, no sampling setting. */
function rulesSettings(settings: RequestSettings): RequestSettings {
	const ignored: readonly string[] = RULES_IGNORE;
	const kept = Object.entries(settings).filter(([key]) => !ignored.includes(key));
	return { ...(Object.fromEntries(kept) as RequestSettings), ...RULES_OFF };
}

/** What the ELIZA-style rules get: the message itself, answered by keyword, no settings. */
function rulesEngine(label: string): LabEngine {
	return {
		label,
		kind: 'rules',
		chat: true,
		reads: (text) => text,
		sent: () =>
			`${label} receives this as one user message, as it is (no chat template), and answers by matching its keywords against hand-written rules; no sampling setting applies.`,
		sentEach: () =>
			`${label} receives each one as a single user message and answers it by its keyword rules; no sampling setting applies.`,
		pick: (text) => textForEngine(text, true),
		either: (values) => values.chat,
		prepared: (e) => e.chat ?? e.prompt,
		request: (text, settings) => ({
			messages: [{ role: 'user', content: text }],
			...rulesSettings(settings)
		})
	};
}

export function labEngine(info: EngineInfo): LabEngine {
	const label = info.label;
	if (info.capabilities.rules) return rulesEngine(label);
	const chat = info.capabilities.chat;
	return {
		label,
		kind: chat ? 'chat' : 'continues',
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
