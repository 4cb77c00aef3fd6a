// When a lab's code is fetched. Every lab on a concept page used to arrive with the page: 30 to
// 100 KB of JavaScript (gzip) per page for labs most visitors never scroll to, which pushed the
// pages from 95+ to 62 in Lighthouse's mobile score. A lab now loads when its place is on screen;
// once the visitor scrolls, clicks or presses a key, also when it comes within 600 px of the
// viewport (about one screen ahead, so it is usually ready when it shows), and the page's other
// labs are fetched in the browser's idle time. After four quiet seconds they are fetched in idle
// time as well: a visitor who stays on the page finds every lab ready, but the page itself is on
// screen and usable first. Every concept page's first lab sits 1,100 to 1,800 px down at
// 1280×720, so a visit that only reads the top fetches no lab (e2e/budget.test.ts).

/** The browser pieces used here; tests pass fakes. */
export interface NeedSignals {
	/** Calls `near` when the element is within `margin` of the viewport; returns a stop. */
	observe: (element: Element, margin: string, near: () => void) => () => void;
	/** Calls `first` on the visitor's first scroll, click or key press; returns a stop. */
	firstInteraction: (first: () => void) => () => void;
	/** Runs `task` when the browser is idle; returns a cancel. */
	idle: (task: () => void) => () => void;
	/** Calls `quiet` once the page has been left alone for a while; returns a cancel. */
	later: (quiet: () => void) => () => void;
}

const AHEAD = '600px';

/**
 * Calls `load` once: when `element` is on screen; after the first interaction, when it nears the
 * screen or the browser is idle; after a quiet while, when the browser is idle.
 */
export function whenNeeded(element: Element, load: () => void, signals: NeedSignals): () => void {
	let done = false;
	const stops: (() => void)[] = [];
	const stopAll = () => {
		for (const stop of stops.splice(0)) stop();
	};
	const fire = () => {
		if (done) return;
		done = true;
		stopAll();
		load();
	};
	stops.push(signals.observe(element, '0px', fire));
	let idling = false;
	const whenIdle = () => {
		if (idling) return;
		idling = true;
		stops.push(signals.idle(fire));
	};
	stops.push(
		signals.firstInteraction(() => {
			stops.push(signals.observe(element, AHEAD, fire));
			whenIdle();
		})
	);
	stops.push(signals.later(whenIdle));
	return stopAll;
}

const QUIET_MS = 4000;

/** The real browser: IntersectionObserver, window events, requestIdleCallback. */
export const browserSignals: NeedSignals = {
	observe(element, margin, near) {
		const observer = new IntersectionObserver(
			(entries) => {
				if (entries.some((e) => e.isIntersecting)) near();
			},
			{ rootMargin: margin }
		);
		observer.observe(element);
		return () => observer.disconnect();
	},
	firstInteraction(first) {
		// Not focusin: SvelteKit moves focus to the body when a page starts, which is no visitor's act.
		const events = ['scroll', 'pointerdown', 'keydown', 'touchstart'] as const;
		const handler = () => {
			stop();
			first();
		};
		const stop = () => {
			for (const e of events) window.removeEventListener(e, handler, true);
		};
		for (const e of events) window.addEventListener(e, handler, { capture: true, passive: true });
		return stop;
	},
	idle(task) {
		if (typeof requestIdleCallback === 'function') {
			const id = requestIdleCallback(task, { timeout: 2000 });
			return () => cancelIdleCallback(id);
		}
		const id = setTimeout(task, 200);
		return () => clearTimeout(id);
	},
	later(quiet) {
		// The browser tests shorten the quiet while (e2e/fixtures.ts) so that a test that runs a lab
		// does not first wait four seconds for it; the budget test keeps the real one.
		const ms = (globalThis as { __labsQuietMs?: number }).__labsQuietMs ?? QUIET_MS;
		const id = setTimeout(quiet, ms);
		return () => clearTimeout(id);
	}
};
