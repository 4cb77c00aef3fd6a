// Our copy of WebLLM's cache layout, checked against the text of the installed WebLLM (a tripwire
// for upgrades) and as a pure file list.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelEntry } from '$lib/models/catalogue';
import { descriptionFiles, libraryOf, modelFolder, reloadFiles, tokenizerFile } from './cache';

// The installed WebLLM, read as text: every key, scope and form below is a copy of what its
// reload() reads, so an upgrade that changes one fails here. src/lib/models/downloader.spec.ts
// checks the same keys against WebLLM's own hasModelInCache and reload() under fake-indexeddb.
const require = createRequire(import.meta.url);
const webllmDir = dirname(dirname(require.resolve('@mlc-ai/web-llm')));
const source = readFileSync(join(webllmDir, 'lib/index.js'), 'utf8');

const entry: ModelEntry = {
	id: 'tiny-q4f32_1-MLC',
	family: 'Tiny',
	params: 1e6,
	quantization: 'q4f32_1',
	needsF16: false,
	kind: 'chat',
	vramMB: null,
	contextWindow: null,
	lowResource: true,
	modelUrl: 'http://localhost:8000/models/tiny',
	modelLib: 'http://localhost:8000/libs/tiny.wasm',
	estimatedBytes: null,
	integrity: { tokenizer: { 'tokenizer.model': 'sha256-x' } }
};
const base = 'http://localhost:8000/models/tiny/resolve/main/';

