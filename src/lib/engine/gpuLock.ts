// One model on the GPU across all of the app's tabs: the tab that loads a downloaded model holds
// a Web Lock for as long as it keeps it; another tab that wants a model finds the lock taken and
// offers to take over instead of loading a second copy (two copies of a 1 GB model can exhaust a
// laptop GPU mid-talk). Taking over steals the lock; the first tab is told and unloads its model.
// The Web Locks API is injected, so gpuLock.spec.ts drives two "tabs" with a fake.

export interface LocksLike {
	request(
		name: string,
		options: { ifAvailable?: boolean; steal?: boolean },
		callback: (lock: unknown) => Promise<void> | void
	): Promise<unknown>;
}

export const GPU_LOCK = 'genai-live-gpu-model';

export class GpuLock {
	held = false;
	private release: (() => void) | undefined;

	constructor(
		private readonly locks: LocksLike | undefined,
		/** Another tab took the lock: unload the model here. */
		private readonly onLost: () => void,
		private readonly name = GPU_LOCK
	) {}

	/** Holds the lock; false when another tab holds it (unless `steal`). */
	acquire(steal = false): Promise<boolean> {
		if (this.held || !this.locks) return Promise.resolve(true);
		return new Promise((resolve) => {
			const request = this.locks!.request(
				this.name,
				steal ? { steal: true } : { ifAvailable: true },
				(lock) => {
					if (!lock) return resolve(false);
					this.held = true;
					resolve(true);
					return new Promise<void>((r) => (this.release = r));
				}
			);
			request.then(
				() => {
					this.held = false;
				},
				() => {
					// Stolen by another tab: its request aborted ours.
					const wasHeld = this.held;
					this.held = false;
					this.release = undefined;
					if (wasHeld) this.onLost();
					resolve(false);
				}
			);
		});
	}

	releaseLock(): void {
		this.release?.();
		this.release = undefined;
		this.held = false;
	}
}
