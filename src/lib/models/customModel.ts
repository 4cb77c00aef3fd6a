// "Bring your own model": validating what the user typed into the form.
// A model's name is its id everywhere an engine is named: the header picker, the saved choice,
// shared links (?engine=…), the download lock. So it must differ from every other engine's id,
// the local engines' ("builtin", "eliza") and the catalogue's included, ignoring case (two models whose
// names differ only in case are one name to a person reading a link). Any string allowed by the
// pattern is otherwise safe: statuses live in Maps ("__proto__" and "constructor" are names too).
import { BUILTIN_ID, ELIZA_ID } from '$lib/choice/choice';
import type { CustomModelRecord } from '$lib/storage/db';
import { addressProblem } from './address';
import type { ModelEntry } from './catalogue';

export interface CustomModelInput {
	name: string;
	modelUrl: string;
	modelLibUrl: string;
	/** An embedding model (for retrieval): it makes vectors and is never offered as a writer. */
	embedding?: boolean;
}

/** A message per wrong field; `form` when the model could not be saved at all. */
export type FieldErrors = Partial<
	Record<Exclude<keyof CustomModelInput, 'embedding'> | 'form', string>
>;

const NAME = /^[\w.-]{1,80}$/;

function httpUrl(value: string): URL | null {
	try {
		const url = new URL(value.trim());
		return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
	} catch {
		return null;
	}
}

/** Why a name cannot be used, or null. `taken`: the ids of every model the app knows. */
function nameProblem(id: string, taken: string[]): string | null {
	if (!id) return 'Give the model a name.';
	if (!NAME.test(id)) return 'Use letters, digits, dots, dashes or underscores.';
	const lower = id.toLowerCase();
	if (lower === BUILTIN_ID || lower === ELIZA_ID)
		return `“${id}” is the name of a built-in engine (in links and the engine picker); choose another.`;
	const clash = taken.find((t) => t.toLowerCase() === lower);
	if (clash) return `A model called “${clash}” already exists; choose another name.`;
	return null;
}

/** Returns the record to store, or a message per field that is wrong. */
export function validateCustomModel(
	input: CustomModelInput,
	taken: string[]
): { ok: true; record: CustomModelRecord } | { ok: false; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const modelUrl = httpUrl(input.modelUrl);
	const libUrl = httpUrl(input.modelLibUrl);
	const modelRule = addressProblem(input.modelUrl);
	const libRule = addressProblem(input.modelLibUrl);
	if (!modelUrl) {
		errors.modelUrl =
			'Enter the full address of the folder with mlc-chat-config.json, starting with https:// (or http:// on this computer).';
	} else if (modelRule) {
		errors.modelUrl = `This address cannot work: ${modelRule}`;
	} else if (modelUrl.search || modelUrl.hash) {
		// WebLLM forms each file's address from the folder URL, which drops a ?query or #fragment
		// (src/lib/webllm/record.ts, modelBaseUrl): the files would come from the wrong folder.
		errors.modelUrl =
			'Remove the part from “?” or “#” on: WebLLM reads the files from the folder address alone.';
	}
	if (!libUrl) {
		errors.modelLibUrl =
			'Enter the full address of the model library, starting with https:// (or http:// on this computer).';
	} else if (libRule) {
		errors.modelLibUrl = `This address cannot work: ${libRule}`;
	} else if (!libUrl.pathname.endsWith('.wasm')) {
		errors.modelLibUrl = 'A model library is a .wasm file compiled for WebGPU.';
	}
	const id =
		input.name.trim() ||
		(modelUrl ? (modelUrl.pathname.split('/').filter(Boolean).pop() ?? '') : '');
	const name = nameProblem(id, taken);
	if (name) errors.name = name;
	if (Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		record: {
			id,
			modelUrl: modelUrl!.href,
			modelLibUrl: libUrl!.href,
			addedAt: Date.now(),
			...(input.embedding ? { kind: 'embedding' as const } : {})
		}
	};
}

/**
 * Saved models whose names clash with a name the app now uses (an older version allowed
 * "builtin"; a catalogue update may add a model of the same name), renamed to the first free
 * "<name>-2", "<name>-3"…. Their files are keyed by URL, not by name, so nothing is lost.
 */
export function withUniqueNames(
	records: CustomModelRecord[],
	reserved: string[]
): { records: CustomModelRecord[]; renamed: { from: string; to: string }[] } {
	const used = new Set([BUILTIN_ID, ELIZA_ID, ...reserved].map((s) => s.toLowerCase()));
	const renamed: { from: string; to: string }[] = [];
	const out = records.map((r) => {
		let id = r.id;
		for (let n = 2; used.has(id.toLowerCase()); n++) id = `${r.id.slice(0, 70)}-${n}`;
		used.add(id.toLowerCase());
		if (id === r.id) return r;
		renamed.push({ from: r.id, to: id });
		return { ...r, id };
	});
	return { records: out, renamed };
}

export function customEntry(r: CustomModelRecord): ModelEntry {
	const quantization = /(q\d+f\d+(?:_\d+)?)/.exec(r.id)?.[1] ?? 'unknown';
	return {
		id: r.id,
		family: r.id,
		params: 0,
		quantization,
		needsF16: quantization.includes('f16'),
		kind: r.kind ?? 'chat',
		vramMB: null,
		contextWindow: null,
		lowResource: false,
		modelUrl: r.modelUrl,
		modelLib: r.modelLibUrl,
		estimatedBytes: null,
		custom: true
	};
}
