// A lab's code loads once: when its place is on screen, when it nears the screen after the
// visitor's first scroll, click or key, or in idle time after that or after a quiet while.
import { describe, expect, it, vi } from 'vitest';
import { whenNeeded, type NeedSignals } from './whenNeeded';

function fakeSignals() {
	const calls = {
		near: [] as (() => void)[],
		margins: [] as string[],
		first: [] as (() => void)[],
		idle: [] as (() => void)[],
		later: [] as (() => void)[]
	};
	const stopped = { observe: 0, first: 0, idle: 0, later: 0 };
	const signals: NeedSignals = {
		observe: (_el, margin, near) => (
			calls.near.push(near),
			calls.margins.push(margin),
			() => stopped.observe++
		),
		firstInteraction: (first) => (calls.first.push(first), () => stopped.first++),
		idle: (task) => (calls.idle.push(task), () => stopped.idle++),
		later: (quiet) => (calls.later.push(quiet), () => stopped.later++)
	};
	return { signals, calls, stopped };
}

const element = {} as Element;

describe('whenNeeded', () => {
	it('loads nothing while the visitor only reads the top of the page', () => {
		const { signals } = fakeSignals();
		const load = vi.fn();
		whenNeeded(element, load, signals);
		expect(load).not.toHaveBeenCalled();
	});

	it('watches only the screen itself until the visitor scrolls, then 600 px ahead', () => {
		const { signals, calls } = fakeSignals();
		whenNeeded(element, vi.fn(), signals);
		expect(calls.margins).toEqual(['0px']);
		calls.first[0]!();
		expect(calls.margins).toEqual(['0px', '600px']);
	});

	it('loads when the place is on screen, once, and stops listening', () => {
		const { signals, calls, stopped } = fakeSignals();
		const load = vi.fn();
		whenNeeded(element, load, signals);
		calls.near[0]!();
		calls.near[0]!();
		expect(load).toHaveBeenCalledTimes(1);
		expect(stopped.observe).toBe(1);
		expect(stopped.first).toBe(1);
	});

	it('prefetches in idle time after the first interaction, not at the interaction itself', () => {
		const { signals, calls } = fakeSignals();
		const load = vi.fn();
		whenNeeded(element, load, signals);
		calls.first[0]!();
		expect(load).not.toHaveBeenCalled();
		calls.idle[0]!();
		expect(load).toHaveBeenCalledTimes(1);
		calls.near[0]!();
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('also loads in idle time once the page has been left alone a while, asking for idle once', () => {
		const { signals, calls } = fakeSignals();
		const load = vi.fn();
		whenNeeded(element, load, signals);
		calls.later[0]!();
		calls.first[0]!();
		expect(calls.idle).toHaveLength(1);
		calls.idle[0]!();
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('cancels a pending idle prefetch when the page leaves', () => {
		const { signals, calls, stopped } = fakeSignals();
		const stop = whenNeeded(element, vi.fn(), signals);
		calls.first[0]!();
		stop();
		expect(stopped).toEqual({ observe: 2, first: 1, idle: 1, later: 1 });
	});
});
