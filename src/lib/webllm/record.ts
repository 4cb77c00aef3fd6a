// What WebLLM needs to know about one model: a ModelRecord of its appConfig, as plain data that
// crosses to the engine worker (only the fields we fill; WebLLM's own type has more), and the two
// URL rules every cache key depends on. The page, the downloader and the engine all build the
// record here, so the URLs the downloader stores under are the URLs WebLLM's reload() reads.
//
// The localhost rule. WebLLM 0.2.86's reload() never caches a model library whose `model_lib`
// contains the substring "localhost" (`if (wasmUrl.includes("localhost"))` → plain fetch, "as we
// might update code frequently"): a bring-your-own model served from http://localhost:PORT would
// download fine, be shown "Ready offline", and then need the network for its library on every
// load. `cacheableLibraryUrl` rewrites such a URL into one that names the same resource but does
// not contain that substring, and `toWebllmRecord` is the only place that calls it, so the
// downloader's key and the engine's `model_lib` cannot disagree:
// - in the host, "localhost" is written in capitals (http://LOCALHOST:8080/…). Hosts are case-
//   insensitive and every URL parser (fetch included) lowercases them, so the request is exactly
//   the one the user typed: same name resolution (::1 or 127.0.0.1), same Host header. Mapping to
//   127.0.0.1 instead would break a server that listens on ::1 only (a Vite or Node dev server on
//   a machine where localhost resolves to ::1 first); "[::1]" would break IPv4-only ones, and the
//   page's Content-Security-Policy (svelte.config.js) does not allow it.
// - anywhere else (path, query, fragment), its first letter is percent-encoded ("%6Cocalhost"):
//   RFC 3986 §6.2.2.2 makes a percent-encoded unreserved character equivalent to the character,
//   and static file servers decode paths before looking up files.
// The same function also lowercases the scheme: WebLLM only caches a library whose URL starts with
// "http" (case-sensitive), so "HTTP://host/lib.wasm" would be refetched every time too.
// The result is deliberately not in canonical form (`new URL(x).href` would undo the capitals), so
// it must travel as this exact string: WebLLM uses `model_lib` verbatim as its cache key and fetch
// URL, and record.spec.ts reads WebLLM's installed source to fail if either rule changes.
// Downloads made before this fix stored the library under the user's own URL: cache.ts lists that
// as a former key, so the Models page shows such a model as partly downloaded, and resuming moves
// the stored copy to the new key without the network.
import type { ModelEntry } from '$lib/models/catalogue';

export interface WebllmRecord {
	model: string;
	model_id: string;
	model_lib: string;
	vram_required_MB?: number;
	low_resource_required?: boolean;
	model_type?: number;
	required_features?: string[];
	overrides?: { context_window_size?: number };
	integrity?: { config?: string; model_lib?: string; tokenizer?: Record<string, string> };
}

/** The substring that makes WebLLM 0.2.86 skip its cache for a model library. */
const UNCACHED_LIBRARY_MARK = 'localhost';

/**
 * A model library URL WebLLM will cache: the same string when WebLLM already caches it, else the
 * same resource written so that it does (see the header). Idempotent.
 */
export function cacheableLibraryUrl(url: string): string {
	if (url.startsWith('http') && !url.includes(UNCACHED_LIBRARY_MARK)) return url;
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return url; // not an absolute URL: WebLLM never caches a relative one
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:') return url;
	const hide = (s: string) => s.replaceAll(UNCACHED_LIBRARY_MARK, '%6Cocalhost');
	const user = u.username ? `${hide(u.username)}${u.password ? `:${hide(u.password)}` : ''}@` : '';
	const host = u.host.replaceAll(UNCACHED_LIBRARY_MARK, UNCACHED_LIBRARY_MARK.toUpperCase());
	return `${u.protocol}//${user}${host}${hide(u.pathname + u.search + u.hash)}`;
}

/**
 * WebLLM's rule for a model folder URL (`cleanModelUrl`): a Hugging Face style repository URL gets
 * "/resolve/main/" appended; anything that already has a "/resolve/<rev>/" part is kept. Every
 * weight, config and tokenizer key is this base plus a file name, so it must match WebLLM exactly
 * (record.spec.ts runs WebLLM's own function on the same inputs).
 */
export function modelBaseUrl(modelUrl: string): string {
	let url = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
	if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
	return new URL(url).href;
}

/** The record WebLLM's appConfig gets for a catalogue or bring-your-own entry. */
export function toWebllmRecord(m: ModelEntry): WebllmRecord {
	return {
		model: m.modelUrl,
		model_id: m.id,
		model_lib: cacheableLibraryUrl(m.modelLib),
		vram_required_MB: m.vramMB ?? undefined,
		low_resource_required: m.lowResource,
		model_type: m.kind === 'embedding' ? 1 : undefined,
		required_features: m.needsF16 ? ['shader-f16'] : undefined,
		overrides: m.contextWindow ? { context_window_size: m.contextWindow } : undefined,
		integrity: m.integrity
	};
}
