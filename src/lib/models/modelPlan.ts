// Reading a model's two description files (mlc-chat-config.json and tensor-cache.json) into the
// plan of files to download: which files, under which keys, and how big the weights are. Both
// are checked ($lib/webllm/descriptions.ts: they hold what WebLLM reads) before anything is
// stored, and stored together only once both passed, in the forms WebLLM reads them in (the
// config as bytes, tensor-cache.json parsed): a model refused here leaves nothing behind.
import {
	descriptionFiles,
	getFile,
	modelFolder,
	reloadFiles,
	type CachedModelFile,
	type ChatConfigFiles,
	type TensorCacheIndex
} from '$lib/webllm/cache';
import {
	checkChatConfig,
	checkTensorCache,
	parseJson,
	type Checked
} from '$lib/webllm/descriptions';
import { fetchFile, storeFile, type FetchOptions } from './fetchFile';
import { downloadErrors } from './errors';
import type { ModelEntry } from './catalogue';

export interface ModelPlan {
	files: CachedModelFile[];
	/** The parts of mlc-chat-config.json that decide the files. */
	config: ChatConfigFiles;
	/** Exact weight bytes from tensor-cache.json. */
	weightBytes: number;
}

interface Descriptions {
	config: ChatConfigFiles;
	tensorCache: TensorCacheIndex;
}

function checkConfigBytes(model: ModelEntry, bytes: unknown): Checked<ChatConfigFiles> {
	if (!(bytes instanceof ArrayBuffer))
		return { ok: false, problems: ['it is not stored as bytes'], total: 1 };
	const json = parseJson(bytes);
	return json.ok ? checkChatConfig(json.value, { chat: model.kind === 'chat' }) : json;
}

function planOf(model: ModelEntry, d: Descriptions): ModelPlan {
	return {
		files: reloadFiles(model, d.config, d.tensorCache),
		weightBytes: (d.tensorCache.records ?? []).reduce((s, r) => s + r.nbytes, 0),
		config: d.config
	};
}

/** The plan from the cache alone, with no network; null when either file is missing or wrong. */
export async function storedPlan(model: ModelEntry): Promise<ModelPlan | null> {
	const { config, tensorCache } = descriptionFiles(model);
	const [configBytes, index] = await Promise.all([
		getFile(config.scope, config.url),
		getFile(tensorCache.scope, tensorCache.url)
	]);
	if (configBytes === undefined || index === undefined) return null;
	const c = checkConfigBytes(model, configBytes);
	const t = checkTensorCache(index, modelFolder(model));
	return c.ok && t.ok ? planOf(model, { config: c.value, tensorCache: t.value }) : null;
}

/**
 * The plan: each description file from the cache when stored and sound, else fetched and
 * checked. A fetched one is stored only once both passed, so a failure here leaves nothing behind.
 */
export async function readPlan(model: ModelEntry, opts: FetchOptions): Promise<ModelPlan> {
	const files = descriptionFiles(model);
	const folder = modelFolder(model);
	const toStore: [CachedModelFile, unknown][] = [];

	let config: Checked<ChatConfigFiles> | null = null;
	const storedConfig = await getFile(files.config.scope, files.config.url);
	if (storedConfig !== undefined) config = checkConfigBytes(model, storedConfig);
	if (!config?.ok) {
		const bytes = await fetchFile(files.config, opts);
		config = checkConfigBytes(model, bytes);
		if (!config.ok) throw downloadErrors.manifest(files.config.url, config.problems, config.total);
		toStore.push([files.config, bytes]);
	}

	let index: Checked<TensorCacheIndex> | null = null;
	const storedIndex = await getFile(files.tensorCache.scope, files.tensorCache.url);
	if (storedIndex !== undefined) index = checkTensorCache(storedIndex, folder);
	if (!index?.ok) {
		const json = parseJson(await fetchFile(files.tensorCache, opts));
		index = json.ok ? checkTensorCache(json.value, folder) : json;
		if (!index.ok)
			throw downloadErrors.manifest(files.tensorCache.url, index.problems, index.total);
		if (json.ok) toStore.push([files.tensorCache, json.value]);
	}

	for (const [file, data] of toStore) await storeFile(file, data);
	return planOf(model, { config: config.value, tensorCache: index.value });
}