describe('WebLLM’s IndexedDB layout (its bundled tvmjs code)', () => {
	it('one database per scope, version 1, store "urls" keyed by url, values {data, url}', () => {
		expect(source).toContain('return new ArtifactIndexedDBCache(scope);');
		expect(source).toMatch(
			/class ArtifactIndexedDBCache \{\s*constructor\(dbName\) \{\s*this\.dbVersion = 1;/
		);
		expect(source).toContain("this.db.createObjectStore('urls', { keyPath: 'url' });");
		expect(source).toContain('const request = store.add({ data, url });');
	});

	it('reload() reads the config as bytes from webllm/config and the library from webllm/wasm', () => {
		expect(source).toContain(
			'libExports$2.createArtifactCache("webllm/config", getCacheOptions(this.appConfig))'
		);
		expect(source).toContain('yield configCache.fetchWithCache(configUrl, "arraybuffer"');
		expect(source).toContain(
			'libExports$2.createArtifactCache("webllm/wasm", getCacheOptions(this.appConfig))'
		);
		// Without a model_manifest (ours never have one), the config and tensor cache have their
		// default names in the model folder.
		expect(source).toContain(
			'modelRecord.model_manifest === undefined\n                ? undefined'
		);
		expect(source).toMatch(
			/const chatConfigUrl = new URL\(\(_a = modelPackage === null \|\| modelPackage === void 0 \? void 0 : modelPackage\.chat_config\) !== null && _a !== void 0 \? _a : "mlc-chat-config\.json", modelUrl\)\.href;/
		);
		expect(source).toContain('tensorCacheBaseUrl: new URL(".", tensorCacheManifestUrl).href,');
		expect(source).toContain('const TENSOR_CACHE_MANIFEST_FILENAME = "tensor-cache.json";');
	});

	it('its tokenizer: tokenizer.json if the config lists it, else tokenizer.model, as bytes from webllm/model', () => {
		expect(source).toContain(
			'const tokenizer = yield asyncLoadTokenizer(modelUrl, curModelConfig, this.appConfig'
		);
		expect(source).toMatch(
			/const modelCache = createScopedArtifactCache\("webllm\/model", appConfig\);\s*if \(config\.tokenizer_files\.includes\("tokenizer\.json"\)\) \{\s*const url = new URL\("tokenizer\.json", baseUrl\)\.href;\s*const model = yield modelCache\.fetchWithCache\(url, "arraybuffer"\);/
		);
		expect(source).toMatch(
			/else if \(config\.tokenizer_files\.includes\("tokenizer\.model"\)\) \{[\s\S]{0,700}?const url = new URL\("tokenizer\.model", baseUrl\)\.href;\s*const model = yield modelCache\.fetchWithCache\(url, "arraybuffer"\);/
		);
	});

	it('its weights: tensor-cache.json parsed, shards as bytes, all from webllm/model', () => {
		expect(source).toContain(
			'yield tvm.fetchTensorCache(packageResources.tensorCacheBaseUrl, tvm.webgpu(), Object.assign(Object.assign({}, getTensorCacheAccessOptions("webllm/model", this.appConfig))'
		);
		expect(source).toMatch(
			/const jsonUrl = new URL\("tensor-cache\.json", tensorCacheUrl\)\.href;\s*const list = yield artifactCache\.fetchWithCache\(jsonUrl, "json", effectiveSignal\);/
		);
		expect(source).toContain('const dataUrl = new URL(shard.dataPath, tensorCacheUrl).href;');
		expect(source).toContain('yield artifactCache.addToCache(dataUrl, "arraybuffer", signal);');
	});
});

describe('the files reload() reads for a model', () => {
	const tensorCache = {
		records: [
			{ dataPath: 'params_shard_0.bin', nbytes: 10 },
			{ dataPath: 'sub/params_shard_1.bin', nbytes: 20 }
		]
	};

	it('every file with its scope, key and stored form, in download order', () => {
		const files = reloadFiles(entry, { tokenizer_files: ['tokenizer.json'] }, tensorCache);
		expect(files.map((f) => [f.scope, f.url, f.storedAs])).toEqual([
			['webllm/config', `${base}mlc-chat-config.json`, 'bytes'],
			['webllm/model', `${base}tensor-cache.json`, 'json'],
			['webllm/model', `${base}params_shard_0.bin`, 'bytes'],
			['webllm/model', `${base}sub/params_shard_1.bin`, 'bytes'],
			['webllm/model', `${base}tokenizer.json`, 'bytes'],
			['webllm/wasm', 'http://LOCALHOST:8000/libs/tiny.wasm', 'bytes']
		]);
		expect(files.map((f) => f.expectedBytes)).toEqual([
			undefined,
			undefined,
			10,
			20,
			undefined,
			undefined
		]);
		// The library an older version stored under the user's URL is found and moved.
		expect(files.at(-1)).toMatchObject({ name: 'tiny.wasm', formerUrls: [entry.modelLib] });
	});

	it('picks the tokenizer as WebLLM does, with its integrity hash', () => {
		expect(tokenizerFile({ tokenizer_files: ['tokenizer.model', 'tokenizer.json'] })).toBe(
			'tokenizer.json'
		);
		expect(tokenizerFile({ tokenizer_files: ['tokenizer.model'] })).toBe('tokenizer.model');
		expect(tokenizerFile({ tokenizer_files: ['vocab.txt'] })).toBeNull();
		expect(tokenizerFile({})).toBeNull();
		const files = reloadFiles(entry, { tokenizer_files: ['tokenizer.model'] }, tensorCache);
		expect(files.find((f) => f.name === 'tokenizer.model')).toMatchObject({
			url: `${base}tokenizer.model`,
			integrity: 'sha256-x'
		});
	});

	it('a library URL WebLLM already caches has no former key', () => {
		const remote = { ...entry, modelLib: 'https://example.test/tiny.wasm' };
		expect(reloadFiles(remote, {}, tensorCache).at(-1)).toEqual({
			url: 'https://example.test/tiny.wasm',
			scope: 'webllm/wasm',
			name: 'tiny.wasm',
			kind: 'library',
			storedAs: 'bytes',
			integrity: undefined
		});
	});

	it('every file of the folder is keyed under the folder URL; the library elsewhere', () => {
		const folder = modelFolder(entry);
		expect(folder).toBe(base);
		const files = reloadFiles(entry, { tokenizer_files: ['tokenizer.json'] }, tensorCache);
		for (const f of files.filter((f) => f.kind !== 'library'))
			expect(f.url.startsWith(folder)).toBe(true);
		expect(files.map((f) => f.kind)).toEqual([
			'config',
			'tensor-cache',
			...tensorCache.records.map(() => 'shard'),
			'tokenizer',
			'library'
		]);
		expect(libraryOf(entry)).toEqual(files.at(-1));
		expect(descriptionFiles(entry).config.url).toBe(`${base}mlc-chat-config.json`);
	});
});
