// Downloads a WebLLM model into WebLLM's own IndexedDB cache, so that WebLLM's reload() later
// finds every file and loads with no network. Unlike WebLLM's built-in fetch it reports bytes,
// retries with backoff, never stalls silently, resumes by skipping stored files, verifies sizes,
// checks the quota first, and holds only the files in flight in memory. Which files, under which
// keys, in which database and in which form is WebLLM's business: $lib/webllm/cache.ts says.
import {
	cacheScopes,
	deleteFiles,
	descriptionFiles,
	fixedNameFiles,
	getFile,
	hasFile,
	putFile,
	reloadFiles,
	tokenizerFile,
	type CacheScope,
	type CachedModelFile,
	type ChatConfigFiles,
	type TensorCacheIndex
} from '$lib/webllm/cache';
import { defaultRetry, isRetryableStatus, retryDelay, type RetryPolicy } from './retry';
import { DownloadError, downloadErrors, fileName } from './errors';
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
}

const abortable = (ms: number, signal?: AbortSignal) =>
	new Promise<void>((resolve, reject) => {
		const t = setTimeout(resolve, ms);
		signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), {
			once: true
		});
	});

/**
 * The two small description files: read from the cache when present, else fetched and stored
 * (config first, then tensor-cache.json, both before any shard, in the order WebLLM reads them).
 */
async function describe(model: ModelEntry, opts: DownloadOptions) {
	const files = descriptionFiles(model);
	const configUrl = files.config.url;
	const tensorUrl = files.tensorCache.url;
	const noProgress = () => {};

	let configBytes = await getFile<ArrayBuffer>(files.config.scope, configUrl);
	const configFetched = !configBytes;
	configBytes ??= await fetchWithRetry(files.config, opts, noProgress);
	let config: ChatConfigFiles;
	try {
		config = JSON.parse(new TextDecoder().decode(configBytes));
	} catch (e) {
		throw downloadErrors.manifest(configUrl, String(e));
	}
	if (configFetched) await store(files.config.scope, configUrl, configBytes);

	let tensorCache = await getFile<TensorCacheIndex>(files.tensorCache.scope, tensorUrl);
	if (!tensorCache) {
		const bytes = await fetchWithRetry(files.tensorCache, opts, noProgress);
		try {
			tensorCache = JSON.parse(new TextDecoder().decode(bytes)) as TensorCacheIndex;
		} catch (e) {
			throw downloadErrors.manifest(tensorUrl, String(e));
		}
		if (!Array.isArray(tensorCache.records)) {
			throw downloadErrors.manifest(tensorUrl, 'it has no "records" list');
		}
		// Stored parsed, as WebLLM stores and reads it (cache.ts).
		await store(files.tensorCache.scope, tensorUrl, tensorCache);
	}
	return { config, tensorCache };
}

/**
 * WebLLM cannot load a model whose config lists no tokenizer it reads (reload() throws), so such a
 * model is refused before any shard and never looks "Ready offline".
 */
function checkTokenizer(model: ModelEntry, config: ChatConfigFiles): void {
	if (!tokenizerFile(config))
		throw downloadErrors.manifest(
			descriptionFiles(model).config.url,
			'its tokenizer_files lists neither tokenizer.json nor tokenizer.model, which WebLLM needs'
		);
}

/** Every file WebLLM's reload() will look for, in the scope it looks in. */
async function planModel(model: ModelEntry, opts: DownloadOptions = {}): Promise<ModelPlan> {
	const { config, tensorCache } = await describe(model, opts);
	const files = reloadFiles(model, config, tensorCache);
	return {
		files,
		weightBytes: (tensorCache.records ?? []).reduce((s, r) => s + r.nbytes, 0),
		config
	};
}

/**
 * A file an older version stored under another key (see formerUrls in $lib/webllm/cache.ts):
 * moved to the key WebLLM reads, without the network. True when it was there.
 */
async function adoptFormerCopy(file: ModelFile): Promise<boolean> {
	for (const former of file.formerUrls ?? []) {
		const data = await getFile(file.scope, former);
		if (data === undefined) continue;
		await store(file.scope, file.url, data);
		await deleteFiles(file.scope, [former]);
		return true;
	}
	return false;
}

