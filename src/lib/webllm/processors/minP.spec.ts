// The min-p step against the sampling module: the tokens it leaves reachable are exactly the ones
// nextTokenDistribution keeps, for several temperatures.
import { describe, expect, it } from 'vitest';
import { nextTokenDistribution } from '$lib/sampling/sampling';
import { MASKED_LOGIT } from './chain';
import { MinP } from './minP';

const logits = [2, 1.5, 0.2, -1, 1.9, -3];
const softmax = (x: number[]) => {
	const m = Math.max(...x);
	const e = x.map((v) => Math.exp(v - m));
	const z = e.reduce((a, b) => a + b, 0);
	return e.map((v) => v / z);
};

describe('min-p step', () => {
	it('is off at 0 and for greedy requests', () => {
		const step = new MinP();
		step.configure({ minP: 0, temperature: 1 });
		expect(step.active).toBe(false);
		step.configure({ minP: 0.5, temperature: 0 });
		expect(step.active).toBe(false);
	});

	it.each([0.5, 1, 2])('keeps what the sampling module keeps at temperature %s', (temperature) => {
		const step = new MinP();
		step.configure({ minP: 0.3, temperature });
		const out = step.processLogits(Float32Array.from(logits));
		const reachable = [...out.keys()].filter((i) => out[i] !== MASKED_LOGIT).sort();
		const kept = nextTokenDistribution(softmax(logits), {
			temperature,
			topK: 0,
			topP: 1,
			minP: 0.3
		})
			.map((c) => c.id)
			.sort();
		expect(reachable).toEqual(kept);
	});

	it('at min-p 1 keeps only the favourite (and exact ties)', () => {
		const step = new MinP();
		step.configure({ minP: 1, temperature: 0.7 });
		const out = step.processLogits(Float32Array.from([1, 3, 3, 2]));
		expect(Array.from(out)).toEqual([MASKED_LOGIT, 3, 3, MASKED_LOGIT]);
	});
});
