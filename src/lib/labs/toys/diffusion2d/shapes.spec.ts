import { describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import { samplePolylines, sampleShape } from './shapes';

describe('target shapes', () => {
	it.each(['spiral', 'moons', 'letters'] as const)('%s fits the plane and repeats by seed', (s) => {
		const a = sampleShape(s, 500, seededRng(3));
		expect(Array.from(a).every((v) => Math.abs(v) < 1.3)).toBe(true);
		expect(sampleShape(s, 500, seededRng(3))).toEqual(a);
		expect(sampleShape(s, 500, seededRng(4))).not.toEqual(a);
	});

	it('spreads drawn strokes by length', () => {
		const pts = samplePolylines(
			[
				[
					[0, 0],
					[1, 0]
				],
				[
					[0, 1],
					[0, 1.1]
				]
			],
			1000,
			seededRng(1),
			0
		);
		const onLong = Array.from({ length: 1000 }, (_, i) => pts[2 * i + 1]).filter((y) => y === 0);
		expect(onLong.length / 1000).toBeCloseTo(1 / 1.1, 1);
	});
});
