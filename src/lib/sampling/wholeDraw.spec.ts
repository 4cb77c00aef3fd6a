// The worker-side draw against cumulative sums worked out by hand, the tail included.
import { describe, expect, it } from 'vitest';
import { drawWhole, softmax } from './wholeDraw';

// Model probabilities 0.4, 0.3, 0.15, 0.1, 0.05 on ids 3, 0, 4, 1, 2 (logits are their logs).
const probs = [0.3, 0.1, 0.05, 0.4, 0.15];
const logits = Float32Array.from(probs, Math.log);
const plain = { temperature: 1, topK: 0, topP: 1, minP: 0 };

describe('drawWhole', () => {
	it('walks the cumulative sums 0.4, 0.7, 0.85, 0.95, 1 in the model’s order', () => {
		expect(drawWhole(logits, plain, 0.39)?.id).toBe(3);
		expect(drawWhole(logits, plain, 0.41)?.id).toBe(0);
		expect(drawWhole(logits, plain, 0.84)?.id).toBe(4);
		expect(drawWhole(logits, plain, 0.9)?.id).toBe(1);
	});

	it('names a draw in the tail, beyond a top-3 list, with its rank and probabilities', () => {
		const drawn = drawWhole(logits, plain, 0.97)!;
		expect(drawn).toMatchObject({ id: 2, rank: 5 });
		expect(drawn.modelProb).toBeCloseTo(0.05, 6);
		expect(drawn.prob).toBeCloseTo(0.05, 6);
	});

	it('applies temperature before the walk: at T = 2 the sums are of √p, renormalised', () => {
		// √p = .632, .548, .387, .316, .224 (sum 2.107): cumulative .300, .560, .744, .894, 1.
		const hot = { ...plain, temperature: 2 };
		expect(drawWhole(logits, hot, 0.55)?.id).toBe(0);
		expect(drawWhole(logits, hot, 0.57)?.id).toBe(4);
		const last = drawWhole(logits, hot, 0.9)!;
		expect(last).toMatchObject({ id: 2, rank: 5 });
		expect(last.prob).toBeCloseTo(Math.sqrt(0.05) / 2.1069, 3);
	});

	it('filters in the order top-k, min-p, top-p before drawing', () => {
		// top-k 2 keeps 0.4 and 0.3: cumulative 0.571, 1.
		expect(drawWhole(logits, { ...plain, topK: 2 }, 0.56)?.id).toBe(3);
		expect(drawWhole(logits, { ...plain, topK: 2 }, 0.58)?.id).toBe(0);
		// min-p 0.3 keeps p ≥ 0.12: 0.4, 0.3, 0.15 (sum 0.85); cumulative .471, .824, 1.
		const minP = drawWhole(logits, { ...plain, minP: 0.3 }, 0.99)!;
		expect(minP.id).toBe(4);
		expect(minP.prob).toBeCloseTo(0.15 / 0.85, 6);
		// top-p 0.6 keeps 0.4 and 0.3: the last number lands on the second.
		expect(drawWhole(logits, { ...plain, topP: 0.6 }, 0.99)?.id).toBe(0);
	});

	it('takes the favourite at temperature 0, whatever the number', () => {
		expect(drawWhole(logits, { ...plain, temperature: 0 }, 0.99)).toMatchObject({
			id: 3,
			prob: 1,
			rank: 1
		});
	});

	it('draws over a whole Qwen-sized vocabulary quickly enough for a step', () => {
		const size = 151_936;
		const big = Float32Array.from({ length: size }, (_, i) => Math.sin(i * 12.9898) * 4);
		const started = performance.now();
		const drawn = drawWhole(big, plain, 0.999)!;
		const ms = performance.now() - started;
		const p = softmax(big);
		expect(drawn.rank).toBeGreaterThan(50);
		expect(drawn.modelProb).toBeCloseTo(p[drawn.id]!, 12);
		expect(ms).toBeLessThan(2000);
	});
});
