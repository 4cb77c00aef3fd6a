import { expect, it } from 'vitest';
import { sessionUsage } from './sessionUsage.svelte';

it('adds each reply to its engine’s tally, time to first token plus writing time', () => {
	const info = { id: 'm', label: 'Model', kind: 'webllm' as const };
	const usage = {
		promptTokens: 10,
		completionTokens: 40,
		timeToFirstTokenMs: 500,
		decodeTokensPerSecond: 20
	};
	sessionUsage.record(info, usage);
	sessionUsage.record(info, usage);
	sessionUsage.record(
		{ id: 'builtin', label: 'Built-in', kind: 'builtin' },
		{ ...usage, decodeTokensPerSecond: 0 }
	);
	const [m, b] = sessionUsage.tallies;
	expect(m).toEqual({
		...info,
		generations: 2,
		promptTokens: 20,
		completionTokens: 80,
		seconds: 5
	});
	expect(b!.seconds).toBe(0.5);
});
