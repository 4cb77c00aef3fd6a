import { describe, expect, it } from 'vitest';
import { addLoss, emptyHistory, recentLoss } from './lossHistory';

describe('loss history', () => {
	it('keeps at most capacity points, evenly thinned, spanning the whole run', () => {
		let h = emptyHistory(['a']);
		for (let s = 1; s <= 10_000; s++) h = addLoss(h, { step: s, values: [1 / s] }, 100);
		expect(h.points.length).toBeLessThanOrEqual(100);
		expect(h.points.length).toBeGreaterThan(50);
		expect(h.points[0]!.step).toBe(1);
		expect(h.points.at(-1)!.step).toBeGreaterThan(9_800);
		const gaps = new Set(h.points.slice(1).map((p, i) => p.step - h.points[i]!.step));
		expect(gaps.size).toBe(1);
	});

	it('reads the recent mean of one loss', () => {
		let h = emptyHistory(['d', 'g']);
		expect(recentLoss(h, 0)).toBeNull();
		for (const v of [4, 2, 1, 3]) h = addLoss(h, { step: v, values: [v, 10 * v] });
		expect(recentLoss(h, 0)).toBeCloseTo(2);
		expect(recentLoss(h, 1, 1)).toBe(30);
	});
});
