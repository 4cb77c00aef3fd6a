// Downloads a WebLLM model into WebLLM's own IndexedDB cache, so that WebLLM's reload() later
// finds every file and loads with no network. Unlike WebLLM's built-in fetch it reports bytes,
// retries with backoff, never stalls silently, resumes by skipping stored files, verifies sizes,
// checks the quota first, and holds only the files in flight in memory. Which files, under which
// keys, in which database and in which form is WebLLM's business: $lib/webllm/cache.ts says.
//
// Nothing false is stored, and nothing is stored alone:
// - each file is checked before it is stored ($lib/webllm/fileChecks.ts: a library is WebAssembly,
//   a tokenizer is not a web page; $lib/webllm/descriptions.ts: the two description files hold
//   what WebLLM reads), and a file of unknown size is cut off at a cap instead of filling memory;
// - the two description files are stored together, only once both passed their checks, and a
//   download that fails before any weight or tokenizer arrived takes them away again: a failed
//   download leaves either an accurate partial state or nothing;
// - a request that got no answer is diagnosed ($lib/models/diagnose.ts) so the message names the
//   cause (offline, blocked address, redirect loop, CORS) and only network faults are retried.
//
// A model's files are found by their folder (every key of the folder shares its URL as prefix)
// plus its library, so counting and deleting need neither the network nor the description files.
// Two models may share files (the same weights URL, the same library): deleting one keeps what
// another model on this device still uses (deleteModel's `others`).
import {
	allKeys,
	cacheScopes,
	deleteFiles,
	descriptionFiles,
	getFile,
	hasFile,
	keysUnder,
	libraryOf,
	modelFolder,
	putFile,
	reloadFiles,
	storedBytes,
	type CacheScope,
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
import { contentProblem, maxFileBytes } from '$lib/webllm/fileChecks';
import { defaultRetry, isRetryableStatus, retryDelay, type RetryPolicy } from './retry';
import { DownloadError, downloadErrors } from './errors';
import { diagnoseFetchFailure, watchPolicyBlocks } from './diagnose';
import { RateMeter } from './rate';
import type { ModelEntry } from './catalogue';

type ModelFile = CachedModelFile;

export interface ModelPlan {
	files: ModelFile[];
	/** The parts of mlc-chat-config.json that decide the files. */
	config: ChatConfigFiles;
	/** Exact weight bytes from tensor-cache.json. */
	weightBytes: number;
}

export interface DownloadProgress {
	phase: 'preparing' | 'downloading' | 'done';
	doneBytes: number;
	totalBytes: number;
	filesDone: number;
	filesTotal: number;
	/** Files being fetched right now, with their own byte counts. */
	active: { name: string; received: number; total: number | null }[];
	bytesPerSecond: number;
	etaSeconds: number | null;
}

/** Progress before anything is known: reading the model's description files. */
export const preparingProgress: DownloadProgress = {
	phase: 'preparing',
	doneBytes: 0,
	totalBytes: 0,
	filesDone: 0,
	filesTotal: 0,
	active: [],
	bytesPerSecond: 0,
	etaSeconds: null
};

export interface DownloadOptions {
	signal?: AbortSignal;
	onProgress?: (p: DownloadProgress) => void;
	/** Parallel connections; 4 measured fastest against the local server (npm run bench). */
	parallel?: number;
	retry?: RetryPolicy;
	/** A connection that delivers nothing for this long is dropped and retried. */
	inactivityMs?: number;
	fetch?: typeof fetch;
	estimate?: () => Promise<{ usage?: number; quota?: number }>;
	/** Allowance for files whose size is unknown before fetching (tokenizer, model library). */
	unknownFileAllowance?: number;
	now?: () => number;
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	/** Explains a request that got no response at all; the default asks (diagnose.ts). */
	diagnose?: (url: string, detail: string) => Promise<DownloadError>;
}

const abortable = (ms: number, signal?: AbortSignal) =>
	new Promise<void>((resolve, reject) => {
		const t = setTimeout(resolve, ms);
		signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), {
			once: true
		});
	});

/** Started on the first download, so a blocked redirect seen during it can be named. */
let recentPolicyBlock: (() => string | undefined) | undefined;