async function store(scope: CacheScope, url: string, data: unknown) {
	try {
		await putFile(scope, url, data);
	} catch (e) {
		if (e instanceof DOMException && e.name === 'QuotaExceededError') {
			const est = await navigator.storage?.estimate?.().catch(() => undefined);
			throw downloadErrors.quota(
				data instanceof ArrayBuffer ? data.byteLength : 0,
				Math.max(0, (est?.quota ?? 0) - (est?.usage ?? 0))
			);
		}
		throw new DownloadError(
			'storage',
			`Could not store ${fileName(url)}: ${String(e)}`,
			fileName(url)
		);
	}
}

async function verifyIntegrity(bytes: ArrayBuffer, sri: string): Promise<boolean> {
	const [algo, expected] = sri.split('-', 2) as [string, string];
	const name = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' }[algo];
	if (!name || !expected) return false;
	const digest = new Uint8Array(await crypto.subtle.digest(name, bytes));
	return btoa(String.fromCharCode(...digest)) === expected;
}

/** One attempt: streams the body, counting bytes, with an inactivity timeout. */
async function fetchOnce(
	file: ModelFile,
	opts: DownloadOptions,
	onBytes: (n: number) => void,
	onSize?: (bytes: number) => void
): Promise<ArrayBuffer> {
	const doFetch = opts.fetch ?? fetch;
	const inactivityMs = opts.inactivityMs ?? 20_000;
	opts.signal?.throwIfAborted();
	const ctrl = new AbortController();
	const onAbort = () => ctrl.abort(opts.signal?.reason);
	opts.signal?.addEventListener('abort', onAbort, { once: true });
	let timedOut = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const arm = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			timedOut = true;
			ctrl.abort();
		}, inactivityMs);
	};
	// With a known size the body is copied once into a buffer of that size, so each chunk is
	// garbage as soon as it is copied; otherwise chunks are kept and joined at the end.
	let buffer: Uint8Array<ArrayBuffer> | undefined;
	const chunks: Uint8Array[] = [];
	let received = 0;
	try {
		arm();
		// no-store: the model bytes belong in IndexedDB, not in a second copy in the HTTP cache.
		const res = await doFetch(file.url, { signal: ctrl.signal, cache: 'no-store' });
		if (!res.ok) throw downloadErrors.http(file.url, res.status);
		if (!res.body) throw downloadErrors.network(file.url, 'empty response');
		const length = Number(res.headers.get('content-length'));
		if (length > 0) onSize?.(length);
		const size = file.expectedBytes ?? (length > 0 ? length : undefined);
		if (size !== undefined) buffer = new Uint8Array(size);
		const reader = res.body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			arm();
			if (buffer && received + value.byteLength <= buffer.byteLength) buffer.set(value, received);
			else if (buffer)
				buffer = undefined; // longer than announced: the size check below fails
			else chunks.push(value);
			received += value.byteLength;
			onBytes(value.byteLength);
		}
	} catch (e) {
		onBytes(-received); // this attempt's bytes do not count
		if (opts.signal?.aborted) throw opts.signal.reason;
		if (timedOut) throw downloadErrors.timeout(file.url, Math.round(inactivityMs / 1000));
		if (e instanceof DownloadError) throw e;
		throw downloadErrors.network(file.url, e instanceof Error ? e.message : String(e));
	} finally {
		clearTimeout(timer);
		opts.signal?.removeEventListener('abort', onAbort);
	}
	if (file.expectedBytes !== undefined && received !== file.expectedBytes) {
		onBytes(-received);
		throw downloadErrors.size(file.url, file.expectedBytes, received);
	}
	let bytes = buffer && buffer.byteLength === received ? buffer : undefined;
	if (!bytes) {
		if (buffer) {
			onBytes(-received);
			throw downloadErrors.network(
				file.url,
				`expected ${buffer.byteLength} bytes, got ${received}`
			);
		}
		bytes = new Uint8Array(received);
		let offset = 0;
		for (const c of chunks) {
			bytes.set(c, offset);
			offset += c.byteLength;
		}
	}
	if (file.integrity && !(await verifyIntegrity(bytes.buffer, file.integrity))) {
		onBytes(-received);
		throw downloadErrors.integrity(file.url);
	}
	return bytes.buffer;
}

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

