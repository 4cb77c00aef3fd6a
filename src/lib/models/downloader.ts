// Downloads a WebLLM model into WebLLM's own IndexedDB cache, so that WebLLM's reload() later
// finds every file and loads with no network. Unlike WebLLM's built-in fetch it reports bytes,
// retries with backoff, never stalls silently, resumes by skipping stored files, verifies sizes,
// checks the quota first, and holds only the files in flight in memory.
import { defaultRetry, isRetryableStatus, retryDelay, type RetryPolicy } from './retry';
import { DownloadError, downloadErrors, fileName } from './errors';
import { RateMeter } from './rate';
import { modelBaseUrl, type ModelEntry } from './catalogue';
import { deleteFiles, getFile, hasFile, putFile, type CacheScope } from './webllmCache';

export interface ModelFile {
	url: string;
	scope: CacheScope;
	name: string;
	/** Known from tensor-cache.json for weight shards; unknown for the rest until fetched. */
	expectedBytes?: number;
	/** Subresource-integrity hash ("sha256-…") where the model record carries one. */
	integrity?: string;
}

export interface ModelPlan {
	files: ModelFile[];
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
	const base = modelBaseUrl(model.modelUrl);
	const configUrl = new URL('mlc-chat-config.json', base).href;
	const tensorUrl = new URL('tensor-cache.json', base).href;
	const noProgress = () => {};

	let configBytes = await getFile<ArrayBuffer>('webllm/config', configUrl);
	const configFetched = !configBytes;
	configBytes ??= await fetchWithRetry(
		{
			url: configUrl,
			scope: 'webllm/config',
			name: 'mlc-chat-config.json',
			integrity: model.integrity?.config
		},
		opts,
		noProgress
	);
	let config: { tokenizer_files?: string[] };
	try {
		config = JSON.parse(new TextDecoder().decode(configBytes));
	} catch (e) {
		throw downloadErrors.manifest(configUrl, String(e));
	}
	if (configFetched) await store('webllm/config', configUrl, configBytes);

	type TensorCache = { records?: { dataPath: string; nbytes: number }[] };
	let tensorCache = await getFile<TensorCache>('webllm/model', tensorUrl);
	if (!tensorCache) {
		const bytes = await fetchWithRetry(
			{ url: tensorUrl, scope: 'webllm/model', name: 'tensor-cache.json' },
			opts,
			noProgress
		);
		try {
			tensorCache = JSON.parse(new TextDecoder().decode(bytes)) as TensorCache;
		} catch (e) {
			throw downloadErrors.manifest(tensorUrl, String(e));
		}
		if (!Array.isArray(tensorCache.records)) {
			throw downloadErrors.manifest(tensorUrl, 'it has no "records" list');
		}
		await store('webllm/model', tensorUrl, tensorCache);
	}
	return { base, config, tensorCache, configUrl, tensorUrl };
}

/** Every file WebLLM's reload() will look for, in the scope it looks in. */
export async function planModel(model: ModelEntry, opts: DownloadOptions = {}): Promise<ModelPlan> {
	const { base, config, tensorCache, configUrl, tensorUrl } = await describe(model, opts);
	const records = tensorCache.records ?? [];
	const files: ModelFile[] = [
		{ url: configUrl, scope: 'webllm/config', name: 'mlc-chat-config.json' },
		{ url: tensorUrl, scope: 'webllm/model', name: 'tensor-cache.json' },
		...records.map((r) => ({
			url: new URL(r.dataPath, base).href,
			scope: 'webllm/model' as const,
			name: r.dataPath,
			expectedBytes: r.nbytes
		}))
	];
	// WebLLM reads tokenizer.json when the config lists it, otherwise tokenizer.model.
	const tokenizers = config.tokenizer_files ?? [];
	const tokenizer = tokenizers.includes('tokenizer.json')
		? 'tokenizer.json'
		: tokenizers.includes('tokenizer.model')
			? 'tokenizer.model'
			: null;
	if (tokenizer)
		files.push({
			url: new URL(tokenizer, base).href,
			scope: 'webllm/model',
			name: tokenizer,
			integrity: model.integrity?.tokenizer?.[tokenizer]
		});
	files.push({
		url: model.modelLib,
		scope: 'webllm/wasm',
		name: fileName(model.modelLib),
		integrity: model.integrity?.model_lib
	});
	return { files, weightBytes: records.reduce((s, r) => s + r.nbytes, 0) };
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

	const present = await Promise.all(plan.files.map((f) => hasFile(f.scope, f.url)));
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
			const data =
				file.name === 'tensor-cache.json' ? JSON.parse(new TextDecoder().decode(bytes)) : bytes;
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

/** What of a model is in the cache now; reads only the cache, never the network. */
export async function cacheState(model: ModelEntry): Promise<CacheState> {
	const base = modelBaseUrl(model.modelUrl);
	const anyStored =
		(await hasFile('webllm/config', new URL('mlc-chat-config.json', base).href)) ||
		(await hasFile('webllm/model', new URL('tensor-cache.json', base).href));
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
	return present.every(Boolean)
		? { state: 'ready', bytes: plan.weightBytes }
		: { state: 'partial', doneBytes, totalBytes: plan.weightBytes };
}

/** Removes every file of a model from all three WebLLM databases. */
export async function deleteModel(model: ModelEntry): Promise<void> {
	let files: ModelFile[];
	try {
		files = (await planModel(model, { fetch: () => Promise.reject(new Error('offline delete')) }))
			.files;
	} catch {
		// Without the descriptions only the fixed names are known; remove those.
		const base = modelBaseUrl(model.modelUrl);
		files = [
			{ url: new URL('mlc-chat-config.json', base).href, scope: 'webllm/config', name: '' },
			{ url: new URL('tensor-cache.json', base).href, scope: 'webllm/model', name: '' },
			{ url: new URL('tokenizer.json', base).href, scope: 'webllm/model', name: '' },
			{ url: new URL('tokenizer.model', base).href, scope: 'webllm/model', name: '' },
			{ url: model.modelLib, scope: 'webllm/wasm', name: '' }
		];
	}
	for (const scope of ['webllm/model', 'webllm/config', 'webllm/wasm'] as const) {
		// tensor-cache.json last, so an interrupted delete can still find the shard list.
		const urls = files
			.filter((f) => f.scope === scope)
			.map((f) => f.url)
			.sort(
				(a, b) => Number(a.endsWith('tensor-cache.json')) - Number(b.endsWith('tensor-cache.json'))
			);
		await deleteFiles(scope, urls);
	}
}
