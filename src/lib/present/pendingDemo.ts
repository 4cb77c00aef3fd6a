// G pressed while the slide's demo is still arriving. A slide's lab code loads when the slide
// shows, so a presenter who jumps to a slide and presses G at once found nothing to press, and
// nothing happened (a browser test caught it: Home, then G, under load). Now G waits for the Run
// button, for up to ten seconds, and presses it once it is there, unless the presenter moves to
// another slide or presses Esc first.

export interface Waiting {
	/** Gives up waiting; nothing is pressed. */
	cancel(): void;
}

export interface WaitOptions {
	/** How often to look, in ms. */
	every?: number;
	/** How long to wait at most, in ms. */
	within?: number;
	/** Timers (specs pass fakes). */
	setInterval?: (fn: () => void, ms: number) => unknown;
	clearInterval?: (id: unknown) => void;
}

/**
 * Presses the button `find` returns now, or as soon as it appears while `still()` holds (the
 * same slide is showing). Returns a handle to cancel the wait.
 */
export function pressWhenReady(
	find: () => HTMLElement | null | undefined,
	still: () => boolean,
	options: WaitOptions = {}
): Waiting {
	const { every = 100, within = 10_000 } = options;
	const start = options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
	const stop = options.clearInterval ?? ((id) => clearInterval(id as number));
	const now = find();
	if (now) {
		now.click();
		return { cancel() {} };
	}
	let waited = 0;
	const id = start(() => {
		waited += every;
		if (!still() || waited > within) return stop(id);
		const button = find();
		if (button) {
			stop(id);
			button.click();
		}
	}, every);
	return { cancel: () => stop(id) };
}
