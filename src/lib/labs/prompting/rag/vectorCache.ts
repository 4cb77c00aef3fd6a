// The concept chunks' vectors, kept on the device per embedding model (the app database's
// "embeddings" store), so the RAG lab embeds the corpus once, not on every visit. The key holds
// the fingerprint of the texts embedded: after a content update the old vectors no longer match,
// are recomputed, and the model's older entries are deleted when the new ones are saved.
// Read back through the one stored-record reader (storage/records.ts): an entry whose vectors do
// not fit its own counts (a damaged disk, an older shape, DevTools) would rank every passage with
// garbage, so it is skipped with a reason and the vectors are computed again; reading never
// writes, and the next save replaces the entry with good vectors.
import * as v from 'valibot';
import { appDb, type StoredVectors } from '$lib/storage/db';
import { readRecord } from '$lib/storage/records';

/** The concept corpus has a few hundred chunks; embedding models have up to a few thousand dimensions. */
const MAX_VALUES = 50_000_000;

const StoredVectorsSchema = v.pipe(
	v.object({
		model: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
		fingerprint: v.pipe(v.string(), v.maxLength(200)),
		count: v.pipe(v.number(), v.integer(), v.minValue(1)),
		dimensions: v.pipe(v.number(), v.integer(), v.minValue(1)),
		vectors: v.instance(Float32Array),
		savedAt: v.pipe(v.number(), v.finite())
	}),
	v.check(
		(e) => e.count * e.dimensions <= MAX_VALUES && e.vectors.length === e.count * e.dimensions,
		'the vectors do not fit their count and dimensions'
	)
);

export interface LoadedVectors {
	/** The stored vectors for this model and these texts, or null. */
	stored: StoredVectors | null;
	/** Why a stored entry was skipped (it was damaged), else undefined. */
	skipped?: string;
}

/** The stored vectors for this model and these texts, if an entry is there and sound. */
export async function loadVectors(model: string, fingerprint: string): Promise<LoadedVectors> {
	const value = await (await appDb()).get('embeddings', [model, fingerprint]);
	if (value === undefined) return { stored: null };
	const { record, why } = readRecord(StoredVectorsSchema, value);
	return record ? { stored: record } : { stored: null, skipped: why };
}

/** Saves the vectors and forgets this model's vectors of any other version of the texts. */
export async function saveVectors(entry: Omit<StoredVectors, 'savedAt'>): Promise<void> {
	const db = await appDb();
	const tx = db.transaction('embeddings', 'readwrite');
	// Every key [model, …]: arrays sort after strings, so [model, []] is above any fingerprint.
	await tx.store.delete(IDBKeyRange.bound([entry.model], [entry.model, []]));
	await tx.store.put({ ...entry, savedAt: Date.now() }, [entry.model, entry.fingerprint]);
	await tx.done;
}
