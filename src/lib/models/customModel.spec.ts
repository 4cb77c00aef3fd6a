import { describe, expect, it } from 'vitest';
import { toWebllmRecord } from '$lib/webllm/record';
import { customEntry, validateCustomModel, withUniqueNames } from './customModel';

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

	it('refuses a duplicate name, ignoring case', () => {
		const r = validateCustomModel(good, ['tiny-q4f32_1-MLC']);
		expect(!r.ok && r.errors.name).toMatch(/already exists/);
		const upper = validateCustomModel({ ...good, name: 'TINY-q4f32_1-mlc' }, ['tiny-q4f32_1-MLC']);
		expect(!upper.ok && upper.errors.name).toMatch(/“tiny-q4f32_1-MLC” already exists/);
	});

	it('refuses the built-in engines’ names, which links and the picker use', () => {
		for (const name of ['builtin', 'BuiltIn', 'eliza', 'ELIZA']) {
			const r = validateCustomModel({ ...good, name }, []);
			expect(!r.ok && r.errors.name).toMatch(/name of a built-in engine/);
		}
	});

	it('accepts names JavaScript objects already carry: they are only strings here', () => {
		for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])
			expect(validateCustomModel({ ...good, name }, []).ok).toBe(true);
	});

	it('says at once that plain http:// to another machine cannot work, and why', () => {
		const r = validateCustomModel(
			{
				...good,
				modelUrl: 'http://192.168.1.20:8000/models/tiny',
				modelLibUrl: 'http://laptop.local/lib.wasm'
			},
			[]
		);
		expect(!r.ok && r.errors.modelUrl).toMatch(
			/^This address cannot work: plain http:\/\/ works only on this computer \(localhost or 127\.0\.0\.1\)/
		);
		expect(!r.ok && r.errors.modelLibUrl).toMatch(/security policy/);
		expect(
			validateCustomModel(
				{ ...good, modelUrl: 'https://192.168.1.20/m/tiny', modelLibUrl: 'https://x/lib.wasm' },
				[]
			).ok
		).toBe(true);
	});

	it('renames saved models whose names now clash, keeping the rest', () => {
		const rec = (id: string) => ({
			id,
			modelUrl: 'https://x/m',
			modelLibUrl: 'https://x/l.wasm',
			addedAt: 1
		});
		const { records, renamed } = withUniqueNames(
			[rec('builtin'), rec('Qwen3-0.6B-q4f32_1-MLC'), rec('mine'), rec('builtin-2')],
			['Qwen3-0.6B-q4f32_1-MLC']
		);
		expect(records.map((r) => r.id)).toEqual([
			'builtin-2',
			'Qwen3-0.6B-q4f32_1-MLC-2',
			'mine',
			'builtin-2-2'
		]);
		expect(renamed).toEqual([
			{ from: 'builtin', to: 'builtin-2' },
			{ from: 'Qwen3-0.6B-q4f32_1-MLC', to: 'Qwen3-0.6B-q4f32_1-MLC-2' },
			{ from: 'builtin-2', to: 'builtin-2-2' }
		]);
	});

	it('marks an embedding model, which WebLLM then loads as one (model_type 1)', () => {
		const chat = validateCustomModel(good, []);
		const embed = validateCustomModel({ ...good, embedding: true }, []);
		if (!chat.ok || !embed.ok) throw new Error('both are valid');
		expect(chat.record).not.toHaveProperty('kind');
		expect(customEntry(chat.record).kind).toBe('chat');
		expect(embed.record.kind).toBe('embedding');
		const entry = customEntry(embed.record);
		expect(entry.kind).toBe('embedding');
		expect(toWebllmRecord(entry).model_type).toBe(1);
		expect(toWebllmRecord(customEntry(chat.record)).model_type).toBeUndefined();
	});
});
