import { describe, expect, it } from 'vitest';
import { classPoints, dataSets, makePoints, PER_CLASS } from './data';

describe('the 2-D data sets', () => {
	it('give 100 points a class inside the drawn plane, the same for the same seed', () => {
		for (const name of dataSets) {
			const p = makePoints(name, 3);
			expect(p.label.length).toBe(2 * PER_CLASS);
			expect(classPoints(p, 1).length).toBe(2 * PER_CLASS);
			expect(Math.max(...p.xy.map(Math.abs))).toBeLessThan(1.6);
			expect(makePoints(name, 3)).toEqual(p);
			expect(makePoints(name, 4).xy).not.toEqual(p.xy);
		}
	});

	it('put the XOR classes in opposite quadrants', () => {
		const p = makePoints('xor', 1);
		for (let k = 0; k < p.label.length; k++)
			expect(p.xy[2 * k]! * p.xy[2 * k + 1]! > 0).toBe(p.label[k] === 0);
	});
});
