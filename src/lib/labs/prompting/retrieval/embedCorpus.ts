// The concept chunks as vectors from an embedding model, for hybrid search. Computed once per
// model and content (the fingerprint of the exact texts embedded keys the stored copy, so an
// edited page recomputes), in calls of EMBED_BATCH texts: each call reports progress and Stop
// takes effect between calls: for the 212 chunks the bar moves 14 times, and Stop waits for one
// call of 16 at most.
// A passage is embedded with its concept's title in front, as BM25 indexes it (bm25.ts).
import type { ConceptChunk } from '$lib/concepts';
import type { Engine, LoadProgress } from '$lib/engine/types';

export const EMBED_BATCH = 16;

/** The text embedded for each chunk. */
export function passageTexts(chunks: ConceptChunk[]): string[] {
	return chunks.map((c) => `${c.title}: ${c.text}`);
}

/** A short hash of the texts (two FNV-1a 32-bit hashes), to tell edited content apart. */
export function fingerprint(texts: string[]): string {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193 ^ texts.length;
	for (const t of texts) {
		for (let i = 0; i <= t.length; i++) {
			// A separator (0xffff, not a character of any text) after each text, so ["ab", "c"] and ["a", "bc"] differ.
			const c = i < t.length ? t.charCodeAt(i) : 0xffff;
			h1 = Math.imul(h1 ^ c, 0x01000193);
			h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
		}
	}
	const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
	return `${hex(h1)}${hex(h2)}`;
}

export interface CorpusVectors {
	/** One vector per text, one after the other. */
	vectors: Float32Array;
	dimensions: number;
}

/** Embeds the texts as passages; rejects with an AbortError when the signal fires. */
export async function embedCorpus(
	engine: Pick<Engine, 'embed'>,
	texts: string[],
	onProgress: (done: number, total: number) => void,
	signal?: AbortSignal,
	/** The model's own load (cache read, shader compilation) during the first call. */
	onLoadProgress?: (p: LoadProgress) => void
): Promise<CorpusVectors> {
	let vectors: Float32Array | undefined;
	let dimensions = 0;
	onProgress(0, texts.length);
	for (let at = 0; at < texts.length; at += EMBED_BATCH) {
		signal?.throwIfAborted();
		const batch = texts.slice(at, at + EMBED_BATCH);
		const out = await engine.embed(
			{ texts: batch, as: 'passage' },
			signal,
			at === 0 ? onLoadProgress : undefined
		);
		signal?.throwIfAborted();
		if (out.vectors.length !== batch.length)
			throw new Error(
				`The model returned ${out.vectors.length} vectors for ${batch.length} texts.`
			);
		if (!vectors) {
			dimensions = out.dimensions;
			vectors = new Float32Array(texts.length * dimensions);
		}
		out.vectors.forEach((v, i) => {
			if (v.length !== dimensions)
				throw new Error('The model returned vectors of different sizes.');
			vectors!.set(v, (at + i) * dimensions);
		});
		onProgress(Math.min(at + EMBED_BATCH, texts.length), texts.length);
	}
	return { vectors: vectors ?? new Float32Array(0), dimensions };
}
