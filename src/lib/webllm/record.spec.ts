// The record WebLLM gets for a model and its URL rules, checked against WebLLM itself: its bundled
// source (the localhost rule, cleanModelUrl run as is) and its prebuilt records.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { buildCatalogue, curated } from '../../../scripts/catalogue.mjs';
import { catalogue, type ModelEntry } from '$lib/models/catalogue';
import { cacheableLibraryUrl, modelBaseUrl, toWebllmRecord } from './record';

// The installed WebLLM, read as text: the URL rules below are copies of its own, so an upgrade
// that changes them fails here rather than in a talk with no network.
const require = createRequire(import.meta.url);
const webllmDir = dirname(dirname(require.resolve('@mlc-ai/web-llm')));
const source = readFileSync(join(webllmDir, 'lib/index.js'), 'utf8');

/** WebLLM's own cleanModelUrl, cut out of its bundle and run here. */
const cleanModelUrl = (() => {
	const fn = /function cleanModelUrl\(modelUrl\) \{[\s\S]*?\n\}/.exec(source)?.[0];
	if (!fn) throw new Error('cleanModelUrl is no longer in WebLLM’s bundle');
	return new Function(`${fn}; return cleanModelUrl;`)() as (url: string) => string;
})();

describe('the localhost rule of WebLLM’s reload()', () => {
	it('WebLLM 0.2.86 still skips its cache for a model_lib containing "localhost" or not starting with "http", and uses model_lib verbatim otherwise', () => {
		expect(source).toContain('const wasmUrl = modelRecord.model_lib;');
		expect(source).toMatch(
			/if \(wasmUrl\.includes\("localhost"\)\) \{\s*\/\/ do not cache wasm on local host as we might update code frequently\s*return \(yield fetch\(wasmUrl\)\)\.arrayBuffer\(\);\s*\}\s*else if \(!wasmUrl\.startsWith\("http"\)\) \{/
		);
		expect(source).toContain(
			'return yield wasmCache.fetchWithCache(wasmUrl, "arraybuffer", (_a = this.reloadController)'
		);
		// The only places that test a library URL: if another appears, read it before upgrading.
		expect(source.match(/wasmUrl\.(includes|startsWith)\(/g)).toHaveLength(2);
		// WebLLM's own delete uses the same verbatim key.
		expect(source).toContain('yield wasmCache.deleteInCache(modelRecord.model_lib);');
	});
});

describe('a model library URL WebLLM caches', () => {
	const cached = (url: string) => url.startsWith('http') && !url.includes('localhost');

	it('leaves every URL WebLLM already caches exactly as it is', () => {
		for (const url of [
			'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_80/Qwen3-0.6B-q4f16_1-ctx4k_cs1k-webgpu.wasm',
			'http://127.0.0.1:8000/libs/tiny.wasm',
			'http://[::1]:8000/libs/tiny.wasm',
			'https://example.test/lib.wasm?rev=2#x'
		])
			expect(cacheableLibraryUrl(url)).toBe(url);
	});

	it('writes the host localhost in capitals: same server, same request, cached', () => {
		const out = cacheableLibraryUrl('http://localhost:8080/libs/tiny.wasm');
		expect(out).toBe('http://LOCALHOST:8080/libs/tiny.wasm');
		expect(cached(out)).toBe(true);
		// What fetch() makes of it: the user's own URL.
		expect(new URL(out).href).toBe('http://localhost:8080/libs/tiny.wasm');
		expect(cacheableLibraryUrl('http://app.localhost/lib.wasm')).toBe(
			'http://app.LOCALHOST/lib.wasm'
		);
	});

	it('percent-encodes the first letter of "localhost" anywhere else, keeping the query', () => {
		const url = 'https://models.example/localhost/v1/lib.wasm?from=localhost';
		const out = cacheableLibraryUrl(url);
		expect(out).toBe('https://models.example/%6Cocalhost/v1/lib.wasm?from=%6Cocalhost');
		expect(cached(out)).toBe(true);
		const parsed = new URL(out);
		expect(decodeURIComponent(parsed.pathname)).toBe('/localhost/v1/lib.wasm');
		expect(parsed.searchParams.get('from')).toBe('localhost');
	});

	it('lowercases the scheme, which WebLLM compares case-sensitively', () => {
		expect(cacheableLibraryUrl('HTTPS://example.test/lib.wasm')).toBe(
			'https://example.test/lib.wasm'
		);
	});

	it('is idempotent, and leaves what is not an http(s) URL alone', () => {
		for (const url of [
			'http://localhost:8080/localhost.wasm',
			'http://LOCALHOST:1/%6Cocalhost.wasm',
			'https://x.test/a.wasm'
		])
			expect(cacheableLibraryUrl(cacheableLibraryUrl(url))).toBe(cacheableLibraryUrl(url));
		expect(cacheableLibraryUrl('libs/localhost.wasm')).toBe('libs/localhost.wasm');
		expect(cacheableLibraryUrl('file:///localhost.wasm')).toBe('file:///localhost.wasm');
	});
});

describe('model folder URLs', () => {
	it('are based exactly as WebLLM’s own cleanModelUrl bases them', () => {
		for (const url of [
			'https://huggingface.co/mlc-ai/X-MLC',
			'https://huggingface.co/mlc-ai/X-MLC/',
			'https://host/m/resolve/v2/',
			'https://host/m/resolve/v2',
			'http://localhost:8000/models/tiny',
			'http://127.0.0.1:8000/models/tiny//',
			'HTTP://Example.TEST:443/Models/Tiny',
			'https://host/models/tiny?rev=2',
			'https://host/models/a%20b'
		])
			expect(modelBaseUrl(url)).toBe(cleanModelUrl(url));
		expect(modelBaseUrl('https://huggingface.co/mlc-ai/X-MLC')).toBe(
			'https://huggingface.co/mlc-ai/X-MLC/resolve/main/'
		);
	});
});

describe('catalogue entries → WebLLM records', () => {
	it('the catalogue is exactly what the generator makes from the installed WebLLM (regenerate on upgrade)', () => {
		expect(catalogue).toEqual(buildCatalogue(prebuiltAppConfig));
	});

	it('reproduces WebLLM’s own record for every curated id: URLs, library and VRAM', () => {
		const ids = curated.flatMap((g) => g.ids);
		expect(catalogue.map((m) => m.id)).toEqual(ids);
		for (const m of catalogue) {
			const record = prebuiltAppConfig.model_list.find((r) => r.model_id === m.id)!;
			expect(m.modelUrl).toBe(record.model);
			expect(m.modelLib).toBe(record.model_lib);
			expect(m.vramMB).toBe(record.vram_required_MB);
			expect(toWebllmRecord(m)).toMatchObject({
				model: record.model,
				model_lib: record.model_lib,
				model_id: record.model_id
			});
			// No record of ours names a model_manifest (cache.ts relies on the default file names).
			expect(toWebllmRecord(m)).not.toHaveProperty('model_manifest');
		}
	});

	it('a bring-your-own model on localhost gets the cacheable library URL', () => {
		const entry: ModelEntry = {
			...catalogue[0]!,
			custom: true,
			modelUrl: 'http://localhost:8000/m',
			modelLib: 'http://localhost:8000/l.wasm'
		};
		expect(toWebllmRecord(entry)).toMatchObject({
			model: 'http://localhost:8000/m',
			model_lib: 'http://LOCALHOST:8000/l.wasm'
		});
	});
});
