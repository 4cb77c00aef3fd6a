import { describe, expect, it } from 'vitest';
import type { GenerateRequest } from '$lib/engine/types';
import { fakeEngine } from './fakeEngine';
import { PlannedRun } from './plannedRun.svelte';

const sent: GenerateRequest[] = [];
const engine = fakeEngine({
	generate: async (request) => {
		sent.push(request);
		return {
			text: 'ok',
			finishReason: 'stop',
			usage: { promptTokens: 1, completionTokens: 1 } as never
		};
	}
});

describe('PlannedRun', () => {
	it('keeps the plan and engine the results came from, and forgets both on reset', async () => {
		const lab = new PlannedRun(
			() => engine,
			(plan: { n: number }, request) => [
				{ id: 'a', request: request('Hi', { maxTokens: plan.n, temperature: 0, topK: 0, topP: 1 }) }
			]
		);
		expect(lab.label).toBe(engine.info.label);
		lab.start({ n: 3 });
		expect(lab.ran).toEqual({ plan: { n: 3 }, label: engine.info.label });
		await expect.poll(() => lab.run.phase).toBe('done');
		expect(lab.run.outcomes.map((o) => o.text)).toEqual(['ok']);
		// The batch was made at the start, with the chosen engine's request.
		expect(sent).toMatchObject([{ messages: [{ role: 'user', content: 'Hi' }], maxTokens: 3 }]);

		const before = lab.run;
		lab.reset();
		expect(lab.ran).toBeNull();
		expect(lab.run).not.toBe(before);
		expect(lab.run.outcomes).toEqual([]);
	});
});
