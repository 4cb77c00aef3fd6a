import { describe, expect, it } from 'vitest';
import { fakeEngine } from './fakeEngine';
import { PlannedRun } from './plannedRun.svelte';

const request = { messages: [{ role: 'user' as const, content: 'Hi' }], maxTokens: 4 };
const engine = fakeEngine({
	generate: async () => ({
		text: 'ok',
		finishReason: 'stop',
		usage: { promptTokens: 1, completionTokens: 1 } as never
	})
});

describe('PlannedRun', () => {
	it('keeps the plan and engine the results came from, and forgets both on reset', async () => {
		const lab = new PlannedRun<{ n: number }>(() => engine);
		expect(lab.label).toBe(engine.info.label);
		lab.start({ n: 3 }, [{ id: 'a', request: { ...request, temperature: 0, topK: 0, topP: 1 } }]);
		expect(lab.ran).toEqual({ plan: { n: 3 }, label: engine.info.label });
		await expect.poll(() => lab.run.phase).toBe('done');
		expect(lab.run.outcomes.map((o) => o.text)).toEqual(['ok']);

		const before = lab.run;
		lab.reset();
		expect(lab.ran).toBeNull();
		expect(lab.run).not.toBe(before);
		expect(lab.run.outcomes).toEqual([]);
	});
});
