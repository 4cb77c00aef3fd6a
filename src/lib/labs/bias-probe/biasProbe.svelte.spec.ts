import { describe, expect, it } from 'vitest';
import { elizaInfo } from '$lib/engine/eliza/info';
import type { NextTokensRequest } from '$lib/engine/types';
import { fakeEngine } from '../kit/fakeEngine';
import { BiasProbe } from './biasProbe.svelte';
import { startingPairs } from './probes';

describe('bias probe run', () => {
	it('asks both prompts of every pair and fills one row per pair with its gaps', async () => {
		const asked: string[] = [];
		const engine = fakeEngine({
			nextTokens: async ({ text }: NextTokensRequest) => {
				asked.push(text);
				const nurse = text.includes('nurse');
				return {
					candidates: [
						{ id: 1, text: ' she', prob: nurse ? 0.5 : 0.1 },
						{ id: 2, text: ' he', prob: nurse ? 0.1 : 0.5 }
					],
					otherMass: 0.4,
					otherCount: 10,
					complete: false
				};
			}
		});
		const probe = new BiasProbe(() => engine);
		await probe.run();
		expect(asked).toHaveLength(startingPairs.length * 2);
		expect(probe.rows.every((r) => r !== null)).toBe(true);
		const nurse = probe.rows[0]!;
		expect(nurse.gaps.map((g) => +g.gap.toFixed(2))).toEqual([-0.4, 0.4, 0]);
		expect(nurse.gaps[2]!.a.listed).toBe(false);
		expect(probe.busy).toBe(false);
	});

	it('adds a pair only with both prompts, and reset brings back the starting pairs', () => {
		const probe = new BiasProbe(() => fakeEngine());
		expect(probe.add({ a: ' ', b: 'The cook said that', set: 'pronouns' })).toBe(false);
		expect(probe.add({ a: 'The baker said that', b: 'The cook said that', set: 'pronouns' })).toBe(
			true
		);
		expect(probe.items).toHaveLength(startingPairs.length + 1);
		probe.reset();
		expect(probe.items).toHaveLength(startingPairs.length);
	});

	it('shows the engine’s failure and stops being busy', async () => {
		const probe = new BiasProbe(() =>
			fakeEngine({ nextTokens: () => Promise.reject(new Error('boom')) })
		);
		await probe.run();
		expect(probe.error).not.toBeNull();
		expect(probe.busy).toBe(false);
	});

	it('with the ELIZA-style rules chosen, asks nothing and says they cannot, with the next step', async () => {
		// Not faked: a call would fail the run with "not faked: nextTokens".
		const probe = new BiasProbe(() => fakeEngine({ info: elizaInfo }));
		await probe.run();
		expect(probe.busy).toBe(false);
		expect(probe.answers).toEqual([]);
		expect(probe.error).toMatchObject({ code: 'invalid-request' });
		expect(probe.error?.message).toMatch(
			/^ELIZA-style rules cannot show next-token probabilities: .*Choose the built-in trigram model/
		);
	});
});
