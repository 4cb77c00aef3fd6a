import { describe, expect, it } from 'vitest';
import { customEntry, validateCustomModel } from './customModel';

const good = {
	name: '',
	modelUrl: 'http://127.0.0.1:8000/models/tiny-q4f32_1-MLC',
	modelLibUrl: 'http://127.0.0.1:8000/libs/tiny.wasm'
};

describe('bring your own model', () => {
	it('accepts absolute http(s) URLs and names the model after its folder', () => {
		const r = validateCustomModel(good, []);
		expect(r).toMatchObject({
			ok: true,
			record: { id: 'tiny-q4f32_1-MLC', modelUrl: good.modelUrl }
		});
		if (r.ok)
			expect(customEntry(r.record)).toMatchObject({
				quantization: 'q4f32_1',
				needsF16: false,
				custom: true
			});
	});

	it('names each wrong field with a specific message', () => {
		const r = validateCustomModel(
			{ name: 'bad name!', modelUrl: 'models/tiny', modelLibUrl: 'ftp://x/lib.wasm' },
			[]
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.modelUrl).toMatch(/full address/);
		expect(r.errors.modelLibUrl).toMatch(/https:\/\//);
		expect(r.errors.name).toMatch(/letters, digits/);
		const lib = validateCustomModel({ ...good, modelLibUrl: 'https://x/lib.js' }, []);
		expect(!lib.ok && lib.errors.modelLibUrl).toMatch(/\.wasm/);
	});

	it('refuses a weights folder URL with a query or fragment, which WebLLM would drop', () => {
		for (const modelUrl of [`${good.modelUrl}?rev=2`, `${good.modelUrl}#main`]) {
			const r = validateCustomModel({ ...good, modelUrl }, []);
			expect(!r.ok && r.errors.modelUrl).toMatch(/“\?” or “#”/);
		}
		// A library URL is used verbatim, so a query there is fine.
		expect(validateCustomModel({ ...good, modelLibUrl: `${good.modelLibUrl}?v=2` }, []).ok).toBe(
			true
		);
	});

	it('refuses a duplicate name', () => {
		const r = validateCustomModel(good, ['tiny-q4f32_1-MLC']);
		expect(!r.ok && r.errors.name).toMatch(/already exists/);
	});
});