/** Downloads every missing file of a model. Resolves when WebLLM can load it offline. */
export async function downloadModel(
	model: ModelEntry,
	opts: DownloadOptions = {}
): Promise<ModelPlan> {
	const now = opts.now ?? (() => performance.now());
	opts.onProgress?.(preparingProgress);
	const plan = await planModel(model, opts);
	checkTokenizer(model, plan.config);

	const present = await Promise.all(
		plan.files.map(async (f) => (await hasFile(f.scope, f.url)) || (await adoptFormerCopy(f)))
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

	// Refuse up front rather than fail half way: compare what is still needed with the free quota.
	const estimate = opts.estimate ?? (() => navigator.storage?.estimate?.() ?? Promise.resolve({}));
	const est = await estimate();
	if (est.quota !== undefined) {
		const needed = missing.reduce((s, f) => s + (f.expectedBytes ?? 0), 0);
		const free = Math.max(0, est.quota - (est.usage ?? 0));
		if (needed > free) throw downloadErrors.quota(needed, free);
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
	const worker = async () => {
		for (let file = queue.shift(); file; file = queue.shift()) {
			opts.signal?.throwIfAborted();
			let fileBytes = 0;
			const f = file;
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
			const data = file.storedAs === 'json' ? JSON.parse(new TextDecoder().decode(bytes)) : bytes;
			await store(file.scope, file.url, data);
			// Move the file from "in flight" to "done" in one step, so progress never dips.
			inFlight -= fileBytes;
			doneBytes += sizeOf(file);
			filesDone++;
			report();
		}
	};
	const workers = Array.from({ length: Math.max(1, opts.parallel ?? 4) }, worker);
	// If one worker fails, stop the others too: nothing partial is stored, resume picks up later.
	const results = await Promise.allSettled(workers);
	const failed = results.find((r) => r.status === 'rejected');
	if (failed) {
		queue.length = 0;
		throw (failed as PromiseRejectedResult).reason;
	}
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

/** Options for reading the cache only: any attempt to fetch fails at once. */
const offlineOnly: DownloadOptions = {
	fetch: () => Promise.reject(new Error('cache only')),
	retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 }
};

export type CacheState =
	| { state: 'absent' }
	| { state: 'partial'; doneBytes: number; totalBytes: number }
	| { state: 'ready'; bytes: number };

/**
 * What of a model is in the cache now; reads only the cache, never the network. A file found only
 * under a former key counts as missing (WebLLM would not find it); resuming moves it, offline.
 */
export async function cacheState(model: ModelEntry): Promise<CacheState> {
	const { config, tensorCache } = descriptionFiles(model);
	const anyStored =
		(await hasFile(config.scope, config.url)) ||
		(await hasFile(tensorCache.scope, tensorCache.url));
	if (!anyStored) return { state: 'absent' };
	let plan: ModelPlan;
	try {
		plan = await planModel(model, offlineOnly);
	} catch {
		// A description file is missing (WebLLM's own delete, for one, keeps tensor-cache.json).
		return { state: 'partial', doneBytes: 0, totalBytes: model.estimatedBytes ?? 0 };
	}
	const present = await Promise.all(plan.files.map((f) => hasFile(f.scope, f.url)));
	const doneBytes = plan.files.reduce(
		(s, f, i) => s + (present[i] ? (f.expectedBytes ?? 0) : 0),
		0
	);
	return present.every(Boolean) && tokenizerFile(plan.config)
		? { state: 'ready', bytes: plan.weightBytes }
		: { state: 'partial', doneBytes, totalBytes: plan.weightBytes };
}

/** Removes every file of a model from all three WebLLM databases, under current and former keys. */
export async function deleteModel(model: ModelEntry): Promise<void> {
	let files: ModelFile[];
	try {
		files = (await planModel(model, { fetch: () => Promise.reject(new Error('offline delete')) }))
			.files;
	} catch {
		// Without the descriptions only the fixed names are known; remove those.
		files = fixedNameFiles(model);
	}
	for (const scope of cacheScopes) {
		// tensor-cache.json last, so an interrupted delete can still find the shard list.
		const urls = files
			.filter((f) => f.scope === scope)
			.flatMap((f) => [f.url, ...(f.formerUrls ?? [])])
			.sort(
				(a, b) => Number(a.endsWith('tensor-cache.json')) - Number(b.endsWith('tensor-cache.json'))
			);
		await deleteFiles(scope, urls);
	}
}
