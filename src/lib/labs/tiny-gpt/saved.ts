// A trained tiny GPT kept on the device or carried as a file, so a talk does not retrain it. One
// format for both: JSON with the preset, seed, steps and each weight tensor as base64 of its
// float32 bytes (a tiny model is about 100 KB, the medium one about 4.4 MB; numbers written out
// in JSON were 2.5× larger). On the device it is one record per preset in the app database's
// `labs` store under "tiny-gpt:<preset>", read through the one stored-record reader
// (storage/records.ts). Every record, stored or imported, is checked against its schema and then
// against the shapes its preset implies, and a failure is one message from `loadText`.
import * as v from 'valibot';
import { appDb } from '$lib/storage/db';
import { readRecords } from '$lib/storage/records';
import { VOCAB } from './corpus';
import { parameterShapes } from './model';
import { presetById, presets, type PresetId } from './presets';
import { savedKey } from './savedKeys';

const FORMAT = 'genai-live-tiny-gpt';

const SavedSchema = v.object({
	format: v.literal(FORMAT),
	version: v.literal(1),
	preset: v.picklist(presets.map((p) => p.id)),
	seed: v.pipe(v.number(), v.integer(), v.minValue(0)),
	step: v.pipe(v.number(), v.integer(), v.minValue(0)),
	weights: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2_000_000))), v.maxLength(64))
});
export type SavedGpt = v.InferOutput<typeof SavedSchema>;

export type LoadProblem = 'not-json' | 'not-a-model' | 'wrong-shape' | 'too-big' | 'no-storage';

/** What the page says when a model cannot be read, saved or loaded. */
export const loadText: Record<LoadProblem, string> = {
	'not-json': 'That file is not a saved tiny GPT: it is not JSON. Choose a file exported here.',
	'not-a-model':
		'That file is not a saved tiny GPT from this app (its format, size or numbers do not match). Choose a file exported here.',
	'wrong-shape':
		'That file’s weights do not fit the size it names; it may be damaged. Export it again, or train a new one.',
	'too-big': 'That file is larger than any saved tiny GPT (10 MB); choose a file exported here.',
	'no-storage': 'This browser would not store the model on the device; export it as a file instead.'
};

function toBase64(values: Float32Array): string {
	const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(text);
}

function fromBase64(text: string): Float32Array | null {
	try {
		const bin = atob(text);
		if (bin.length % 4) return null;
		const bytes = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
		return new Float32Array(bytes.buffer);
	} catch {
		return null;
	}
}

export function toSaved(
	preset: PresetId,
	seed: number,
	step: number,
	weights: Float32Array[]
): SavedGpt {
	return { format: FORMAT, version: 1, preset, seed, step, weights: weights.map(toBase64) };
}

/** The weights of a checked record, or the problem; each tensor must have its preset's size. */
export function weightsOf(saved: SavedGpt): Float32Array[] | LoadProblem {
	const shapes = parameterShapes({ ...presetById(saved.preset), vocab: VOCAB });
	if (saved.weights.length !== shapes.length) return 'wrong-shape';
	const out: Float32Array[] = [];
	for (let i = 0; i < shapes.length; i++) {
		const w = fromBase64(saved.weights[i]!);
		const size = shapes[i]![1].reduce((a, b) => a * b, 1);
		if (!w || w.length !== size || !w.every(Number.isFinite)) return 'wrong-shape';
		out.push(w);
	}
	return out;
}

/** An imported file's text, checked: the record and its weights, or what is wrong with it. */
export function readFile(
	text: string
): { saved: SavedGpt; weights: Float32Array[] } | { problem: LoadProblem } {
	if (text.length > 10_000_000) return { problem: 'too-big' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { problem: 'not-json' };
	}
	const parsed = v.safeParse(SavedSchema, value);
	if (!parsed.success) return { problem: 'not-a-model' };
	const weights = weightsOf(parsed.output);
	return typeof weights === 'string' ? { problem: weights } : { saved: parsed.output, weights };
}

/** Saves one preset's model on the device; false when the browser would not store it. */
export async function saveOnDevice(saved: SavedGpt): Promise<boolean> {
	try {
		await (await appDb()).put('labs', saved, savedKey(saved.preset));
		return true;
	} catch {
		return false;
	}
}

/** The model saved on this device for a preset, if one is there and reads back whole. */
export async function loadFromDevice(
	preset: PresetId
): Promise<{ saved: SavedGpt; weights: Float32Array[] } | null> {
	try {
		const row = await (await appDb()).get('labs', savedKey(preset));
		if (row === undefined) return null;
		const saved = readRecords(SavedSchema, [row], (r) => r.preset).records[0];
		const weights = saved && weightsOf(saved);
		return saved && typeof weights !== 'string' && weights ? { saved, weights } : null;
	} catch {
		return null;
	}
}
