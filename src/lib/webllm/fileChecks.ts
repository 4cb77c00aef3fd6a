// What each file of a model must be before it is stored, and how big a file of unknown size may
// grow. A server can answer 200 with anything: a login page, a GitHub "blob" page instead of the
// raw file, an error page, a truncated file. Stored, any of these made a model "Ready offline"
// that then failed in WebLLM's reload(); now it is refused with the reason.
// - The model library is WebAssembly: WebLLM's tvmjs instantiates it, which needs the magic bytes
//   "\0asm" and version 1 (the only version browsers run).
// - tokenizer.json is a JSON object (WebLLM's Tokenizer.fromJSON); tokenizer.model is a
//   SentencePiece protobuf, which has no signature, so only an empty file or an HTML page is
//   refused. Only the first and last bytes are looked at: a tokenizer can be 33 MB, and parsing it
//   on the page just to check it would cost more than the download's whole bookkeeping.
// - Weight shards are arbitrary bytes; their exact size (tensor-cache.json) is their check.
// - The description files are parsed and checked field by field (descriptions.ts).
import type { CachedModelFile } from './cache';

export type FileKind = CachedModelFile['kind'];

const MiB = 1024 * 1024;

/**
 * The most bytes a file whose size tensor-cache.json does not give may have. Without a cap, a
 * server that announces no Content-Length (or a wrong one) streams into memory without limit and
 * past the quota check. The largest real ones, for scale: tokenizer.json is 7 MB for Qwen 2.5, 9 MB
 * for Llama 3, 17 MB for Gemma 2 and 33 MB for Gemma 3 (a 262k vocabulary); WebLLM's prebuilt model
 * libraries are 3 to 12 MB; mlc-chat-config.json is a few KB and tensor-cache.json under 2 MB even
 * for 70B models. 64 MiB is twice the largest tokenizer known and five times the largest library,
 * and holding that much for a moment is harmless in any tab that can run a model at all.
 */
export const maxFileBytes: Record<FileKind, number> = {
	// A shard's exact size comes from tensor-cache.json, whose check refuses one without it.
	shard: Number.POSITIVE_INFINITY,
	config: 16 * MiB,
	'tensor-cache': 16 * MiB,
	tokenizer: 64 * MiB,
	library: 64 * MiB
};

/** What a kind of file is called in messages. */
export const kindLabel: Record<FileKind, string> = {
	config: 'model description',
	'tensor-cache': 'weight list',
	shard: 'weight shard',
	tokenizer: 'tokenizer',
	library: 'WebAssembly model library'
};

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

function firstByte(bytes: Uint8Array): number | undefined {
	for (const b of bytes.subarray(0, 4096)) if (!isSpace(b)) return b;
	return undefined;
}

function lastByte(bytes: Uint8Array): number | undefined {
	for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4096); i--)
		if (!isSpace(bytes[i]!)) return bytes[i];
	return undefined;
}

/** A page rather than a file: starts with "<" (an HTML document, an XML error from a bucket). */
function looksLikeMarkup(bytes: Uint8Array): boolean {
	return firstByte(bytes) === 0x3c;
}

/**
 * Why these bytes cannot be this file, in words that end a sentence starting with the file name
 * ("… is not a WebAssembly model library: <reason>"), or null when they can.
 */
export function contentProblem(
	file: Pick<CachedModelFile, 'kind' | 'name'>,
	bytes: Uint8Array
): string | null {
	if (file.kind !== 'library' && file.kind !== 'tokenizer') return null;
	if (bytes.length === 0) return 'the server sent an empty file';
	if (looksLikeMarkup(bytes))
		return 'the server sent a web page (HTML) instead of the file: a login, error or “blob” page. Use the address of the raw file';
	if (file.kind === 'library') {
		if (bytes.length < 8 || WASM_MAGIC.some((b, i) => bytes[i] !== b))
			return 'it does not start with WebAssembly’s signature (\\0asm)';
		const version = (bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24)) >>> 0;
		return version === 1 ? null : `it is WebAssembly version ${version}; browsers run version 1`;
	}
	if (!file.name.endsWith('.json')) return null;
	if (firstByte(bytes) !== 0x7b /* { */) return 'it is not a JSON object';
	if (lastByte(bytes) !== 0x7d /* } */) return 'it is cut short (its JSON does not end with “}”)';
	return null;
}
