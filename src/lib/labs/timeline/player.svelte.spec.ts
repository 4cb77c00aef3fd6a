// The timeline's Play, stepped by a fake clock: one milestone per step, pause and resume, the end.
import { describe, expect, it } from 'vitest';
import { STEP_MS, TimelinePlayer, type Clock } from './player.svelte';

function fakeClock() {
	let pending: { tick: () => void; ms: number } | null = null;
	const clock: Clock = {
		set: (tick, ms) => (pending = { tick, ms }),
		clear: () => (pending = null)
	};
	const step = () => {
		const p = pending!;
		pending = null;
		p.tick();
		return p.ms;
	};
	return { clock, step, waiting: () => pending !== null };
}

describe('the timeline player', () => {
	it('shows the milestones one by one, a few seconds each, and stops at the last', () => {
		const { clock, step, waiting } = fakeClock();
		const player = new TimelinePlayer(() => 3, clock);
		expect(player.at).toBeNull();
		player.play();
		expect([player.at, player.busy]).toEqual([0, true]);
		expect(step()).toBe(STEP_MS);
		expect(player.at).toBe(1);
		step();
		expect(player.at).toBe(2);
		step();
		expect([player.at, player.busy, waiting()]).toEqual([2, false, false]);
		// Play at the end starts again from the first.
		player.play();
		expect(player.at).toBe(0);
	});

	it('pauses where it is and goes on from there; reset forgets the place', () => {
		const { clock, step, waiting } = fakeClock();
		const player = new TimelinePlayer(() => 5, clock);
		player.play();
		step();
		player.stop();
		expect([player.at, player.busy, waiting()]).toEqual([1, false, false]);
		player.play();
		expect(player.at).toBe(1);
		step();
		expect(player.at).toBe(2);
		player.reset();
		expect([player.at, player.busy, waiting()]).toEqual([null, false, false]);
	});

	it('an empty list has nothing to play', () => {
		const player = new TimelinePlayer(() => 0, fakeClock().clock);
		player.play();
		expect([player.at, player.busy]).toEqual([null, false]);
	});
});
