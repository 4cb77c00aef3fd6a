// WebLLM's own cache functions and reload(), called on a catalogue or bring-your-own entry, for
// the specs that check our cache layout against WebLLM itself
// (src/lib/models/downloader.spec.ts): what WebLLM finds is the only proof that a "Ready offline"
// model loads offline. All three run without a GPU: hasModelInCache and deleteModelAllInfoInCache
// only touch IndexedDB, and reload() reads the config and the model library before it first needs
// WebGPU (it fails there, or at the library when it is not a real one). App code has no use for
// them: WebLLM is imported inside each function, so nothing here reaches a page's bundle even by
// mistake.
import type { ModelEntry } from '$lib/models/catalogue';
import { appConfigFor } from './cache';
import { toWebllmRecord } from './record';

/** WebLLM's hasModelInCache: tensor-cache.json and every shard, under the keys it computes. */
export async function webllmHasModel(entry: ModelEntry): Promise<boolean> {
	const { hasModelInCache } = await import('@mlc-ai/web-llm');
	return hasModelInCache(entry.id, appConfigFor(toWebllmRecord(entry)));
}

/** WebLLM's deleteModelAllInfoInCache: shards, tokenizer, library and config, by its keys. */
export async function webllmDeleteModel(entry: ModelEntry): Promise<void> {
	const { deleteModelAllInfoInCache } = await import('@mlc-ai/web-llm');
	await deleteModelAllInfoInCache(entry.id, appConfigFor(toWebllmRecord(entry)));
}

/** WebLLM's MLCEngine.reload() for the entry, with the record and appConfig the engine uses. */
export async function webllmReload(entry: ModelEntry): Promise<void> {
	const { MLCEngine } = await import('@mlc-ai/web-llm');
	const record = toWebllmRecord(entry);
	const engine = new MLCEngine({ appConfig: appConfigFor(record) });
	await engine.reload(record.model_id);
}
