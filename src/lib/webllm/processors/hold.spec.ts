// The held logits are the raw ones, copied, and only when a request asks for them.
import { describe, expect, it } from 'vitest';
import { ProcessorChain } from './chain';
import { Hold } from './hold';
import { TopK } from './topK';

describe('Hold', () => {
	it('keeps a copy of the first step’s raw logits, before top-k changes them', () => {
		const hold = new Hold();
		const chain = new ProcessorChain([hold, new TopK()]);
		chain.configure({ hold: true, topK: 1 });
		expect(chain.active).toBe(true);
		const logits = Float32Array.of(1, 3, 2);
		chain.processLogits(logits);
		logits[0] = 99;
		chain.processLogits(Float32Array.of(5, 5, 5));
		expect(Array.from(hold.take()!)).toEqual([1, 3, 2]);
		expect(hold.take()).toBeUndefined();
	});

	it('is off unless asked, and a new request forgets what was held', () => {
		const hold = new Hold();
		hold.configure({});
		expect(hold.active).toBe(false);
		hold.configure({ hold: true });
		hold.processLogits(Float32Array.of(1));
		hold.configure({ hold: true });
		expect(hold.take()).toBeUndefined();
	});
});
