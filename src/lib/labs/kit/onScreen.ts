// What a training lab's loop asks of the page: the next animation frame, and whether to hold
// still because its element is off screen or the tab is hidden. The toys' training loop and the
// features lab's plain loop each wrote both by hand (the same observer, listener and clean-up,
// the same frame with a timer for tests); they now share these. Without IntersectionObserver (an
// old browser, a test) the element counts as on screen.

/** Runs fn at the next animation frame, or after 16 ms where there are none (tests, Node). */
export const nextFrame = (fn: () => void): void =>
	void (typeof requestAnimationFrame === 'function'
		? requestAnimationFrame(fn)
		: setTimeout(fn, 16));

/**
 * Calls `changed(held)` whenever `node` leaves or enters the screen or the tab is hidden or shown
 * (held: off screen or hidden). Returns the function that stops watching.
 */
export function watchHeld(node: Element, changed: (held: boolean) => void): () => void {
	let onScreen = true;
	const update = () => changed(!onScreen || document.visibilityState === 'hidden');
	const observer =
		typeof IntersectionObserver === 'function'
			? new IntersectionObserver((entries) => {
					onScreen = entries.some((e) => e.isIntersecting);
					update();
				})
			: undefined;
	observer?.observe(node);
	document.addEventListener('visibilitychange', update);
	return () => {
		observer?.disconnect();
		document.removeEventListener('visibilitychange', update);
	};
}
