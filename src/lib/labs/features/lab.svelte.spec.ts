import { describe, expect, it } from 'vitest';
import { FeaturesLab, weightCount } from './lab.svelte';

describe('the features lab state', () => {
	it('counts weights and biases of the chosen shape', () => {
		expect(weightCount({ layers: 0, width: 16 })).toBe(3);
		expect(weightCount({ layers: 1, width: 2 })).toBe(9);
		expect(weightCount({ layers: 3, width: 16 })).toBe(48 + 272 * 2 + 17);
	});

	it('starts again from step 0 with a view of every hidden layer when a setting changes', () => {
		const lab = new FeaturesLab({ data: 'xor', layers: 2, width: 4, activation: 'relu' }, 3);
		expect(lab.view?.maps.map((l) => l.length)).toEqual([4, 4]);
		lab.change({ layers: 1, width: 8 });
		expect(lab.loop.step).toBe(0);
		expect(lab.view?.maps.map((l) => l.length)).toEqual([8]);
		lab.change({ width: 5 });
		expect(lab.settings.width).toBe(8);
	});
});
