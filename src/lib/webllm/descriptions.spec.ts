// The description checks: named problems for real mistakes, a tripwire on the WebLLM code they
// copy, and property tests: no JSON value, however hostile, makes them throw, a valid description
// always passes, and every rejection names the field that is wrong.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChatConfig, checkTensorCache, describeValue, parseJson } from './descriptions';

const require = createRequire(import.meta.url);
const source = readFileSync(
	join(dirname(dirname(require.resolve('@mlc-ai/web-llm'))), 'lib/index.js'),
	'utf8'
);

const folder = 'https://huggingface.co/mlc-ai/Tiny-MLC/resolve/main/';

const goodConfig = {
	model_type: 'qwen2',
	vocab_size: 151936,
	context_window_size: 32768,
	sliding_window_size: -1,
	prefill_chunk_size: 2048,
	attention_sink_size: -1,
	temperature: 0.7,
	presence_penalty: 0.0,
	frequency_penalty: 0.0,
	repetition_penalty: 1.05,
	top_p: 0.8,
	tokenizer_files: ['tokenizer.json', 'vocab.json', 'merges.txt'],
	tokenizer_info: { token_postproc_method: 'byte_level', prepend_space_in_encode: false },
	conv_template: {
		name: 'chatml',
		system_template: '<|im_start|>system\n{system_message}<|im_end|>\n',
		system_message: 'You are a helpful assistant.',
		system_prefix_token_ids: null,
		roles: { user: '<|im_start|>user', assistant: '<|im_start|>assistant' },
		seps: ['<|im_end|>\n'],
		role_content_sep: '\n',
		role_empty_sep: '\n',
		stop_str: ['<|im_end|>'],
		stop_token_ids: [151643, 151645]
	},
	bos_token_id: 151643,
	eos_token_id: [151645, 151643]
};

const goodIndex = {
	metadata: { ParamSize: 2 },
	records: [
		{
			dataPath: 'params_shard_0.bin',
			format: 'raw-shard',
			nbytes: 1000,
			records: [
				{ name: 'a', shape: [10, 25], dtype: 'float32', format: 'raw', nbytes: 1000, byteOffset: 0 }
			]
		},
		{
			dataPath: 'params_shard_1.bin',
			format: 'raw-shard',
			nbytes: 600,
			records: [
				{
					name: 'b',
					shape: [100],
					dtype: 'uint32',
					format: 'f32-to-bf16',
					nbytes: 400,
					byteOffset: 0
				},
				{ name: 'c', shape: [50], dtype: 'uint32', format: 'raw', nbytes: 200, byteOffset: 400 }
			]
		}
	]
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const problemsOf = (r: { ok: boolean; problems?: string[] }) => (r.ok ? [] : (r.problems ?? []));

describe('mlc-chat-config.json', () => {
	it('accepts a real MLC config (Qwen 2.5, with its nulls and extra fields)', () => {
		expect(checkChatConfig(goodConfig, { chat: true })).toEqual({
			ok: true,
			value: { tokenizer_files: goodConfig.tokenizer_files }
		});
	});

	it('names each problem by its field', () => {
		const config = clone(goodConfig) as Record<string, unknown>;
		config.top_p = 1.5;
		config.context_window_size = 0;
		config.tokenizer_files = ['vocab.txt'];
		(config.conv_template as Record<string, unknown>).seps = [];
		(config.conv_template as { roles: Record<string, unknown> }).roles.user = 7;
		expect(problemsOf(checkChatConfig(config, { chat: true }))).toEqual([
			'tokenizer_files lists neither tokenizer.json nor tokenizer.model, which WebLLM needs',
			'top_p must be a number in (0, 1] (got 1.5)',
			'context_window_size must be a whole number (-1 for none) (got 0)',
			'conv_template.roles.user must be a string (got 7)',
			'conv_template.seps must not be empty'
		]);
	});

	it('needs no chat template for an embedding model', () => {
		const embedding: Record<string, unknown> = clone(goodConfig);
		delete embedding.conv_template;
		expect(checkChatConfig(embedding, { chat: false }).ok).toBe(true);
		expect(problemsOf(checkChatConfig(embedding, { chat: true }))).toEqual([
			'conv_template must be an object (got nothing)'
		]);
	});

	it('reads own fields only: names like "constructor" or "__proto__" are just fields', () => {
		const hostile = JSON.parse(
			'{"__proto__": {"tokenizer_files": ["tokenizer.json"]}, "constructor": 1, "toString": 2}'
		);
		expect(problemsOf(checkChatConfig(hostile, { chat: false }))).toEqual([
			'tokenizer_files is missing'
		]);
	});
});

describe('tensor-cache.json', () => {
	it('accepts a real one', () => {
		expect(checkTensorCache(goodIndex, folder).ok).toBe(true);
	});

	it('names each wrong record and field', () => {
		const index = clone(goodIndex) as { records: Record<string, unknown>[] };
		index.records[1]!.nbytes = -5;
		index.records.push({ dataPath: 'params_shard_0.bin', nbytes: 10, records: [] });
		index.records.push({ dataPath: 'https://evil.example/x.bin', nbytes: 1.5, records: 'no' });
		(index.records[0]!.records as Record<string, unknown>[])[0]!.byteOffset = 600;
		expect(problemsOf(checkTensorCache(index, folder))).toEqual([
			'records[0].records[0] ends at byte 1600, past the end of its shard (1000 bytes)',
			'records[1].nbytes must be a positive integer (got -5)',
			'records[2].dataPath repeats records[0].dataPath',
			'records[3].dataPath must name a file in the model folder (got "https://evil.example/x.bin")',
			'records[3].nbytes must be a positive integer (got 1.5)',
			'records[3].records must be a list of tensors (got "no")'
		]);
	});

	it('keeps shards inside the model folder', () => {
		for (const dataPath of ['../other/p.bin', '/p.bin', 'p.bin?x=1', '']) {
			const index = { records: [{ ...goodIndex.records[0], dataPath }] };
			expect(problemsOf(checkTensorCache(index, folder)).join()).toMatch(/records\[0\]\.dataPath/);
		}
		expect(
			checkTensorCache({ records: [{ ...goodIndex.records[0], dataPath: 'sub/p.bin' }] }, folder).ok
		).toBe(true);
	});

	it('lists at most 20 problems and says how many there are', () => {
		const records = Array.from({ length: 50 }, () => ({ dataPath: 'x', nbytes: 0, records: [] }));
		const r = checkTensorCache({ records }, folder);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.problems).toHaveLength(20);
			expect(r.total).toBe(50 + 49);
		}
	});
});

