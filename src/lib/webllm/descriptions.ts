// A model's two description files, checked against what WebLLM 0.2.86 reads from them, before
// anything is stored. A server that sends an error page, a truncated file or a file of another
// format must fail here, with each problem named by its field (`records[3].nbytes must be a
// positive integer`), and not later inside reload() with "Cannot read properties of undefined"
// after gigabytes were downloaded. The checks are copied from WebLLM's own code (descriptions.spec.ts
// reads its installed source so an upgrade that changes them fails there):
// - mlc-chat-config.json: reload() spreads it into the chat config. It reads tokenizer_files
//   (which tokenizer to fetch), conv_template (the chat template: a missing `seps` throws "Need seps
//   to work" at the first message; roles and system_template build every prompt), and the
//   sampling defaults, which postInitAndCheckGenerationConfigValues range-checks. The sizes
//   (context_window_size and the others) are integers where present; -1 means "none" in MLC's
//   configs (sliding_window_size, attention_sink_size).
// - tensor-cache.json: fetchTensorCache reads `records`; per shard `dataPath` (resolved against the
//   model folder), `nbytes`, and its tensors' `records` (name, shape, dtype, format, byteOffset,
//   nbytes; getTensorCacheRecordBytes requires each range to lie inside the shard).
// Fields WebLLM does not read are not checked, so models from newer MLC versions keep working.
// The checks never throw: any JSON value, however hostile, gives a result (see the property tests).
import { tokenizerFile, type ChatConfigFiles, type TensorCacheIndex } from './cache';

/** A failure lists the first problems (at most 20) and says how many there are in all. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[]; total: number };

/** More problems than this are summarized: the first ones say what is wrong. */
const MAX_PROBLEMS = 20;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A short, safe description of a value for a message ("got …"). */
export function describeValue(v: unknown): string {
	if (v === undefined) return 'nothing';
	if (v === null) return 'null';
	if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 40)}…"` : `"${v}"`;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (Array.isArray(v)) return `a list of ${v.length}`;
	if (typeof v === 'object') return 'an object';
	return typeof v;
}

/** Own properties only: a description naming "__proto__" or "constructor" reads nothing inherited. */
function field(o: Json, key: string): unknown {
	return Object.hasOwn(o, key) ? o[key] : undefined;
}

class Problems {
	list: string[] = [];
	total = 0;
	add(text: string) {
		this.total++;
		if (this.list.length < MAX_PROBLEMS) this.list.push(text);
	}
	result<T>(value: T): Checked<T> {
		return this.total === 0
			? { ok: true, value }
			: { ok: false, problems: this.list, total: this.total };
	}
}

const isInt = (v: unknown, min: number) =>
	typeof v === 'number' && Number.isSafeInteger(v) && v >= min;

/** Parses bytes as UTF-8 JSON; the problem says why not, without throwing. */
export function parseJson(bytes: ArrayBuffer | Uint8Array): Checked<unknown> {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return {
			ok: false,
			problems: ['it is not text (binary data where JSON was expected)'],
			total: 1
		};
	}
	if (/^\s*</.test(text))
		return {
			ok: false,
			problems: ['it is an HTML page, not JSON (an error or login page?)'],
			total: 1
		};
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (e) {
		return {
			ok: false,
			problems: [`it is not valid JSON (${e instanceof Error ? e.message : String(e)})`],
			total: 1
		};
	}
}

/** Optional numbers WebLLM uses as sampling defaults, with WebLLM's own ranges. */
const samplingRanges: [key: string, ok: (n: number) => boolean, rule: string][] = [
	['temperature', (n) => n >= 0, 'a number ≥ 0'],
	['top_p', (n) => n > 0 && n <= 1, 'a number in (0, 1]'],
	['repetition_penalty', (n) => n > 0, 'a number > 0'],
	['frequency_penalty', (n) => n >= -2 && n <= 2, 'a number from -2 to 2'],
	['presence_penalty', (n) => n >= -2 && n <= 2, 'a number from -2 to 2']
];

