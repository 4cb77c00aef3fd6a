// Reads what a downloaded model says about itself from WebLLM's cache (fake-indexeddb here), under
// the keys WebLLM stored the files.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ModelEntry } from '$lib/models/catalogue';
import { defaultsFromConfig, readModelDefaults, readTokenTable } from './config';
import { putFile } from './cache';
import { toWebllmRecord } from './record';

const model: ModelEntry = {
	id: 'tiny-q4f32_1-MLC',
	family: 'Tiny',
	params: 1e6,
	quantization: 'q4f32_1',
	needsF16: false,
	kind: 'chat',
	vramMB: null,
	contextWindow: null,
	lowResource: true,
	modelUrl: 'https://example.test/tiny',
	modelLib: 'https://example.test/tiny.wasm',
	estimatedBytes: null
};

describe('model defaults', () => {
	it('reads the sampling defaults and context window a config declares, nothing else', () => {
		expect(
			defaultsFromConfig({
				temperature: 0.6,
				top_p: 0.9,
				repetition_penalty: 1.1,
				context_window_size: 4096,
				presence_penalty: 'high',
				model_type: 'qwen2'
			})
		).toEqual({ temperature: 0.6, topP: 0.9, repetitionPenalty: 1.1, contextWindow: 4096 });
		expect(defaultsFromConfig(null)).toEqual({});
	});

	it('comes from the cached mlc-chat-config.json; null before the download', async () => {
		expect(await readModelDefaults(model)).toBeNull();
		const config = new TextEncoder().encode(JSON.stringify({ temperature: 0.7, top_p: 0.8 }));
		await putFile(
			'webllm/config',
			'https://example.test/tiny/resolve/main/mlc-chat-config.json',
			config.buffer
		);
		expect(await readModelDefaults(model)).toEqual({ temperature: 0.7, topP: 0.8 });
		expect(await readModelDefaults({ ...model, contextWindow: 2048 })).toMatchObject({
			contextWindow: 2048
		});
	});
});

describe('token table of a downloaded model', () => {
	it('comes from the cached tokenizer.json, under the key WebLLM stored it', async () => {
		const record = toWebllmRecord(model);
		expect(await readTokenTable(record)).toBeUndefined();
		const json = { model: { vocab: { hi: 0, Ġthere: 1 } }, decoder: { type: 'ByteLevel' } };
		await putFile(
			'webllm/model',
			'https://example.test/tiny/resolve/main/tokenizer.json',
			new TextEncoder().encode(JSON.stringify(json)).buffer
		);
		expect((await readTokenTable(record))!.text(1)).toBe(' there');
	});
});
