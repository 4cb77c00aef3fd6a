// The request one reply sends: the conversation so far plus the playground's settings, shaped
// for the engine that answers (the built-in engine reads no system prompt). Pure, so the page can
// validate the next request as settings change, before anything is sent.
import type { ChatMessage, Engine, GenerateRequest } from '$lib/engine/types';
import { defaultSampling, samplingFields, type SamplingValues } from '$lib/sampling/controls';

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

export function buildRequest(
	turns: readonly ChatMessage[],
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
