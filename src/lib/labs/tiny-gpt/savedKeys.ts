// Which tiny GPTs are saved on this device, read from the keys alone: a lab elsewhere (the history
// page's fourth column) can ask without loading the model code or TensorFlow.js (saved.ts reads
// the weights and needs the model's shapes, which bring the tensor library).
import { appDb } from '$lib/storage/db';
import { presets, type PresetId } from './presets';

/** The key a preset's model is saved under in the app database's `labs` store. */
export const savedKey = (preset: PresetId) => `tiny-gpt:${preset}`;

/** The presets with a model saved on this device, largest first; none when storage fails. */
export async function savedPresetIds(): Promise<PresetId[]> {
	try {
		const keys = new Set((await (await appDb()).getAllKeys('labs')).map(String));
		return presets
			.map((p) => p.id)
			.filter((id) => keys.has(savedKey(id)))
			.reverse();
	} catch {
		return [];
	}
}
