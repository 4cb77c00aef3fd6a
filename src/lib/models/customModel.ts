// "Bring your own model": validating what the user typed into the form.
import type { CustomModelRecord } from '$lib/storage/db';
import type { ModelEntry } from './catalogue';

export interface CustomModelInput {
	name: string;
	modelUrl: string;
	modelLibUrl: string;
}

export type FieldErrors = Partial<Record<keyof CustomModelInput, string>>;

function httpUrl(value: string): URL | null {
	try {
		const url = new URL(value.trim());
		return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
	} catch {
		return null;
	}
}

/** Returns the record to store, or a message per field that is wrong. */
export function validateCustomModel(
	input: CustomModelInput,
	existingIds: string[]
): { ok: true; record: CustomModelRecord } | { ok: false; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const modelUrl = httpUrl(input.modelUrl);
	const libUrl = httpUrl(input.modelLibUrl);
	if (!modelUrl) {
		errors.modelUrl =
			'Enter the full address of the folder with mlc-chat-config.json, starting with https:// (or http:// on this computer).';
	} else if (modelUrl.search || modelUrl.hash) {
		// WebLLM forms each file's address from the folder URL, which drops a ?query or #fragment
		// (src/lib/webllm/record.ts, modelBaseUrl): the files would come from the wrong folder.
		errors.modelUrl =
			'Remove the part from “?” or “#” on: WebLLM reads the files from the folder address alone.';
	}
	if (!libUrl) {
		errors.modelLibUrl =
			'Enter the full address of the model library, starting with https:// or http://.';
	} else if (!libUrl.pathname.endsWith('.wasm')) {
		errors.modelLibUrl = 'A model library is a .wasm file compiled for WebGPU.';
	}
	const id =
		input.name.trim() ||
		(modelUrl ? (modelUrl.pathname.split('/').filter(Boolean).pop() ?? '') : '');
	if (!id) errors.name = 'Give the model a name.';
	else if (!/^[\w.-]{1,80}$/.test(id))
		errors.name = 'Use letters, digits, dots, dashes or underscores.';
	else if (existingIds.includes(id)) errors.name = `A model called “${id}” already exists.`;
	if (Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		record: { id, modelUrl: modelUrl!.href, modelLibUrl: libUrl!.href, addedAt: Date.now() }
	};
}

export function customEntry(r: CustomModelRecord): ModelEntry {
	const quantization = /(q\d+f\d+(?:_\d+)?)/.exec(r.id)?.[1] ?? 'unknown';
	return {
		id: r.id,
		family: r.id,
		params: 0,
		quantization,
		needsF16: quantization.includes('f16'),
		kind: 'chat',
		vramMB: null,
		contextWindow: null,
		lowResource: false,
		modelUrl: r.modelUrl,
		modelLib: r.modelLibUrl,
		estimatedBytes: null,
		custom: true
	};
}