function diagnoser(opts: DownloadOptions, doFetch: typeof fetch) {
	return (
		opts.diagnose ??
		((url: string, detail: string) =>
			diagnoseFetchFailure(url, detail, {
				fetch: doFetch,
				online: globalThis.navigator?.onLine,
				recentBlock: recentPolicyBlock
			}))
	);
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

/** Both description files from the cache alone, checked; null when either is missing or wrong. */
async function storedDescriptions(model: ModelEntry): Promise<Descriptions | null> {
	const { config, tensorCache } = descriptionFiles(model);
	const [configBytes, index] = await Promise.all([
		getFile(config.scope, config.url),
		getFile(tensorCache.scope, tensorCache.url)
	]);
	if (configBytes === undefined || index === undefined) return null;
	const c = checkConfigBytes(model, configBytes);
	const t = checkTensorCache(index, modelFolder(model));
	return c.ok && t.ok ? { config: c.value, tensorCache: t.value } : null;
}

/**
 * The two description files: from the cache when stored and sound, else fetched and checked. A
 * fetched one is stored only once both passed (config as bytes, tensor-cache.json parsed, the
 * forms WebLLM reads them in), so a failure here leaves nothing behind.
 */
async function describe(model: ModelEntry, opts: DownloadOptions): Promise<Descriptions> {
	const files = descriptionFiles(model);
	const folder = modelFolder(model);
	const noProgress = () => {};
	const toStore: [ModelFile, unknown][] = [];

	let config: Checked<ChatConfigFiles> | null = null;
	const storedConfig = await getFile(files.config.scope, files.config.url);
	if (storedConfig !== undefined) config = checkConfigBytes(model, storedConfig);
	if (!config?.ok) {
		const bytes = await fetchWithRetry(files.config, opts, noProgress);
		config = checkConfigBytes(model, bytes);
		if (!config.ok) throw downloadErrors.manifest(files.config.url, config.problems, config.total);
		toStore.push([files.config, bytes]);
	}

	let index: Checked<TensorCacheIndex> | null = null;
	const storedIndex = await getFile(files.tensorCache.scope, files.tensorCache.url);
	if (storedIndex !== undefined) index = checkTensorCache(storedIndex, folder);
	if (!index?.ok) {
		const json = parseJson(await fetchWithRetry(files.tensorCache, opts, noProgress));
		index = json.ok ? checkTensorCache(json.value, folder) : json;
		if (!index.ok)
			throw downloadErrors.manifest(files.tensorCache.url, index.problems, index.total);
		if (json.ok) toStore.push([files.tensorCache, json.value]);
	}

	for (const [file, data] of toStore) await store(file, data);
	return { config: config.value, tensorCache: index.value };
}

function planOf(model: ModelEntry, d: Descriptions): ModelPlan {
	return {
		files: reloadFiles(model, d.config, d.tensorCache),
		weightBytes: (d.tensorCache.records ?? []).reduce((s, r) => s + r.nbytes, 0),
		config: d.config
	};
}

/**
 * Stored, and what it claims to be. Only the library is read back to check: an older version
 * stored whatever the server sent, and a web page stored as a library made a model look ready.
 * With `repair`, such a file is deleted so the download fetches it again.
 */
async function storedAndSound(file: ModelFile, repair: boolean): Promise<boolean> {
	if (file.kind !== 'library') return hasFile(file.scope, file.url);
	const data = await getFile(file.scope, file.url);
	if (data === undefined) return false;
	const sound = data instanceof ArrayBuffer && contentProblem(file, new Uint8Array(data)) === null;
	if (!sound && repair) await deleteFiles(file.scope, [file.url]);
	return sound;
}

/**
 * A file an older version stored under another key (see formerUrls in $lib/webllm/cache.ts):
 * moved to the key WebLLM reads, without the network. True when it was there.
 */
async function adoptFormerCopy(file: ModelFile): Promise<boolean> {
	for (const former of file.formerUrls ?? []) {
		const data = await getFile(file.scope, former);
		if (data === undefined) continue;
		await store(file, data);
		await deleteFiles(file.scope, [former]);
		return true;
	}
	return false;
}

async function store(file: ModelFile, data: unknown) {
	try {
		await putFile(file.scope, file.url, data);
	} catch (e) {
		if (e instanceof DOMException && e.name === 'QuotaExceededError') {
			const est = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
			throw downloadErrors.quota(
				data instanceof ArrayBuffer ? data.byteLength : 0,
				Math.max(0, (est?.quota ?? 0) - (est?.usage ?? 0))
			);
		}
		throw downloadErrors.storage(file.url, e instanceof Error ? e.message : String(e));
	}
}

async function verifyIntegrity(bytes: ArrayBuffer, sri: string): Promise<boolean> {
	const [algo, expected] = sri.split('-', 2) as [string, string];
	const name = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' }[algo];
	if (!name || !expected) return false;
	const digest = new Uint8Array(await crypto.subtle.digest(name, bytes));
	return btoa(String.fromCharCode(...digest)) === expected;
}

/**
 * One attempt: streams the body, counting bytes, with an inactivity timeout and a size cap, then
 * checks what arrived. Content-Length is a hint only (compressed bodies are longer than it says),
 * except that a body announced bigger than allowed is refused before it is read.
 */
async function fetchOnce(
	file: ModelFile,
	opts: DownloadOptions,
	onBytes: (n: number) => void,
	onSize?: (bytes: number) => void
): Promise<ArrayBuffer> {
	const doFetch = opts.fetch ?? fetch;
	const inactivityMs = opts.inactivityMs ?? 20_000;
	const limit = file.expectedBytes ?? maxFileBytes[file.kind];
	opts.signal?.throwIfAborted();
	const ctrl = new AbortController();
	const onAbort = () => ctrl.abort(opts.signal?.reason);
	opts.signal?.addEventListener('abort', onAbort, { once: true });
	let timedOut = false;
	let answered = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const arm = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			timedOut = true;
			ctrl.abort();
		}, inactivityMs);
	};
	// With a known size the body is copied once into a buffer of that size, so each chunk is
	// garbage as soon as it is copied; otherwise (or when the body outgrows it) chunks are kept
	// and joined at the end.
	let buffer: Uint8Array<ArrayBuffer> | undefined;
	const chunks: Uint8Array[] = [];
	let received = 0;
	try {
		arm();
		// no-store: the model bytes belong in IndexedDB, not in a second copy in the HTTP cache.
		const res = await doFetch(file.url, { signal: ctrl.signal, cache: 'no-store' });
		answered = true;
		const refuse = (error: DownloadError) => {
			void res.body?.cancel().catch(() => {});
			return error;
		};
		if (!res.ok) throw refuse(downloadErrors.http(file.url, res.status));
		if (!res.body) throw downloadErrors.network(file.url, 'empty response');
		const length = Number(res.headers.get('content-length'));
		const announced = Number.isSafeInteger(length) && length > 0 ? length : undefined;
		if (announced !== undefined) {
			if (file.expectedBytes !== undefined && announced > file.expectedBytes)
				throw refuse(downloadErrors.size(file.url, file.expectedBytes, announced));
			if (announced > limit)
				throw refuse(downloadErrors.tooLarge(file.url, file.kind, limit, announced));
			onSize?.(announced);
		}
		const size = file.expectedBytes ?? announced;
		if (size !== undefined) buffer = new Uint8Array(size);
		const reader = res.body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			arm();
			if (received + value.byteLength > limit) {
				void reader.cancel().catch(() => {});
				throw file.expectedBytes !== undefined
					? downloadErrors.size(file.url, file.expectedBytes, file.expectedBytes, true)
					: downloadErrors.tooLarge(file.url, file.kind, limit);
			}
			if (buffer && received + value.byteLength <= buffer.byteLength) buffer.set(value, received);
			else {
				if (buffer) chunks.push(buffer.subarray(0, received));
				buffer = undefined;
				chunks.push(value);
			}
			received += value.byteLength;
			onBytes(value.byteLength);
		}
	} catch (e) {
		onBytes(-received); // this attempt's bytes do not count
		if (opts.signal?.aborted) throw opts.signal.reason;
		if (timedOut) throw downloadErrors.timeout(file.url, Math.round(inactivityMs / 1000));
		if (e instanceof DownloadError) throw e;
		const detail = e instanceof Error ? e.message : String(e);
		// No answer at all: find out why before saying "network" (diagnose.ts).
		if (!answered) throw await diagnoser(opts, doFetch)(file.url, detail);
		throw downloadErrors.network(file.url, detail);
	} finally {
		clearTimeout(timer);
		opts.signal?.removeEventListener('abort', onAbort);
	}
	const fail = (error: DownloadError) => {
		onBytes(-received);
		return error;
	};
	if (file.expectedBytes !== undefined && received !== file.expectedBytes)
		throw fail(downloadErrors.size(file.url, file.expectedBytes, received));
	let bytes: Uint8Array<ArrayBuffer>;
	if (buffer) {
		// Shorter than announced, uncompressed: the connection ended early.
		if (received !== buffer.byteLength)
			throw fail(
				downloadErrors.network(file.url, `expected ${buffer.byteLength} bytes, got ${received}`)
			);
		bytes = buffer;
	} else {
		bytes = new Uint8Array(received);
		let offset = 0;
		for (const c of chunks) {
			bytes.set(c, offset);
			offset += c.byteLength;
		}
	}
	const problem = contentProblem(file, bytes);
	if (problem) throw fail(downloadErrors.badFile(file.url, file.kind, problem));
	if (file.integrity && !(await verifyIntegrity(bytes.buffer, file.integrity)))
		throw fail(downloadErrors.integrity(file.url));
	return bytes.buffer;
}

