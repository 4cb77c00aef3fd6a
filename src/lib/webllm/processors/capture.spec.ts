// The capture step on small hand-made logits, where every probability can be checked by hand.
import { describe, expect, it } from 'vitest';
import { Capture } from './capture';

const logits = () => Float32Array.from([1, 5, 3, -2, 4, 0]);

describe('capture step', () => {
	it('is off without a capture count, and never changes the logits', () => {
		const step = new Capture();
		step.configure({ topK: 3 });
		expect(step.active).toBe(false);
		step.configure({ capture: 2 });
		const input = logits();
		expect(step.processLogits(input)).toBe(input);
		expect(Array.from(input)).toEqual([1, 5, 3, -2, 4, 0]);
	});

	it('keeps the softmax top N of each step, then the token that was drawn', () => {
		const step = new Capture();
		step.configure({ capture: 3 });
		step.processLogits(logits());
		step.processSampledToken(4);
		step.processLogits(Float32Array.from([0, 0, 9, 0, 0, 0]));
		step.processSampledToken(2);
		const [first, second] = step.drain();
		const z = [1, 5, 3, -2, 4, 0].reduce((t, l) => t + Math.exp(l), 0);
		expect(first!.top.map((c) => c.id)).toEqual([1, 4, 2]);
		expect(first!.top[0]!.prob).toBeCloseTo(Math.exp(5) / z, 8);
		expect(first!.chosen).toBe(4);
		expect(second!.top[0]).toMatchObject({ id: 2 });
		expect(second!.chosen).toBe(2);
		expect(step.drain()).toEqual([]);
	});

	it('a new request, or WebLLM’s reset, starts with no steps from before', () => {
		const step = new Capture();
		step.configure({ capture: 2 });
		step.processLogits(logits());
		step.configure({ capture: 2 });
		expect(step.drain()).toEqual([]);
		step.processLogits(logits());
		step.reset();
		expect(step.drain()).toEqual([]);
	});
});
