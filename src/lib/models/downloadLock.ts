// One download per model across tabs, and no tab left waiting on one that went away. The tab that
// downloads holds a Web Lock named after the model for exactly as long as it downloads; the
// browser releases it however that ends: finished, paused, failed, or the tab closed, reloaded or
// crashed (a closing tab cannot be relied on to send a last message, so the other tabs never wait
// for one). A tab that shows "Downloading in another tab" queues a shared request for the same
// lock: being granted it means the owner is gone, and the tab re-reads the cache and offers
// Resume. Shared, so that watchers never block each other, and they let go at once.
// Pure over an injected LockManager, so downloadLock.spec.ts runs the rules with a fake one.

export type Locks = Pick<LockManager, 'request' | 'query'>;

const PREFIX = 'genai-live-download:';
const lockName = (id: string) => `${PREFIX}${id}`;

/**
 * Runs `task` holding the model's lock. False, without running it, when another tab downloads the
 * model. A watcher's momentary shared hold (the owner just let go) is waited out, not refused.
 */
export async function holdWhile(
	locks: Locks,
	id: string,
	task: () => Promise<void>
): Promise<boolean> {
	const run = async (lock: Lock | null) => {
		if (!lock) return false;
		await task();
		return true;
	};
	if (await locks.request(lockName(id), { ifAvailable: true }, run)) return true;
	const { held = [] } = await locks.query();
	if (held.some((l) => l.name === lockName(id) && l.mode === 'exclusive')) return false;
	return locks.request(lockName(id), run);
}

/** Resolves once no tab holds the model's download lock (at once when none does). */
export async function whenReleased(locks: Locks, id: string, signal?: AbortSignal): Promise<void> {
	await locks.request(lockName(id), { mode: 'shared', signal }, async () => {});
}

/** The models some tab is downloading now, so a tab opened mid-download shows it at once. */
export async function downloadsElsewhere(locks: Locks): Promise<string[]> {
	const { held = [] } = await locks.query();
	return held.flatMap((l) =>
		l.mode === 'exclusive' && l.name?.startsWith(PREFIX) ? [l.name.slice(PREFIX.length)] : []
	);
}
