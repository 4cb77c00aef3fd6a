// The top-k step on small hand-made logits: which tokens stay reachable, and that none come back.
import { describe, expect, it } from 'vitest';
import { MASKED_LOGIT } from './chain';
import { TopK } from './topK';

const logits = () => Float32Array.from([1, 5, 3, -2, 4, 0]);

describe('top-k step', () => {
	it('is off for k = 0 (or no k), and then returns the same array', () => {
		const step = new TopK();
		step.configure({});
		expect(step.active).toBe(false);
		step.configure({ topK: 0 });
		expect(step.active).toBe(false);
		const input = logits();
		expect(step.processLogits(input)).toBe(input);
	});

	it('leaves exactly the k best logits reachable, unchanged', () => {
		const step = new TopK();
		step.configure({ topK: 3 });
		expect(step.active).toBe(true);
		expect(Array.from(step.processLogits(logits()))).toEqual([
			MASKED_LOGIT,
			5,
			3,
			MASKED_LOGIT,
			4,
			MASKED_LOGIT
		]);
		// Even a temperature of 2 cannot bring a masked token back: e^(-1e9/2) is exactly 0.
		expect(Math.exp((MASKED_LOGIT - 5) / 2)).toBe(0);
	});

	it('changes nothing when k covers the whole vocabulary', () => {
		const step = new TopK();
		step.configure({ topK: 6 });
		const input = logits();
		expect(step.processLogits(input)).toBe(input);
	});
});
