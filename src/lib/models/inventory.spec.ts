// The cache inventory (inventory.ts): what of a model is stored reads truthfully, from the cache
// alone, and a stored file that is not what it claims is fetched again on resume.
import { beforeAll, describe, expect, it } from 'vitest';
import { putFile } from '$lib/webllm/cache';
import { cacheState } from './inventory';
import { downloadModel, fast, useTinyModel, type TinyModel } from './testModel';
import type { ModelEntry } from './catalogue';

const t = useTinyModel();
let server: TinyModel['server'];
let model: ModelEntry;
beforeAll(() => ({ server, model } = t));

describe('what is stored', () => {
	it('a library stored without this check (random bytes) is not ready, and a resume replaces it', async () => {
		const plan = await downloadModel(model, fast);
		const library = plan.files.at(-1)!;
		// What an older version stored without looking.
		await putFile(library.scope, library.url, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]).buffer);
		expect(await cacheState(model)).toMatchObject({ state: 'partial' });
		server.reset();
		await downloadModel(model, fast);
		expect(server.requests()).toEqual(['tiny-model.wasm']);
		expect(await cacheState(model)).toMatchObject({ state: 'ready' });
	});
});
