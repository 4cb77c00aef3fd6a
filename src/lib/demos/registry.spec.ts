// Every experiment kind the content uses has a component that really loads.
import { describe, expect, it } from 'vitest';
import { concepts } from '$lib/concepts';
import { experimentRegistry, loadExperiment } from './registry';

describe('experiment registry', () => {
	it('resolves every experiment kind the concept pages use to a component', async () => {
		const kinds = new Set(concepts.flatMap((c) => c.experiments.map((e) => e.kind)));
		expect(kinds.size).toBeGreaterThan(0);
		for (const kind of kinds) {
			expect(Object.keys(experimentRegistry)).toContain(kind);
			const mod = await loadExperiment(kind);
			expect(typeof mod.default, kind).toBe('function');
		}
		// Compiling every lab's component (TensorFlow.js included) takes a while the first time.
	}, 60_000);
});
