import { describe, expect, it } from 'vitest';
import { distinctN, meanSurprisal } from './diversity';

describe('diversity scores', () => {
	it('distinct-n: the share of different n-grams across the texts', () => {
		expect(distinctN(['a b c', 'a b d'], 1)).toBeCloseTo(4 / 6, 12);
		expect(distinctN(['a b c', 'a b d'], 2)).toBeCloseTo(3 / 4, 12);
		expect(distinctN(['same same', 'same same'], 1)).toBe(0.25);
		expect(distinctN([''], 2)).toBe(0);
	});

	it('mean surprisal in bits over every token', () => {
		expect(meanSurprisal([[{ prob: 0.5 }], [{ prob: 0.25 }]])).toBe(1.5);
		expect(meanSurprisal([])).toBe(0);
	});
});