/** Optional sizes: integers from `min` (-1 is MLC's "none"). */
const sizeFields: [key: string, min: number][] = [
	['context_window_size', -1],
	['sliding_window_size', -1],
	['attention_sink_size', -1],
	['prefill_chunk_size', 1],
	['vocab_size', 1],
	['bos_token_id', 0]
];

function stringList(p: Problems, v: unknown, path: string, nonEmpty = false) {
	if (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))
		p.add(`${path} must be a list of strings (got ${describeValue(v)})`);
	else if (nonEmpty && v.length === 0) p.add(`${path} must not be empty`);
}

/**
 * mlc-chat-config.json, parsed. `chat` is false for embedding models, which never build a prompt
 * from a chat template.
 */
export function checkChatConfig(
	config: unknown,
	{ chat }: { chat: boolean }
): Checked<ChatConfigFiles> {
	const p = new Problems();
	if (!isObject(config)) {
		p.add(`the file must hold a JSON object (got ${describeValue(config)})`);
		return p.result({});
	}
	const tokenizerFiles = field(config, 'tokenizer_files');
	if (tokenizerFiles === undefined) p.add('tokenizer_files is missing');
	else stringList(p, tokenizerFiles, 'tokenizer_files');
	if (
		Array.isArray(tokenizerFiles) &&
		tokenizerFiles.every((s) => typeof s === 'string') &&
		!tokenizerFile({ tokenizer_files: tokenizerFiles as string[] })
	)
		p.add('tokenizer_files lists neither tokenizer.json nor tokenizer.model, which WebLLM needs');

	for (const [key, ok, rule] of samplingRanges) {
		const v = field(config, key);
		if (v === undefined || v === null) continue;
		if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v))
			p.add(`${key} must be ${rule} (got ${describeValue(v)})`);
	}
	for (const [key, min] of sizeFields) {
		const v = field(config, key);
		if (v === undefined || v === null) continue;
		if (!isInt(v, min) || v === 0)
			p.add(
				`${key} must be ${min < 0 ? 'a whole number (-1 for none)' : `a whole number ≥ ${min}`} (got ${describeValue(v)})`
			);
	}
	const info = field(config, 'tokenizer_info');
	if (info !== undefined && info !== null) {
		if (!isObject(info)) p.add(`tokenizer_info must be an object (got ${describeValue(info)})`);
		else {
			const method = field(info, 'token_postproc_method');
			if (method !== undefined && typeof method !== 'string')
				p.add(
					`tokenizer_info.token_postproc_method must be a string (got ${describeValue(method)})`
				);
		}
	}

	const template = field(config, 'conv_template');
	if (chat || template !== undefined) checkTemplate(p, template);
	return p.result({ tokenizer_files: tokenizerFiles as string[] | undefined });
}

function checkTemplate(p: Problems, t: unknown) {
	if (!isObject(t)) {
		p.add(`conv_template must be an object (got ${describeValue(t)})`);
		return;
	}
	const str = (key: string, required: boolean) => {
		const v = field(t, key);
		if (v === undefined && !required) return;
		if (typeof v !== 'string')
			p.add(`conv_template.${key} must be a string (got ${describeValue(v)})`);
	};
	str('system_template', true);
	str('system_message', false);
	str('role_content_sep', false);
	str('role_empty_sep', false);
	const roles = field(t, 'roles');
	if (!isObject(roles))
		p.add(`conv_template.roles must be an object (got ${describeValue(roles)})`);
	else
		for (const role of ['user', 'assistant']) {
			const v = field(roles, role);
			if (typeof v !== 'string')
				p.add(`conv_template.roles.${role} must be a string (got ${describeValue(v)})`);
		}
	// WebLLM throws "Need seps to work" at the first message without one.
	stringList(p, field(t, 'seps'), 'conv_template.seps', true);
	const stop = field(t, 'stop_str');
	if (stop !== undefined) stringList(p, stop, 'conv_template.stop_str');
	for (const key of ['stop_token_ids', 'system_prefix_token_ids']) {
		const v = field(t, key);
		if (v === undefined || v === null) continue;
		if (!Array.isArray(v) || v.some((n) => !isInt(n, 0)))
			p.add(`conv_template.${key} must be a list of token ids (got ${describeValue(v)})`);
	}
}