/** Only faults of the network are worth another attempt; a wrong file stays wrong. */
function retryable(e: unknown): boolean {
	if (!(e instanceof DownloadError)) return false;
	if (e.code === 'network' || e.code === 'timeout') return true;
	if (e.code === 'http') return isRetryableStatus(e.status ?? 0);
	return false;
}

async function fetchWithRetry(
	file: ModelFile,
	opts: DownloadOptions,
	onBytes: (n: number) => void,
	onSize?: (bytes: number) => void
): Promise<ArrayBuffer> {
	const policy = opts.retry ?? defaultRetry;
	const sleep = opts.sleep ?? abortable;
	for (let attempt = 1; ; attempt++) {
		try {
			return await fetchOnce(file, opts, onBytes, onSize);
		} catch (e) {
			if (opts.signal?.aborted || attempt >= policy.attempts || !retryable(e)) throw e;
			await sleep(retryDelay(attempt, policy), opts.signal);
		}
	}
}

/**
 * After a failed download: if the model's folder holds nothing but its two description files
 * (no weight, no tokenizer arrived, now or in an earlier attempt), they would show as a download
 * that got nowhere ("0 B of 0 B" once), so they go too, and the model reads as not downloaded.
 */
async function dropLoneDescriptions(model: ModelEntry): Promise<void> {
	const { config, tensorCache } = descriptionFiles(model);
	const keys = await folderKeys(model);
	if (keys.some((k) => k.url !== config.url && k.url !== tensorCache.url)) return;
	await deleteKeys(keys);
}

