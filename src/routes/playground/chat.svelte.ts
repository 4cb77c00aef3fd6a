// One conversation in the playground: the messages so far and the reply being streamed.
import { GenerationRun } from '$lib/demos/generationRun.svelte';
import type { ChatMessage, Engine, GenerationResult } from '$lib/engine';
import type { SamplingParams } from '$lib/sampling/sampling';

export interface ChatTurn extends ChatMessage {
	result?: GenerationResult;
	engineLabel?: string;
}

export interface ChatSettings extends SamplingParams {
	system: string;
	maxTokens: number;
	/** Empty means a fresh random seed per reply. */
	seed: number | null;
}

export class ChatSession {
	turns = $state<ChatTurn[]>([]);
	run = new GenerationRun();

	async send(engine: Engine, text: string, settings: ChatSettings): Promise<void> {
		this.turns.push({ role: 'user', content: text });
		await this.reply(engine, settings);
	}

	/** Replaces the last reply with a new one for the same question. */
	async regenerate(engine: Engine, settings: ChatSettings): Promise<void> {
		if (this.turns.at(-1)?.role === 'assistant') this.turns.pop();
		if (this.turns.at(-1)?.role === 'user') await this.reply(engine, settings);
	}

	private async reply(engine: Engine, settings: ChatSettings) {
		const history = this.turns.map(({ role, content }) => ({ role, content }));
		const messages: ChatMessage[] = settings.system.trim()
			? [{ role: 'system', content: settings.system.trim() }, ...history]
			: history;
		await this.run.start(engine, {
			messages,
			temperature: settings.temperature,
			topK: settings.topK,
			topP: settings.topP,
			maxTokens: settings.maxTokens,
			seed: settings.seed ?? undefined,
			alternatives: 5
		});
		if (this.run.text) {
			this.turns.push({
				role: 'assistant',
				content: this.run.text,
				result: this.run.result ?? undefined,
				engineLabel: engine.info.label
			});
		}
	}

	clear() {
		this.run.stop();
		this.turns = [];
	}
}

/** Settings from a shared link (?prompt=…&system=…&temperature=…): a slide or QR code opens the exact demo. */
export function settingsFromUrl(params: URLSearchParams, base: ChatSettings) {
	const num = (name: string, lo: number, hi: number) => {
		const v = Number(params.get(name));
		return params.has(name) && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : undefined;
	};
	return {
		prompt: params.get('prompt') ?? '',
		engine: params.get('engine') ?? 'builtin',
		settings: {
			...base,
			system: params.get('system') ?? base.system,
			temperature: num('temperature', 0, 2) ?? base.temperature,
			topP: num('top_p', 0.01, 1) ?? base.topP,
			topK: num('top_k', 0, 1000) ?? base.topK,
			maxTokens: num('max_tokens', 1, 2048) ?? base.maxTokens,
			seed: num('seed', 0, 2 ** 32 - 1) ?? base.seed
		}
	};
}
