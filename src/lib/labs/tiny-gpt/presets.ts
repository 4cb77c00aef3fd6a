// The tiny GPT's sizes. Three presets rather than free sliders: each one was run (model.spec.ts,
// npm run bench "tiny-gpt") and its words (words.ts) say what to expect of it. The smallest trains
// on the CPU backend in slices well under a frame; the largest wants a GPU.
export interface GptShape {
	/** Transformer blocks, 1–4. */
	layers: number;
	/** Attention heads per block, 1–4; width must divide by it. */
	heads: number;
	/** Embedding width, 32–128. */
	width: number;
	/** Characters the model sees at once, 64–128. */
	context: number;
}

export interface GptPreset extends GptShape {
	id: 'tiny' | 'small' | 'medium';
	/** Sequences per training step. */
	batch: number;
	learningRate: number;
}

export const presets: GptPreset[] = [
	{ id: 'tiny', layers: 1, heads: 2, width: 32, context: 64, batch: 8, learningRate: 1e-2 },
	{ id: 'small', layers: 2, heads: 2, width: 64, context: 64, batch: 8, learningRate: 5e-3 },
	{ id: 'medium', layers: 4, heads: 4, width: 128, context: 128, batch: 8, learningRate: 3e-3 }
];

export type PresetId = GptPreset['id'];

export function presetById(id: string): GptPreset {
	return presets.find((p) => p.id === id) ?? presets[0]!;
}
