// The tiny GPT saved on this device continuing someone's text, for labs beyond the transformers
// page (the history lab's fourth column). Loaded lazily by the caller: it brings TensorFlow.js.
// Runs on the CPU backend: the model is a few thousand to a few hundred thousand weights and one
// sample is tens of characters, so a GPU device would cost more to start than it saves.
import { useBackend } from '../toys/tensor';
import { decode, encode, normalise, VOCAB } from './corpus';
import { generate } from './generate';
import { TinyGpt } from './model';
import { presetById, type PresetId } from './presets';
import { loadFromDevice } from './saved';

/**
 * What of a message the model can read: its characters in the model's alphabet (lower case, no
 * accents), the last ones that leave room for `count` new characters in its context; empty when
 * none of it is.
 */
export function promptWindow(message: string, context: number, count: number): string {
	const text = normalise(message);
	return text.slice(Math.max(0, text.length - Math.max(1, context - count)));
}

export interface Continued {
	preset: PresetId;
	/** Training steps the saved model had. */
	steps: number;
	/** The characters it read; empty when none of the message is in its alphabet. */
	read: string;
	/** The characters it wrote. */
	text: string;
}

/** The saved model of `preset` continues the message; null when none is saved any more. */
export async function continueWithSaved(
	preset: PresetId,
	message: string,
	o: { count: number; temperature: number; seed: number }
): Promise<Continued | null> {
	const got = await loadFromDevice(preset);
	if (!got) return null;
	await useBackend('cpu');
	const shape = presetById(preset);
	const empty = { train: new Uint8Array(), heldOut: new Uint8Array() };
	const model = new TinyGpt(empty, { ...shape, seed: o.seed, vocab: VOCAB });
	try {
		model.setWeights(got.weights);
		const read = promptWindow(message, shape.context, o.count);
		// A message with nothing in its alphabet (emoji, another script): it starts from a space.
		const start = Array.from(encode(read || ' '));
		const out = await generate(model, start, { ...o, cache: true });
		return { preset, steps: got.saved.step, read, text: decode(out.ids) };
	} finally {
		model.dispose();
	}
}
