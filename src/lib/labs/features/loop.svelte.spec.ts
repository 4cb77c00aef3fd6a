import { describe, expect, it } from 'vitest';
import { PlainLoop } from './loop.svelte';

function harness() {
	const frames: (() => void)[] = [];
	let steps = 0;
	let views = 0;
	const loop = new PlainLoop({
		lossNames: ['loss'],
		train: () => [1 / ++steps],
		view: () => views++,
		viewEveryMs: 0,
		frame: (fn) => frames.push(fn)
	});
	const tick = (n = 1) => {
		for (let i = 0; i < n; i++) frames.shift()?.();
	};
	return { loop, tick, frames, steps: () => steps, views: () => views };
}

describe('the features lab loop', () => {
	it('trains frame by frame until paused, and the chart follows', () => {
		const h = harness();
		h.loop.play();
		h.tick(5);
		expect(h.loop.step).toBeGreaterThanOrEqual(5);
		expect(h.loop.history.points.length).toBe(5);
		h.loop.pause();
		const at = h.loop.step;
		h.tick(3);
		expect(h.loop.step).toBe(at);
		expect(h.loop.training).toBe(false);
	});

	it('stops by itself after a counted run, with the views drawn at the end', () => {
		const h = harness();
		h.loop.play(10);
		h.tick(20);
		expect(h.loop.step).toBe(10);
		expect(h.loop.training).toBe(false);
		expect(h.views()).toBeGreaterThan(0);
	});

	it('does nothing with a frame asked for before a reset', () => {
		const h = harness();
		h.loop.play();
		h.loop.reset();
		h.tick(3);
		expect(h.steps()).toBe(0);
		expect(h.loop.step).toBe(0);
		expect(h.loop.history.points).toEqual([]);
	});
});
