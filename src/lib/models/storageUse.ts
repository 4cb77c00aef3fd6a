// Storage accounting: who owns which bytes in WebLLM's three databases. Two models may share
// files (the same weights URL, the same library): deleting one keeps what another model on this
// device still uses, a shared file is counted once in the total, and files no listed model
// claims (a removed model's, an interrupted delete's) are found and can be deleted.
import { allKeys, cacheScopes, storedBytes } from '$lib/webllm/cache';
import { deleteKeys, keyId, keysOf, type Key } from './inventory';
import { storedPlan } from './modelPlan';
import type { ModelEntry } from './catalogue';

/** Which models claim each stored key (for shared files). */
async function claims(models: ModelEntry[]): Promise<Map<string, string[]>> {
	const owners = new Map<string, string[]>();
	for (const m of models)
		for (const k of await keysOf(m, 'if-folder')) {
			const id = keyId(k);
			owners.set(id, [...(owners.get(id) ?? []), m.id]);
		}
	return owners;
}

export interface DeleteResult {
	/** Files deleted. */
	deleted: number;
	/** Files kept because other models on this device use them, with those models' ids. */
	kept: { name: string; usedBy: string[] }[];
}

/**
 * Removes a model's files from all three WebLLM databases, under current and former keys, with no
 * network and no need for its description files (so it is immediate whatever state the model is
 * in). Files that `others` (the other models still on this device) use are kept and listed.
 */
export async function deleteModel(
	model: ModelEntry,
	others: ModelEntry[] = []
): Promise<DeleteResult> {
	const mine = await keysOf(model, 'always');
	const owners = await claims(others.filter((m) => m.id !== model.id));
	const kept = mine.filter((k) => owners.has(keyId(k)));
	await deleteKeys(mine.filter((k) => !owners.has(keyId(k))));
	return {
		deleted: mine.length - kept.length,
		kept: kept.map((k) => ({
			name: k.url.split('/').pop() ?? k.url,
			usedBy: owners.get(keyId(k)) ?? []
		}))
	};
}

export interface StorageUse {
	/** Each model with files here: its bytes (shared files included) and who shares them. */
	models: { id: string; bytes: number; sharedWith: string[] }[];
	/** Bytes of every model file, each file counted once. */
	modelBytes: number;
	/** Files no listed model claims (a removed model's, an interrupted delete's). */
	leftovers: { files: number; bytes: number };
}

/** Every byte in WebLLM's three databases, by model, plus what no model claims. */
export async function storageUse(models: ModelEntry[]): Promise<StorageUse> {
	const owners = await claims(models);
	// Shard sizes from the description files where readable, so gigabytes are not read back.
	const known = new Map<string, number>();
	const stored = new Set([...owners.values()].flat());
	for (const m of models) {
		const plan = stored.has(m.id) ? await storedPlan(m) : null;
		for (const f of plan?.files ?? []) if (f.expectedBytes) known.set(keyId(f), f.expectedBytes);
	}
	const sizes = new Map<string, number>();
	let leftovers = { files: 0, bytes: 0 };
	for (const scope of cacheScopes)
		for (const url of await allKeys(scope)) {
			const id = keyId({ scope, url });
			const bytes = known.get(id) ?? (await storedBytes(scope, url));
			sizes.set(id, bytes);
			if (!owners.has(id))
				leftovers = { files: leftovers.files + 1, bytes: leftovers.bytes + bytes };
		}
	const perModel = new Map<string, { bytes: number; sharedWith: Set<string> }>();
	let modelBytes = 0;
	for (const [id, ids] of owners) {
		const bytes = sizes.get(id) ?? 0;
		modelBytes += bytes;
		for (const m of ids) {
			const entry = perModel.get(m) ?? { bytes: 0, sharedWith: new Set<string>() };
			entry.bytes += bytes;
			for (const other of ids) if (other !== m) entry.sharedWith.add(other);
			perModel.set(m, entry);
		}
	}
	return {
		models: [...perModel].map(([id, e]) => ({ id, bytes: e.bytes, sharedWith: [...e.sharedWith] })),
		modelBytes,
		leftovers
	};
}

/** Deletes every file no listed model claims; returns how many. */
export async function deleteLeftovers(models: ModelEntry[]): Promise<number> {
	const owners = await claims(models);
	const orphans: Key[] = [];
	for (const scope of cacheScopes)
		for (const url of await allKeys(scope))
			if (!owners.has(keyId({ scope, url }))) orphans.push({ scope, url });
	await deleteKeys(orphans);
	return orphans.length;
}
