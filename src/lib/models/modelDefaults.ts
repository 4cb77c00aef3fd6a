// A downloaded model's own sampling defaults and context window, for the playground's settings.
// Only webllm/ reads WebLLM's cache (webllm/config.ts reads the model's mlc-chat-config.json);
// pages ask here, by model id, and get nothing until every file of the model is on this device.
import { readModelDefaults, type ModelDefaults } from '$lib/webllm/config';
import { modelStore } from './modelStore.svelte';

export type { ModelDefaults };

/** null for the built-in engine, an unknown id, or a model not fully downloaded. */
export function downloadedModelDefaults(id: string): Promise<ModelDefaults | null> {
	const model = modelStore.get(id);
	return model && modelStore.status[model.id]?.kind === 'ready'
		? readModelDefaults(model)
		: Promise.resolve(null);
}
