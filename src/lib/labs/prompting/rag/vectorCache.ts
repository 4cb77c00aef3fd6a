// The concept chunks' vectors, kept on the device per embedding model (the app database's
// "embeddings" store), so the RAG lab embeds the corpus once, not on every visit. The key holds
// the fingerprint of the texts embedded: after a content update the old vectors no longer match,
// are recomputed, and the model's older entries are deleted when the new ones are saved.
import { appDb, type StoredVectors } from '$lib/storage/db';

/** The stored vectors for this model and these texts, or null. */
export async function loadVectors(
	model: string,
	fingerprint: string
): Promise<StoredVectors | null> {
	const stored = await (await appDb()).get('embeddings', [model, fingerprint]);
	return stored ?? null;
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
