// A downloaded model's own sampling defaults and context window, from its mlc-chat-config.json
// (already in WebLLM's cache). WebLLM applies these when a request leaves a field out; the
// playground shows them and offers to use them, so nobody has to guess what "default" means.
import { modelBaseUrl, type ModelEntry } from './catalogue';
import { getFile } from './webllmCache';

export interface ModelDefaults {
	temperature?: number;
	topP?: number;
	repetitionPenalty?: number;
	frequencyPenalty?: number;
	presencePenalty?: number;
	/** How many tokens the model reads at most (prompt and answer together). */
	contextWindow?: number;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function defaultsFromConfig(config: unknown): ModelDefaults {
	if (typeof config !== 'object' || config === null) return {};
	const c = config as Record<string, unknown>;
	const out: ModelDefaults = {
		temperature: num(c.temperature),
		topP: num(c.top_p),
		repetitionPenalty: num(c.repetition_penalty),
		frequencyPenalty: num(c.frequency_penalty),
		presencePenalty: num(c.presence_penalty),
		contextWindow: num(c.context_window_size)
	};
	for (const k of Object.keys(out) as (keyof ModelDefaults)[])
		if (out[k] === undefined) delete out[k];
	return out;
}

/** The defaults of a model on this device, or null when its config is not downloaded. */
export async function readModelDefaults(model: ModelEntry): Promise<ModelDefaults | null> {
	const url = new URL('mlc-chat-config.json', modelBaseUrl(model.modelUrl)).href;
	const bytes = await getFile<ArrayBuffer>('webllm/config', url);
	if (!bytes) return null;
	try {
		const defaults = defaultsFromConfig(JSON.parse(new TextDecoder().decode(bytes)));
		// The catalogue's override wins over the file, as in WebLLM.
		if (model.contextWindow) defaults.contextWindow = model.contextWindow;
		return defaults;
	} catch {
		return null;
	}
}
