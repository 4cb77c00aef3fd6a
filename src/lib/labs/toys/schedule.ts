// How many training steps to run in the next animation frame. The CPU backend runs a step
// synchronously on the main thread (about 1–3 ms for these toys in Chromium), the webgpu backend
// queues it and the frame waits for one loss read-back; either way, a fixed count would either
// freeze a slow device or waste a fast one. So the count follows the measured frame: grow while
// a frame's work stays under the budget, shrink at once when it goes over. 12 ms of work leaves
// the rest of a 16.7 ms frame for drawing and input.
export const FRAME_BUDGET_MS = 12;
export const MAX_STEPS_PER_FRAME = 64;

export function nextStepsPerFrame(current: number, workMs: number, budgetMs = FRAME_BUDGET_MS) {
	if (workMs > budgetMs * 1.5) return Math.max(1, Math.floor(current / 2));
	if (workMs > budgetMs) return Math.max(1, current - 1);
	if (workMs < budgetMs * 0.5) return Math.min(MAX_STEPS_PER_FRAME, current * 2);
	return Math.min(MAX_STEPS_PER_FRAME, current + 1);
}

/** Steps per second, smoothed over frames so the readout does not flicker. */
export function smoothRate(previous: number, steps: number, ms: number, weight = 0.2) {
	if (ms <= 0) return previous;
	const now = (steps * 1000) / ms;
	return previous === 0 ? now : previous * (1 - weight) + now * weight;
}