/** Downloads every missing file of a model. Resolves when WebLLM can load it offline. */
export async function downloadModel(
	model: ModelEntry,
	opts: DownloadOptions = {}
): Promise<ModelPlan> {
	recentPolicyBlock ??= watchPolicyBlocks();
	const now = opts.now ?? (() => performance.now());
	opts.onProgress?.(preparingProgress);
	// Every failure (not a pause or cancel) ends here: what it leaves must read truthfully.
	const fail = async (e: unknown): Promise<never> => {
		if (!opts.signal?.aborted) await dropLoneDescriptions(model).catch(() => {});
		throw e;
	};
	const plan = await describe(model, opts).then((d) => planOf(model, d), fail);

	const present = await Promise.all(
		plan.files.map(async (f) => (await storedAndSound(f, true)) || (await adoptFormerCopy(f)))
	);
	const missing = plan.files.filter((_, i) => !present[i]);
	// Sizes: shards from tensor-cache.json; the two description files are already stored (and
	// tiny); tokenizer and library get an allowance until their Content-Length arrives.
	const allowance = opts.unknownFileAllowance ?? 8_000_000;
	const sizes = new Map<string, number>(plan.files.slice(0, 2).map((f) => [f.url, 0]));
	const sizeOf = (f: ModelFile) => f.expectedBytes ?? sizes.get(f.url) ?? allowance;
	let totalBytes = plan.files.reduce((s, f) => s + sizeOf(f), 0);
	let doneBytes = totalBytes - missing.reduce((s, f) => s + sizeOf(f), 0);
	let filesDone = plan.files.length - missing.length;

	// Refuse up front rather than fail half way: compare what is still needed (the allowance
	// standing in for files of unknown size) with the free quota.
	const estimate =
		opts.estimate ?? (() => globalThis.navigator?.storage?.estimate?.() ?? Promise.resolve({}));
	const est = await estimate();
	if (est.quota !== undefined) {
		const needed = missing.reduce((s, f) => s + sizeOf(f), 0);
		const free = Math.max(0, est.quota - (est.usage ?? 0));
		if (needed > free) await fail(downloadErrors.quota(needed, free));
	}

	const meter = new RateMeter();
	let inFlight = 0;
	const active = new Map<string, { name: string; received: number; total: number | null }>();
	const report = () => {
		const rate = meter.update(doneBytes + inFlight, now());
		opts.onProgress?.({
			phase: 'downloading',
			doneBytes: doneBytes + inFlight,
			totalBytes,
			filesDone,
			filesTotal: plan.files.length,
			active: [...active.values()].map((a) => ({ ...a })),
			bytesPerSecond: rate,
			etaSeconds: meter.eta(totalBytes - doneBytes - inFlight)
		});
	};
	report();

	const queue = [...missing];
	const fetchOne = async (f: ModelFile) => {
		let fileBytes = 0;
		const entry = { name: f.name, received: 0, total: f.expectedBytes ?? null };
		active.set(f.url, entry);
		const bytes = await fetchWithRetry(
			f,
			opts,
			(n) => {
				fileBytes += n;
				inFlight += n;
				entry.received += n;
				report();
			},
			(length) => {
				entry.total = length;
				if (f.expectedBytes !== undefined) return;
				totalBytes += length - sizeOf(f);
				sizes.set(f.url, length);
			}
		).finally(() => active.delete(f.url));
		await store(f, bytes);
		// Move the file from "in flight" to "done" in one step, so progress never dips.
		inFlight -= fileBytes;
		doneBytes += sizeOf(f);
		filesDone++;
		report();
	};
	const worker = async () => {
		for (let file = queue.shift(); file; file = queue.shift()) {
			opts.signal?.throwIfAborted();
			try {
				await fetchOne(file);
			} catch (e) {
				// Stop the other connections after their current file: the error shows at once, and
				// every finished file stays stored for the resume.
				queue.length = 0;
				throw e;
			}
		}
	};
	const workers = Array.from({ length: Math.max(1, opts.parallel ?? 4) }, worker);
	const failed = (await Promise.allSettled(workers)).find((r) => r.status === 'rejected');
	if (failed) await fail((failed as PromiseRejectedResult).reason);
	opts.onProgress?.({
		active: [],
		phase: 'done',
		doneBytes: totalBytes,
		totalBytes,
		filesDone,
		filesTotal: plan.files.length,
		bytesPerSecond: meter.bytesPerSecond,
		etaSeconds: 0
	});
	return plan;
}

