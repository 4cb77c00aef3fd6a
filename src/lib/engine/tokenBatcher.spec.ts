import { describe, expect, it } from 'vitest';
import { createTokenBatcher } from './tokenBatcher';

function fakeTimers() {
	const pending = new Map<number, () => void>();
	let next = 1;
	return {
		set: (fn: () => void) => (pending.set(next, fn), next++),
		clear: (id: unknown) => pending.delete(id as number),
		fire: () => {
			const fns = [...pending.values()];
			pending.clear();
			fns.forEach((f) => f());
		}
	};
}

describe('token batcher', () => {
	it('sends the first token at once and the rest of the window together', () => {
		const timers = fakeTimers();
		const sent: number[][] = [];
		const b = createTokenBatcher<number>((xs) => sent.push(xs), 16, timers);
		b.push(1);
		expect(sent).toEqual([[1]]);
		b.push(2);
		b.push(3);
		expect(sent).toEqual([[1]]);
		timers.fire();
		expect(sent).toEqual([[1], [2, 3]]);
		// Still streaming: the next window batches too.
		b.push(4);
		b.push(5);
		timers.fire();
		expect(sent.at(-1)).toEqual([4, 5]);
		// A window with nothing in it ends the batching; the next token goes out at once.
		timers.fire();
		b.push(6);
		expect(sent.at(-1)).toEqual([6]);
	});

	it('flush sends what waits, in order, and nothing twice', () => {
		const timers = fakeTimers();
		const sent: number[][] = [];
		const b = createTokenBatcher<number>((xs) => sent.push(xs), 16, timers);
		[1, 2, 3].forEach((x) => b.push(x));
		b.flush();
		b.flush();
		timers.fire();
		expect(sent.flat()).toEqual([1, 2, 3]);
	});
});
