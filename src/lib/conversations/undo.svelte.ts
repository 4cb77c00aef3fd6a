// Deleting a conversation takes effect at once and can be undone for a few seconds, instead of
// asking "are you sure?" first: a confirmation dialog interrupts every delete to guard the rare
// mistake, and on stage it covers the screen. One offer at a time: a second delete makes the
// first final. The deleted record is held here, in memory only, so closing the tab makes it final.

/** How long Undo stays on offer, in milliseconds. */
export const UNDO_MS = 8000;

export interface Timers {
	set(run: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

const realTimers: Timers = {
	set: (run, ms) => setTimeout(run, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export class UndoOffer<T> {
	/** What can still be brought back, or null. */
	item = $state.raw<T | null>(null);
	private timer: unknown;

	constructor(
		private ms = UNDO_MS,
		private timers: Timers = realTimers
	) {}

	offer(item: T) {
		this.timers.clear(this.timer);
		this.item = item;
		this.timer = this.timers.set(() => (this.item = null), this.ms);
	}

	/** The item, once: the offer ends. */
	take(): T | null {
		const item = this.item;
		this.dismiss();
		return item;
	}

	dismiss() {
		this.timers.clear(this.timer);
		this.item = null;
	}
}
