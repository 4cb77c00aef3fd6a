import { describe, expect, it, vi } from 'vitest';
import { pressWhenReady } from './pendingDemo';

/** Timers a spec drives by hand. */
function clock() {
	let tick: (() => void) | null = null;
	return {
		setInterval: (fn: () => void) => ((tick = fn), 1),
		clearInterval: () => (tick = null),
		advance: (times: number) => {
			for (let i = 0; i < times; i++) tick?.();
		},
		get running() {
			return tick !== null;
		}
	};
}

const button = () =>
	({ click: vi.fn() }) as unknown as HTMLElement & { click: ReturnType<typeof vi.fn> };

describe('G before the demo has loaded', () => {
	it('presses at once when the button is there', () => {
		const b = button();
		pressWhenReady(
			() => b,
			() => true
		);
		expect(b.click).toHaveBeenCalledOnce();
	});

	it('presses once the button appears, and only once', () => {
		const c = clock();
		const b = button();
		let ready = false;
		pressWhenReady(
			() => (ready ? b : null),
			() => true,
			c
		);
		c.advance(3);
		expect(b.click).not.toHaveBeenCalled();
		ready = true;
		c.advance(3);
		expect(b.click).toHaveBeenCalledOnce();
		expect(c.running).toBe(false);
	});

	it('gives up when the slide changes, when cancelled (Esc) or after ten seconds', () => {
		const b = button();
		let ready = false;
		let same = true;
		const moved = clock();
		pressWhenReady(
			() => (ready ? b : null),
			() => same,
			moved
		);
		same = false;
		moved.advance(1);
		ready = true;
		moved.advance(5);
		expect(moved.running).toBe(false);

		ready = false;
		same = true;
		const esc = clock();
		pressWhenReady(
			() => (ready ? b : null),
			() => same,
			esc
		).cancel();
		ready = true;
		esc.advance(5);

		ready = false;
		const late = clock();
		pressWhenReady(
			() => (ready ? b : null),
			() => true,
			late
		);
		late.advance(101); // 100 ms a look: past ten seconds
		ready = true;
		late.advance(5);
		expect(b.click).not.toHaveBeenCalled();
	});
});
