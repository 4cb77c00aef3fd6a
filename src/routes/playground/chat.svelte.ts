// One conversation in the playground: the messages so far and the reply being streamed.
import { GenerationRun } from '$lib/demos/generationRun.svelte';
import { conversationStore } from '$lib/conversations/conversationStore.svelte';
import { titleFrom } from '$lib/conversations/format';
import type { ConversationRecord, StoredTurn } from '$lib/storage/db';
import {
	MAX_TOKENS_LIMIT,
	type ChatMessage,
	type Engine,
	type GenerateRequest,
	type GenerationResult,
	type TokenEvent
} from '$lib/engine';
import { defaultSampling, samplingFields, type SamplingValues } from '$lib/sampling/controls';
import { samplingFromParams } from '$lib/sampling/link';

export interface ChatTurn extends ChatMessage {
	result?: GenerationResult;
	engineLabel?: string;
	interrupted?: boolean;
	/** The reply's tokens with their probabilities; kept for this visit only, not saved. */
	tokens?: TokenEvent[];
}

export interface ChatSettings extends SamplingValues {
	system: string;
	/** A JSON Schema the answer must follow; empty = free text. */
	jsonSchema: string;
	/** Record the model's top choices at every token (costs time per token on a GPU model). */
	showChoices: boolean;
}

/** How many candidates the token choices view shows per step. */
export const CHOICES_PER_TOKEN = 10;

/** A fresh playground: the sampling table's defaults, a short system prompt, free text. */
export const playgroundDefaults: ChatSettings = {
	...defaultSampling(),
	system: 'You are a concise, friendly explainer of generative AI.',
	jsonSchema: '',
	showChoices: false
};

/** The request one reply sends: the conversation so far plus the settings. */
export function buildRequest(
	turns: ChatMessage[],
	settings: ChatSettings,
	engine: Engine
): GenerateRequest {
	const history = turns.map(({ role, content }) => ({ role, content }));
	const system = engine.info.capabilities.systemPrompt ? settings.system.trim() : '';
	return {
		messages: system ? [{ role: 'system', content: system }, ...history] : history,
		...samplingFields(settings),
		alternatives: Math.min(5, engine.info.capabilities.maxAlternatives),
		capture: settings.showChoices ? CHOICES_PER_TOKEN : 0,
		...(settings.jsonSchema.trim() ? { jsonSchema: settings.jsonSchema } : {})
	};
}

/** How often a streaming reply is written to IndexedDB. */
const SAVE_EVERY_MS = 400;

export class ChatSession {
	turns = $state<ChatTurn[]>([]);
	run = new GenerationRun();
	/** The saved conversation this chat is; created with the first message. */
	id = $state<string | null>(null);
	private title = '';
	private createdAt = 0;
	private system = '';
	private lastSave = 0;
	private engine: Engine | undefined;

	async send(engine: Engine, text: string, settings: ChatSettings): Promise<void> {
		if (!this.id) {
			this.id = crypto.randomUUID();
			this.title = titleFrom(text);
			this.createdAt = Date.now();
		}
		this.system = settings.system;
		this.turns.push({ role: 'user', content: text });
		await this.save();
		await this.reply(engine, settings);
	}

	/** Replaces the last reply with a new one for the same question. */
	async regenerate(engine: Engine, settings: ChatSettings): Promise<void> {
		if (this.turns.at(-1)?.role === 'assistant') this.turns.pop();
		if (this.turns.at(-1)?.role === 'user') await this.reply(engine, settings);
	}

	private async reply(engine: Engine, settings: ChatSettings) {
		this.engine = engine;
		const label = engine.info.label;
		const conversation = this.id;
		const current = await this.run.start(
			engine,
			buildRequest(this.turns, settings, engine),
			// Save the partial reply as it streams, marked interrupted until it completes.
			() => {
				if (this.id !== conversation) return; // the user opened another conversation
				if (performance.now() - this.lastSave < SAVE_EVERY_MS) return;
				this.lastSave = performance.now();
				void this.save({
					role: 'assistant',
					content: this.run.latestText,
					engineLabel: label,
					interrupted: true
				});
			}
		);
		// Another reply, or another conversation, took over meanwhile: this one leaves them alone.
		if (!current || this.id !== conversation) return;
		if (this.run.text) {
			this.turns.push({
				role: 'assistant',
				content: this.run.text,
				result: this.run.result ?? undefined,
				engineLabel: label,
				tokens: this.run.tokens
			});
		}
		await this.save();
	}

	private async save(partial?: StoredTurn): Promise<void> {
		if (!this.id) return;
		const turns: StoredTurn[] = this.turns.map((t) => ({
			role: t.role,
			content: t.content,
			...(t.engineLabel ? { engineLabel: t.engineLabel } : {}),
			...(t.interrupted ? { interrupted: true } : {}),
			...(t.result
				? {
						stats: {
							completionTokens: t.result.usage.completionTokens,
							decodeTokensPerSecond: t.result.usage.decodeTokensPerSecond,
							timeToFirstTokenMs: t.result.usage.timeToFirstTokenMs
						}
					}
				: {})
		}));
		if (partial) turns.push(partial);
		await conversationStore.save({
			id: this.id,
			title: this.title,
			createdAt: this.createdAt,
			updatedAt: Date.now(),
			system: this.system,
			turns
		});
	}

	/** Opens a saved conversation. */
	open(record: ConversationRecord) {
		this.run.stop();
		this.id = record.id;
		this.title = record.title;
		this.createdAt = record.createdAt;
		this.system = record.system;
		this.turns = record.turns.map((t) => ({
			role: t.role,
			content: t.content,
			engineLabel: t.engineLabel,
			interrupted: t.interrupted,
			result: t.stats
				? {
						text: t.content,
						finishReason: 'stop' as const,
						usage: { promptTokens: 0, ...t.stats }
					}
				: undefined
		}));
	}

	clear() {
		this.run.stop();
		// WebLLM keeps the last conversation in its KV cache; a new one starts clean.
		void this.engine?.reset().catch(() => {});
		this.turns = [];
		this.id = null;
	}
}

/** Settings from a shared link (?prompt=…&system=…&temperature=…): a slide or QR code opens the exact demo. */
export function settingsFromUrl(params: URLSearchParams, base: ChatSettings) {
	return {
		prompt: params.get('prompt') ?? '',
		/** The engine the link names, if any (the app-wide selection decides whether it can run). */
		engine: params.get('engine'),
		settings: {
			...base,
			// temperature, top_p, … max_tokens, seed and the penalties: the sampling table's keys and limits.
			...samplingFromParams(params, base, MAX_TOKENS_LIMIT),
			system: params.get('system') ?? base.system,
			jsonSchema: params.get('json_schema') ?? base.jsonSchema,
			showChoices: params.has('choices') ? params.get('choices') !== '0' : base.showChoices
		}
	};
}