describe('parseJson', () => {
	it('says what the bytes are instead of a parser error where it can', () => {
		const enc = new TextEncoder();
		expect(parseJson(enc.encode('<!doctype html><html>'))).toMatchObject({
			ok: false,
			problems: [expect.stringMatching(/HTML page/)]
		});
		expect(parseJson(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({
			problems: ['it is not text (binary data where JSON was expected)']
		});
		expect(parseJson(enc.encode('{"a":'))).toMatchObject({
			problems: [expect.stringMatching(/^it is not valid JSON/)]
		});
		expect(parseJson(enc.encode(' {"a": 1} '))).toEqual({ ok: true, value: { a: 1 } });
	});
});

describe('what WebLLM 0.2.86 reads (tripwire on its installed source)', () => {
	it('the chat config is the parsed file plus overrides; the template needs seps', () => {
		expect(source).toContain(
			'const curModelConfig = Object.assign(Object.assign(Object.assign({}, JSON.parse(new TextDecoder().decode(configData))), modelRecord.overrides), chatOpts);'
		);
		expect(source).toMatch(
			/if \(this\.config\.seps\.length == 0\) \{\s*throw Error\("Need seps to work"\);/
		);
		expect(source).toContain(
			'return this.config.system_template.replace(MessagePlaceholders.system, systemMessage);'
		);
	});

	it('the sampling defaults are range-checked with these bounds', () => {
		for (const check of [
			'!(config.frequency_penalty >= -2 && config.frequency_penalty <= 2.0)',
			'!(config.presence_penalty >= -2 && config.presence_penalty <= 2.0)',
			'!(config.repetition_penalty > 0)',
			'!(config.top_p > 0 && config.top_p <= 1)',
			'!(config.temperature >= 0)'
		])
			expect(source).toContain(check);
	});

	it('each tensor lies inside its shard, and shards are read by dataPath and nbytes', () => {
		expect(source).toContain('if (!Number.isSafeInteger(byteOffset) || byteOffset < 0) {');
		expect(source).toContain('if (!Number.isSafeInteger(nbytes) || nbytes < 0) {');
		expect(source).toContain(
			'if (!Number.isSafeInteger(endOffset) || endOffset > shardBytes.byteLength) {'
		);
		expect(source).toContain('totalBytes += list[i].nbytes;');
		expect(source).toContain('const shardRecords = shard.records;');
	});
});

// Every problem starts with the path of the field it is about (or says the whole file is wrong).
const NAMES_A_FIELD =
	/^(the file must hold|the shards’ nbytes|records(\[\d+\](\.(dataPath|nbytes|records)(\[\d+\](\.(name|dtype|format|shape|byteOffset|nbytes))?)?)?)?[ .]|(tokenizer_files|tokenizer_info(\.token_postproc_method)?|conv_template(\.(system_template|system_message|role_content_sep|role_empty_sep|roles(\.(user|assistant))?|seps|stop_str|stop_token_ids|system_prefix_token_ids))?|temperature|top_p|repetition_penalty|frequency_penalty|presence_penalty|context_window_size|sliding_window_size|attention_sink_size|prefill_chunk_size|vocab_size|bos_token_id) )/;

/** JSON text with keys that JavaScript objects already carry, parsed the way a download is. */
const hostileKeys = fc.constantFrom(
	'__proto__',
	'constructor',
	'toString',
	'valueOf',
	'hasOwnProperty',
	'records',
	'nbytes',
	'dataPath',
	'conv_template',
	'tokenizer_files',
	'seps'
);
const hostileJson = fc.jsonValue({ maxDepth: 4 }).chain((v) =>
	fc.array(fc.tuple(hostileKeys, fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 }).map((pairs) =>
		JSON.parse(
			`{${pairs
				.map(([k, x]) => `${JSON.stringify(k)}:${JSON.stringify(x)}`)
				.concat(`"v":${JSON.stringify(v)}`)
				.join(',')}}`
		)
	)
);

const anyInput = fc.oneof(fc.jsonValue(), hostileJson, fc.anything());

describe('property: never throws, always names the field', () => {
	it('any value: a result, never an exception; every problem names a field', () => {
		fc.assert(
			fc.property(anyInput, fc.boolean(), (value, chat) => {
				for (const r of [checkChatConfig(value, { chat }), checkTensorCache(value, folder)]) {
					if (r.ok) continue;
					expect(r.problems.length).toBeGreaterThan(0);
					expect(r.total).toBeGreaterThanOrEqual(r.problems.length);
					for (const p of r.problems) expect(p).toMatch(NAMES_A_FIELD);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('any bytes: parseJson gives a result, never an exception', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				const r = parseJson(bytes);
				if (!r.ok) expect(r.problems[0]).toMatch(/^it is /);
			}),
			{ numRuns: 500 }
		);
	});

	it('one field of a valid weight list replaced by anything: valid, or that field is named', () => {
		const fields = ['dataPath', 'nbytes', 'records'] as const;
		const tensorFields = ['name', 'shape', 'dtype', 'format', 'nbytes', 'byteOffset'] as const;
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1 }),
				fc.oneof(
					fc.constantFrom(...fields),
					fc.constantFrom(...tensorFields.map((t) => `records.${t}`))
				),
				fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
				(i, field, value) => {
					const index = clone(goodIndex) as { records: Record<string, unknown>[] };
					const shard = index.records[i]!;
					let path: string;
					if (field.startsWith('records.')) {
						const key = field.slice('records.'.length);
						(shard.records as Record<string, unknown>[])[0]![key] = value;
						path = `records[${i}].records[0]`;
					} else {
						shard[field] = value;
						path = `records[${i}]`;
					}
					const r = checkTensorCache(index, folder);
					if (!r.ok) for (const p of r.problems) expect(p.startsWith(path)).toBe(true);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('one field of a valid chat config replaced by anything: valid, or that field is named', () => {
		const keys = [
			'tokenizer_files',
			'temperature',
			'top_p',
			'repetition_penalty',
			'frequency_penalty',
			'presence_penalty',
			'context_window_size',
			'sliding_window_size',
			'vocab_size',
			'tokenizer_info',
			'conv_template'
		];
		fc.assert(
			fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), (key, value) => {
				const config = clone(goodConfig) as Record<string, unknown>;
				config[key] = value;
				const r = checkChatConfig(config, { chat: true });
				if (!r.ok) for (const p of r.problems) expect(p.startsWith(key)).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});

	it('generated valid weight lists always pass', () => {
		const tensor = fc.record({
			name: fc.string(),
			shape: fc.array(fc.nat(1000), { maxLength: 3 }),
			dtype: fc.constantFrom('float32', 'uint32', 'float16'),
			format: fc.constantFrom('raw', 'f32-to-bf16'),
			nbytes: fc.nat(1000)
		});
		const shard = fc.array(tensor, { maxLength: 4 }).map((tensors) => {
			let offset = 0;
			const records = tensors.map((t) => ({
				...t,
				byteOffset: ((offset += t.nbytes), offset - t.nbytes)
			}));
			return { nbytes: Math.max(1, offset), records };
		});
		fc.assert(
			fc.property(fc.array(shard, { minLength: 1, maxLength: 6 }), (shards) => {
				const index = {
					records: shards.map((s, i) => ({ dataPath: `params_shard_${i}.bin`, ...s }))
				};
				expect(checkTensorCache(index, folder)).toMatchObject({ ok: true });
			}),
			{ numRuns: 300 }
		);
	});

	it('describeValue is short and safe for any value', () => {
		fc.assert(
			fc.property(fc.anything(), (v) => {
				expect(describeValue(v).length).toBeLessThanOrEqual(44);
			})
		);
	});
});
