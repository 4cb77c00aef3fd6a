// A downloaded model's own sampling defaults and context window, for the playground's settings.
// Only webllm/ reads WebLLM's cache (webllm/config.ts reads the model's mlc-chat-config.json);
// pages ask here, by model id, and get nothing until every file of the model is on this device.
// The model store is imported on the first question, not with the page: the playground's first
// visit runs the built-in engine and does not need it (see choice/selection.svelte.ts).
import type { ModelDefaults } from '$lib/webllm/config';
import { BUILTIN_ID } from '$lib/choice/choice';

export type { ModelDefaults };

/** null for the built-in engine, an unknown id, or a model not fully downloaded. */
export async function downloadedModelDefaults(id: string): Promise<ModelDefaults | null> {
	if (id === BUILTIN_ID) return null;
	const [{ modelStore }, { readModelDefaults }] = await Promise.all([
		import('./modelStore.svelte'),
		import('$lib/webllm/config')
	]);
	await modelStore.init();
	const model = modelStore.get(id);
	return model && modelStore.status[model.id]?.kind === 'ready' ? readModelDefaults(model) : null;
}
