// Fetching one model file, and storing it in WebLLM's cache. Unlike WebLLM's built-in fetch it
// counts bytes as they arrive, retries network faults with backoff, drops a connection that goes
// quiet, holds only the one file in memory, and checks what arrived before anyone stores it:
// the size tensor-cache.json promised, the content ($lib/webllm/fileChecks.ts: a library is
// WebAssembly, a tokenizer is not a web page), the integrity hash where the record has one, and
// a cap for files of unknown size so an endless body cannot fill memory. A request that got no
// answer at all is diagnosed (diagnose.ts) so the message names the cause, and only faults of
// the network are tried again: a wrong file stays wrong.
import { putFile, type CachedModelFile } from '$lib/webllm/cache';
import { contentProblem, maxFileBytes } from '$lib/webllm/fileChecks';
import { defaultRetry, isRetryableStatus, retryDelay, type RetryPolicy } from './retry';
import { DownloadError, downloadErrors } from './errors';
import { diagnoseFetchFailure } from './diagnose';

export interface FetchOptions {
	signal?: AbortSignal;
	retry?: RetryPolicy;
	/** A connection that delivers nothing for this long is dropped and retried. */
	inactivityMs?: number;
	fetch?: typeof fetch;
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	/** Explains a request that got no response at all; the default asks (diagnose.ts). */
	diagnose?: (url: string, detail: string) => Promise<DownloadError>;
	/** The address a recent security-policy violation blocked (the Downloader watches for them). */
	recentBlock?: () => string | undefined;
}

/** Told as bytes arrive (negative when an attempt's bytes are taken back) and the announced size. */
export interface FileListener {
	bytes: (n: number) => void;
	size?: (bytes: number) => void;
}

const abortable = (ms: number, signal?: AbortSignal) =>
	new Promise<void>((resolve, reject) => {
		const t = setTimeout(resolve, ms);
		signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), {
			once: true
		});
	});

function diagnoser(opts: FetchOptions, doFetch: typeof fetch) {
	return (
		opts.diagnose ??
		((url: string, detail: string) =>
			diagnoseFetchFailure(url, detail, {
				fetch: doFetch,
				online: globalThis.navigator?.onLine,
				recentBlock: opts.recentBlock
			}))
	);
}

async function verifyIntegrity(bytes: ArrayBuffer, sri: string): Promise<boolean> {
	const [algo, expected] = sri.split('-', 2) as [string, string];
	const name = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' }[algo];
	if (!name || !expected) return false;
	const digest = new Uint8Array(await crypto.subtle.digest(name, bytes));
	return btoa(String.fromCharCode(...digest)) === expected;
}

/** Stores a checked file; a full quota or a failing disk becomes a message with a next step. */
export async function storeFile(file: CachedModelFile, data: unknown): Promise<void> {
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

/**
 * One attempt: streams the body, counting bytes, with an inactivity timeout and a size cap, then
 * checks what arrived. Content-Length is a hint only (compressed bodies are longer than it says),
 * except that a body announced bigger than allowed is refused before it is read.
 */
async function fetchOnce(
	file: CachedModelFile,
	opts: FetchOptions,
	on: FileListener
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
	// The inactivity watch: each chunk only notes the time; one timer checks it when it fires and
	// sleeps again for the rest, instead of a timer cleared and set again per chunk (thousands per
	// shard). On this loaded machine the bench could not tell the two apart (ratios 0.78–0.88).
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lastActivity = performance.now();
	const arm = () => {
		lastActivity = performance.now();
	};
	const watch = () => {
		const idle = performance.now() - lastActivity;
		if (idle < inactivityMs) {
			timer = setTimeout(watch, inactivityMs - idle);
			return;
		}
		timedOut = true;
		ctrl.abort();
	};
	// With a known size the body is copied once into a buffer of that size, so each chunk is
	// garbage as soon as it is copied; otherwise (or when the body outgrows it) chunks are kept
	// and joined at the end.
	let buffer: Uint8Array<ArrayBuffer> | undefined;
	const chunks: Uint8Array[] = [];
	let received = 0;
	try {
		timer = setTimeout(watch, inactivityMs);
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
			on.size?.(announced);
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
			on.bytes(value.byteLength);
		}
	} catch (e) {
		on.bytes(-received); // this attempt's bytes do not count
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
		on.bytes(-received);
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

/** One file's bytes, checked, with retries; `on` hears every byte (and every take-back). */
export async function fetchFile(
	file: CachedModelFile,
	opts: FetchOptions,
	on: FileListener = { bytes: () => {} }
): Promise<ArrayBuffer> {
	const policy = opts.retry ?? defaultRetry;
	const sleep = opts.sleep ?? abortable;
	for (let attempt = 1; ; attempt++) {
		try {
			return await fetchOnce(file, opts, on);
		} catch (e) {
			if (opts.signal?.aborted || attempt >= policy.attempts || !retryable(e)) throw e;
			await sleep(retryDelay(attempt, policy), opts.signal);
		}
	}
}
