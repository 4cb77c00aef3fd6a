export interface StorageFacts {
	supported: boolean;
	usage: number;
	quota: number;
	persisted: boolean;
}

/** How much this origin stores, how much it may, and whether the browser may evict it. */
export async function readStorageFacts(): Promise<StorageFacts> {
	const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
	if (!storage?.estimate) return { supported: false, usage: 0, quota: 0, persisted: false };
	const [estimate, persisted] = await Promise.all([
		storage.estimate(),
		storage.persisted ? storage.persisted() : Promise.resolve(false)
	]);
	return {
		supported: true,
		usage: estimate.usage ?? 0,
		quota: estimate.quota ?? 0,
		persisted
	};
}
