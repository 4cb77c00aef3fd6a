// What a downloaded model says about itself, read from WebLLM's cache (no network, no GPU):
// - its own sampling defaults and context window, from its mlc-chat-config.json. WebLLM applies
//   these when a request leaves a field out; the playground shows them and offers to use them, so
//   nobody has to guess what "default" means.
// - its token table, from its tokenizer.json, to show captured token ids as text (WebLLM's
//   tokenizer lives inside its pipeline and is not exported).
import type { ModelEntry } from '$lib/models/catalogue';
import { descriptionFiles, getFile, modelFileUrl } from './cache';
import { toWebllmRecord, type WebllmRecord } from './record';
import { tokenTableFrom, type TokenTable } from './tokenTable';

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
	const { config } = descriptionFiles(model);
	const bytes = await getFile<ArrayBuffer>(config.scope, config.url);
	if (!bytes) return null;
	try {
		const defaults = defaultsFromConfig(JSON.parse(new TextDecoder().decode(bytes)));
		// The record's override wins over the file, as it does in WebLLM's reload().
		const override = toWebllmRecord(model).overrides?.context_window_size;
		if (override) defaults.contextWindow = override;
		return defaults;
	} catch {
		return null;
	}
}

/** The model's token table from its cached tokenizer.json; undefined when not readable. */
export async function readTokenTable(record: WebllmRecord): Promise<TokenTable | undefined> {
	const data = await getFile('webllm/model', modelFileUrl(record, 'tokenizer.json'));
	return data === undefined ? undefined : tokenTableFrom(data);
}
