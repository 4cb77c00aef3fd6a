// The diffusion toy's views, without training (the model is built only when training starts).
import { describe, expect, it } from 'vitest';
import { DiffusionLab } from './lab.svelte';

type Run = NonNullable<DiffusionLab['view']>;

describe('diffusion toy views', () => {
	it('a run that ends after the visitor chose the forward view does not play over it', async () => {
		const lab = new DiffusionLab({ choice: 'two', seed: 1, samplerSteps: 3 });
		lab.view = { frames: [[], [], [], []] } as unknown as Run;
		lab.showMode('forward');
		await lab.animate();
		expect(lab.mode).toBe('forward');
		expect(lab.scrub).toBe(0);
	});

	it('in the reverse view it plays the run through to its last frame', async () => {
		const lab = new DiffusionLab({ choice: 'two', seed: 1, samplerSteps: 3 });
		lab.view = { frames: [[], [], [], []] } as unknown as Run;
		lab.showMode('reverse');
		await lab.animate();
		expect(lab.scrub).toBe(3);
	});
});
