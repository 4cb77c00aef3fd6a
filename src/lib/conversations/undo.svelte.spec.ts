import { expect, it } from 'vitest';
import { UndoOffer, type Timers } from './undo.svelte';

function fakeTimers() {
	let pending: (() => void) | null = null;
	const timers: Timers = {
		set: (run) => (pending = run),
		clear: () => (pending = null)
	};
	return { timers, fire: () => pending?.() };
}

it('offers the last deleted item until the time runs out', () => {
	const { timers, fire } = fakeTimers();
	const undo = new UndoOffer<string>(8000, timers);
	undo.offer('a');
	expect(undo.item).toBe('a');
	fire();
	expect(undo.item).toBeNull();
	expect(undo.take()).toBeNull();
});

it('gives the item back once; a second delete replaces the first offer', () => {
	const { timers, fire } = fakeTimers();
	const undo = new UndoOffer<string>(8000, timers);
	undo.offer('a');
	undo.offer('b');
	expect(undo.take()).toBe('b');
	expect(undo.take()).toBeNull();
	fire();
	expect(undo.item).toBeNull();
});