/**
 * tensor-cache.json, parsed. `folder` is the model folder URL every dataPath resolves against: a
 * shard must stay inside it (a description cannot make the app fetch, or overwrite, another
 * model's files under another address).
 */
export function checkTensorCache(index: unknown, folder: string): Checked<TensorCacheIndex> {
	const p = new Problems();
	if (!isObject(index)) {
		p.add(`the file must hold a JSON object (got ${describeValue(index)})`);
		return p.result({});
	}
	const records = field(index, 'records');
	if (!Array.isArray(records)) {
		p.add(`records must be a list of weight shards (got ${describeValue(records)})`);
		return p.result({});
	}
	if (records.length === 0) p.add('records is empty: the model has no weights');
	const seen = new Map<string, number>();
	let total = 0;
	records.forEach((shard: unknown, i) => {
		const at = `records[${i}]`;
		if (!isObject(shard)) {
			p.add(`${at} must be an object (got ${describeValue(shard)})`);
			return;
		}
		const dataPath = field(shard, 'dataPath');
		if (typeof dataPath !== 'string' || dataPath === '')
			p.add(`${at}.dataPath must be a file name (got ${describeValue(dataPath)})`);
		else if (!insideFolder(dataPath, folder))
			p.add(`${at}.dataPath must name a file in the model folder (got ${describeValue(dataPath)})`);
		else {
			const url = new URL(dataPath, folder).href;
			const first = seen.get(url);
			if (first !== undefined) p.add(`${at}.dataPath repeats records[${first}].dataPath`);
			else seen.set(url, i);
		}
		const nbytes = field(shard, 'nbytes');
		const shardOk = isInt(nbytes, 1);
		if (!shardOk) p.add(`${at}.nbytes must be a positive integer (got ${describeValue(nbytes)})`);
		else total += nbytes as number;
		const tensors = field(shard, 'records');
		if (!Array.isArray(tensors)) {
			p.add(`${at}.records must be a list of tensors (got ${describeValue(tensors)})`);
			return;
		}
		tensors.forEach((t: unknown, j) =>
			checkTensor(p, t, `${at}.records[${j}]`, shardOk ? (nbytes as number) : null)
		);
	});
	if (!Number.isSafeInteger(total))
		p.add('the shards’ nbytes add up to more than JavaScript can count');
	return p.result({ records: records as TensorCacheIndex['records'] });
}

function checkTensor(p: Problems, t: unknown, at: string, shardBytes: number | null) {
	if (!isObject(t)) {
		p.add(`${at} must be an object (got ${describeValue(t)})`);
		return;
	}
	for (const key of ['name', 'dtype', 'format']) {
		const v = field(t, key);
		if (typeof v !== 'string') p.add(`${at}.${key} must be a string (got ${describeValue(v)})`);
	}
	const shape = field(t, 'shape');
	if (!Array.isArray(shape) || shape.some((d) => !isInt(d, 0)))
		p.add(`${at}.shape must be a list of whole numbers ≥ 0 (got ${describeValue(shape)})`);
	const offset = field(t, 'byteOffset');
	const nbytes = field(t, 'nbytes');
	const offsetOk = isInt(offset, 0);
	const nbytesOk = isInt(nbytes, 0);
	if (!offsetOk)
		p.add(`${at}.byteOffset must be a whole number ≥ 0 (got ${describeValue(offset)})`);
	if (!nbytesOk) p.add(`${at}.nbytes must be a whole number ≥ 0 (got ${describeValue(nbytes)})`);
	if (
		offsetOk &&
		nbytesOk &&
		shardBytes !== null &&
		(offset as number) + (nbytes as number) > shardBytes
	)
		p.add(
			`${at} ends at byte ${(offset as number) + (nbytes as number)}, past the end of its shard (${shardBytes} bytes)`
		);
}

function insideFolder(path: string, folder: string): boolean {
	try {
		const url = new URL(path, folder);
		return url.href.startsWith(folder) && !url.search && !url.hash && url.href !== folder;
	} catch {
		return false;
	}
}