export type CacheState =
	| { state: 'absent' }
	/** Sizes are null when the description files are missing or wrong (WebLLM's own delete keeps
	 *  tensor-cache.json; an older version kept whatever it got): only a resume can tell. */
	| { state: 'partial'; doneBytes: number | null; totalBytes: number | null }
	| { state: 'ready'; bytes: number };

/** The keys of a model's folder, in both scopes that hold folder files. */
async function folderKeys(model: ModelEntry): Promise<{ scope: CacheScope; url: string }[]> {
	const folder = modelFolder(model);
	const scopes: CacheScope[] = ['webllm/config', 'webllm/model'];
	const keys = await Promise.all(scopes.map((scope) => keysUnder(scope, folder)));
	return scopes.flatMap((scope, i) => keys[i]!.map((url) => ({ scope, url })));
}

/**
 * What of a model is in the cache now; reads only the cache, never the network. A file found only
 * under a former key counts as missing (WebLLM would not find it); resuming moves it, offline.
 * A library alone (another model's, at the same address) is not this model's download.
 */
export async function cacheState(model: ModelEntry): Promise<CacheState> {
	const keys = await folderKeys(model);
	if (keys.length === 0) return { state: 'absent' };
	const described = await storedDescriptions(model);
	if (!described) return { state: 'partial', doneBytes: null, totalBytes: null };
	const plan = planOf(model, described);
	const stored = new Set(keys.map((k) => k.url));
	const present = await Promise.all(
		plan.files.map((f) => (f.kind === 'library' ? storedAndSound(f, false) : stored.has(f.url)))
	);
	const doneBytes = plan.files.reduce(
		(s, f, i) => s + (present[i] ? (f.expectedBytes ?? 0) : 0),
		0
	);
	return present.every(Boolean)
		? { state: 'ready', bytes: plan.weightBytes }
		: { state: 'partial', doneBytes, totalBytes: plan.weightBytes };
}

type Key = { scope: CacheScope; url: string };
const keyId = (k: Key) => `${k.scope} ${k.url}`;

/**
 * The keys a model has in the cache: its folder's, and its library's (under the current and any
 * former key). `library: 'if-folder'` claims the library only for a model that has folder files:
 * a model never downloaded does not own the library it shares with one that was.
 */
