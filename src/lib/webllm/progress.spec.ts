// WebLLM's progress texts (as seen in its 0.2.86 runtime) → our load phases.
import { expect, it } from 'vitest';
import { loadPhase } from './progress';

it('splits WebLLM progress texts into download, cache, compile and ready phases', () => {
	expect(loadPhase({ progress: 0, text: 'Start to fetch params' }).phase).toBe('download');
	expect(
		loadPhase({ progress: 0.5, text: 'Fetching param cache[3/6]: 12MB fetched.' })
	).toMatchObject({
		phase: 'download',
		fraction: 0.5
	});
	expect(
		loadPhase({ progress: 1, text: 'Loading model from cache[2/8]: 5MB loaded.' })
	).toMatchObject({
		phase: 'cache',
		fraction: 0.25
	});
	expect(
		loadPhase({ progress: 1, text: 'Loading GPU shader modules[10/40]: 25% completed' })
	).toMatchObject({
		phase: 'compile',
		fraction: 0.25
	});
	expect(loadPhase({ progress: 1, text: 'Finish loading on WebGPU - google' }).phase).toBe('ready');
});
