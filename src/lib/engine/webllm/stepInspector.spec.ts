import { describe, expect, it } from 'vitest';
import { MASKED_LOGIT, StepInspector } from './stepInspector';

const logits = () => Float32Array.from([1, 5, 3, -2, 4, 0]);

describe('the LogitProcessor behind top-k and capture', () => {
	it('does nothing and returns the same array when no request asked for anything', () => {
		const s = new StepInspector();
		const input = logits();
		expect(s.active).toBe(false);
		expect(s.processLogits(input)).toBe(input);
		expect(s.drain()).toEqual([]);
	});

	it('top-k leaves exactly the k best logits reachable, unchanged', () => {
		const s = new StepInspector();
		s.configure({ topK: 3, capture: 0 });
		const out = s.processLogits(logits());
		expect(Array.from(out)).toEqual([MASKED_LOGIT, 5, 3, MASKED_LOGIT, 4, MASKED_LOGIT]);
		// Even a temperature of 2 cannot bring a masked token back: e^(-1e9/2) is exactly 0.
		expect(Math.exp((MASKED_LOGIT - 5) / 2)).toBe(0);
	});

	it('captures the softmax top N before any change, and the token that was then drawn', () => {
		const s = new StepInspector();
		s.configure({ topK: 2, capture: 3 });
		s.processLogits(logits());
		s.processSampledToken(4);
		s.processLogits(Float32Array.from([0, 0, 9, 0, 0, 0]));
		s.processSampledToken(2);
		const [first, second] = s.drain();
		const z = [1, 5, 3, -2, 4, 0].reduce((t, l) => t + Math.exp(l), 0);
		expect(first!.top.map((c) => c.id)).toEqual([1, 4, 2]);
		expect(first!.top[0]!.prob).toBeCloseTo(Math.exp(5) / z, 8);
		expect(first!.chosen).toBe(4);
		expect(second!.top[0]).toMatchObject({ id: 2 });
		expect(second!.chosen).toBe(2);
		expect(s.drain()).toEqual([]);
	});

	it('a new request starts with no steps from the last one', () => {
		const s = new StepInspector();
		s.configure({ topK: 0, capture: 2 });
		s.processLogits(logits());
		s.configure({ topK: 0, capture: 2 });
		expect(s.drain()).toEqual([]);
	});
});
