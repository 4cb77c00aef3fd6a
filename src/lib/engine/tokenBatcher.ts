// Coalesces token events into at most one message per window. A fast engine can produce
// thousands of tokens a second, and every postMessage is a task on the page's main thread: one
// message per token left no time to draw frames (npm run bench, "token stream view", baseline).
// The first token after a quiet spell goes out at once, so a slow stream feels exactly as before.

export interface TokenBatcher<T> {
	push(item: T): void;
	/** Sends whatever is waiting now (before "done", "error" or an abort). */
	flush(): void;
}

export function createTokenBatcher<T>(
	send: (items: T[]) => void,
	windowMs = 16,
	timers: {
		set: (fn: () => void, ms: number) => unknown;
		clear: (id: unknown) => void;
	} = {
		set: (fn, ms) => setTimeout(fn, ms),
		clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>)
	}
): TokenBatcher<T> {
	let waiting: T[] = [];
	let timer: unknown;
	const sendWaiting = () => {
		if (!waiting.length) return false;
		const items = waiting;
		waiting = [];
		send(items);
		return true;
	};
	// End of a window: send what came in; keep batching while tokens keep coming.
	const tick = () => {
		timer = sendWaiting() ? timers.set(tick, windowMs) : undefined;
	};
	const flush = () => {
		if (timer !== undefined) timers.clear(timer);
		timer = undefined;
		sendWaiting();
	};
	return {
		push(item) {
			if (timer === undefined) {
				// Quiet until now: send at once, then hold later tokens for one window.
				send([item]);
				timer = timers.set(tick, windowMs);
				return;
			}
			waiting.push(item);
		},
		flush
	};
}
