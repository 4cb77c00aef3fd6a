// The timeline's "Play": the milestones one at a time, a few seconds each, so a presenter can
// walk a room through seventy years with one key (G plays, Esc pauses, R starts again). Before it
// the timeline slide had nothing to run, and its full list overflowed the screen (issue 25). The
// clock is injected so player.spec.ts steps it without waiting.

/** Seconds a milestone stays up while playing: time to read its line aloud. */
export const STEP_MS = 4000;

export interface Clock {
	set: (tick: () => void, ms: number) => unknown;
	clear: (handle: unknown) => void;
}

const realClock: Clock = {
	set: (tick, ms) => setTimeout(tick, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** Is itself the frame's runner: busy while it plays, Stop (worded "Pause") pauses it. */
export class TimelinePlayer {
	/** The milestone shown, by its place in the list; null before the first Play. */
	at = $state<number | null>(null);
	playing = $state(false);
	readonly stopLabel = 'Pause';
	private handle: unknown;

	constructor(
		/** How many milestones the list shows now. */
		private readonly count: () => number,
		private readonly clock: Clock = realClock
	) {}

	get busy(): boolean {
		return this.playing;
	}

	stop(): void {
		this.pause();
	}

	/** From the start, or on from where it was paused; at the end it starts over. */
	play(): void {
		const n = this.count();
		if (n === 0) return;
		if (this.at === null || this.at >= n - 1) this.at = 0;
		this.playing = true;
		this.schedule();
	}

	pause(): void {
		this.playing = false;
		this.clock.clear(this.handle);
	}

	/** Back to the whole list, nothing picked (R, or a new era). */
	reset(): void {
		this.pause();
		this.at = null;
	}

	private schedule(): void {
		this.clock.clear(this.handle);
		this.handle = this.clock.set(() => {
			if (!this.playing || this.at === null) return;
			if (this.at < this.count() - 1) {
				this.at += 1;
				this.schedule();
			} else this.playing = false;
		}, STEP_MS);
	}
}
