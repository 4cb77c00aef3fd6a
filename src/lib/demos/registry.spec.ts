// Every experiment kind the content uses has a component that really loads, found from the
// labs' own lab.ts declarations.
import { describe, expect, it } from 'vitest';
import { concepts } from '$lib/concepts';
import { experimentRegistry, loadExperiment } from './registry';

describe('experiment registry', () => {
	it('finds every lab folder’s declaration, each kind once', () => {
		const files = [...experimentRegistry.values()].map((e) => e.file);
		expect(files).toContain('../labs/prompting/rag/lab.ts');
		expect(files).toContain('./prompt/lab.ts');
		expect(experimentRegistry.size).toBe(files.length);
		for (const [kind, { declaration }] of experimentRegistry) expect(declaration.kind).toBe(kind);
	});

	it('resolves every experiment kind the concept pages use to a component', async () => {
		const kinds = new Set(concepts.flatMap((c) => c.experiments.map((e) => e.kind)));
		expect(kinds.size).toBeGreaterThan(0);
		for (const kind of kinds) {
			expect([...experimentRegistry.keys()]).toContain(kind);
			const mod = await loadExperiment(kind);
			expect(typeof mod.default, kind).toBe('function');
		}
		// Compiling every lab's component (TensorFlow.js included) takes a while the first time.
	}, 60_000);

	it('refuses a kind no lab declares with a message naming it', async () => {
		await expect(loadExperiment('no-such-lab' as 'rag')).rejects.toThrow('no-such-lab');
	});
});
