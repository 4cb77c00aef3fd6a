// One engine, one call at a time. An engine keeps state between the start and the end of a call
// (WebLLM's LogitProcessor chain is configured for a request and reset after it; WebLLM itself
// holds one KV cache), so two calls that overlap on one engine read each other's settings: the
// temperature page's prompt experiment lost its top-k when a sampling-lab step ran during its
// stream. The worker therefore runs each engine's calls in arrival order, one lane per engine.
// A call stopped while it waits leaves its lane at once and never reaches the engine; a call that
// fails frees the lane like one that succeeds.
// Stop never hangs: a running call whose signal fires and that has not settled after a grace
// period (5 s: WebLLM checks the signal between tokens, and a token takes 14 s at worst on a
// software adapter, see stack.md) is answered as stopped, so the page's run ends; its lane stays
// held until the engine really returns, because the next call would otherwise meet its state.
// The calls behind it wait, and each of them can still be stopped while it waits.

/** Thrown for a call stopped before it started. */
function abortedError(message = 'Stopped before it started.'): Error {
	return Object.assign(new Error(message), { name: 'AbortError' });
}

export interface QueueTimers {
	/** How long a stopped call may take to end before its caller is answered anyway. */
	graceMs: number;
	setTimer: (fn: () => void, ms: number) => unknown;
	clearTimer: (handle: unknown) => void;
}

const realTimers: QueueTimers = {
	graceMs: 5000,
	setTimer: (fn, ms) => setTimeout(fn, ms),
	clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

interface Lane {
	busy: boolean;
	/** Calls waiting, oldest first; each starts its task when called. */
	waiting: (() => void)[];
}

export class CallQueues {
	private readonly lanes = new Map<string, Lane>();

	constructor(private readonly timers: QueueTimers = realTimers) {}

	/** Runs task after every earlier call on this lane has settled, unless signal fires first. */
	run<T>(lane: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
		let held = this.lanes.get(lane);
		if (!held) this.lanes.set(lane, (held = { busy: false, waiting: [] }));
		const queue = held;
		return new Promise<T>((resolve, reject) => {
			const start = () => {
				signal?.removeEventListener('abort', leave);
				queue.busy = true;
				let grace: unknown;
				const giveUp = () => {
					grace = this.timers.setTimer(
						() => reject(abortedError('Stopped; the engine is still finishing that call.')),
						this.timers.graceMs
					);
				};
				signal?.addEventListener('abort', giveUp, { once: true });
				new Promise<T>((r) => r(task())).then(resolve, reject).finally(() => {
					signal?.removeEventListener('abort', giveUp);
					if (grace !== undefined) this.timers.clearTimer(grace);
					this.next(lane, queue);
				});
			};
			const leave = () => {
				const at = queue.waiting.indexOf(start);
				if (at < 0) return;
				queue.waiting.splice(at, 1);
				reject(abortedError());
			};
			if (signal?.aborted) return reject(abortedError());
			if (!queue.busy) return start();
			queue.waiting.push(start);
			signal?.addEventListener('abort', leave, { once: true });
		});
	}

	private next(lane: string, queue: Lane): void {
		queue.busy = false;
		const following = queue.waiting.shift();
		if (following) following();
		else this.lanes.delete(lane);
	}
}