async function keysOf(model: ModelEntry, library: 'always' | 'if-folder'): Promise<Key[]> {
	const keys = await folderKeys(model);
	if (library === 'if-folder' && keys.length === 0) return [];
	const lib = libraryOf(model);
	for (const url of [lib.url, ...(lib.formerUrls ?? [])])
		if (await hasFile(lib.scope, url)) keys.push({ scope: lib.scope, url });
	return keys;
}

/** Which models claim each stored key (for shared files). */
async function claims(models: ModelEntry[]): Promise<Map<string, string[]>> {
	const owners = new Map<string, string[]>();
	for (const m of models)
		for (const k of await keysOf(m, 'if-folder')) {
			const id = keyId(k);
			owners.set(id, [...(owners.get(id) ?? []), m.id]);
		}
	return owners;
}

async function deleteKeys(keys: Key[]): Promise<void> {
	for (const scope of cacheScopes) {
		const urls = keys.filter((k) => k.scope === scope).map((k) => k.url);
		if (urls.length) await deleteFiles(scope, urls);
	}
}

export interface DeleteResult {
	/** Files deleted. */
	deleted: number;
	/** Files kept because other models on this device use them, with those models' ids. */
	kept: { name: string; usedBy: string[] }[];
}

/**
 * Removes a model's files from all three WebLLM databases, under current and former keys, with no
 * network and no need for its description files (so it is immediate whatever state the model is
 * in). Files that `others` (the other models still on this device) use are kept and listed.
 */
export async function deleteModel(
	model: ModelEntry,
	others: ModelEntry[] = []
): Promise<DeleteResult> {
	const mine = await keysOf(model, 'always');
	const owners = await claims(others.filter((m) => m.id !== model.id));
	const kept = mine.filter((k) => owners.has(keyId(k)));
	await deleteKeys(mine.filter((k) => !owners.has(keyId(k))));
	return {
		deleted: mine.length - kept.length,
		kept: kept.map((k) => ({
			name: k.url.split('/').pop() ?? k.url,
			usedBy: owners.get(keyId(k)) ?? []
		}))
	};
}

export interface StorageUse {
	/** Each model with files here: its bytes (shared files included) and who shares them. */
	models: { id: string; bytes: number; sharedWith: string[] }[];
	/** Bytes of every model file, each file counted once. */
	modelBytes: number;
	/** Files no listed model claims (a removed model's, an interrupted delete's). */
	leftovers: { files: number; bytes: number };
}

/** Every byte in WebLLM's three databases, by model, plus what no model claims. */
export async function storageUse(models: ModelEntry[]): Promise<StorageUse> {
	const owners = await claims(models);
	// Shard sizes from the description files where readable, so gigabytes are not read back.
	const known = new Map<string, number>();
	const stored = new Set([...owners.values()].flat());
	for (const m of models) {
		const d = stored.has(m.id) ? await storedDescriptions(m) : null;
		if (d)
			for (const f of planOf(m, d).files) if (f.expectedBytes) known.set(keyId(f), f.expectedBytes);
	}
	const sizes = new Map<string, number>();
	let leftovers = { files: 0, bytes: 0 };
	for (const scope of cacheScopes)
		for (const url of await allKeys(scope)) {
			const id = keyId({ scope, url });
			const bytes = known.get(id) ?? (await storedBytes(scope, url));
			sizes.set(id, bytes);
			if (!owners.has(id))
				leftovers = { files: leftovers.files + 1, bytes: leftovers.bytes + bytes };
		}
	const perModel = new Map<string, { bytes: number; sharedWith: Set<string> }>();
	let modelBytes = 0;
	for (const [id, ids] of owners) {
		const bytes = sizes.get(id) ?? 0;
		modelBytes += bytes;
		for (const m of ids) {
			const entry = perModel.get(m) ?? { bytes: 0, sharedWith: new Set<string>() };
			entry.bytes += bytes;
			for (const other of ids) if (other !== m) entry.sharedWith.add(other);
			perModel.set(m, entry);
		}
	}
	return {
		models: [...perModel].map(([id, e]) => ({ id, bytes: e.bytes, sharedWith: [...e.sharedWith] })),
		modelBytes,
		leftovers
	};
}

/** Deletes every file no listed model claims; returns how many. */
export async function deleteLeftovers(models: ModelEntry[]): Promise<number> {
	const owners = await claims(models);
	const orphans: Key[] = [];
	for (const scope of cacheScopes)
		for (const url of await allKeys(scope))
			if (!owners.has(keyId({ scope, url }))) orphans.push({ scope, url });
	await deleteKeys(orphans);
	return orphans.length;
}
