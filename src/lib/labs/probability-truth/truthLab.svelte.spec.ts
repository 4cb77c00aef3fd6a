import { describe, expect, it } from 'vitest';
import { fakeEngine } from '../kit/fakeEngine';
import { elizaInfo } from '$lib/engine/eliza/info';
import type { ScoreRequest } from '$lib/engine/types';
import { startingStatements } from './statements';
import { TruthLab } from './truthLab.svelte';

/** Scores an ending by its length alone: the shorter, the likelier. */
const byLength = fakeEngine({
	score: async (r: ScoreRequest) => ({
		tokens: [{ id: 1, text: r.continuation, logprob: -r.continuation.length / 4, rank: 1 }],
		unit: 'words'
	})
});

describe('the probability-is-not-truth lab', () => {
	it('scores both endings of every statement, in order, and says which it prefers', async () => {
		const asked: string[] = [];
		const engine = fakeEngine({
			score: async (r: ScoreRequest) => {
				asked.push(`${r.prefix}|${r.continuation}`);
				return byLength.score(r);
			}
		});
		const lab = new TruthLab(() => engine);
		await lab.run();
		expect(asked).toHaveLength(startingStatements.length * 2);
		expect(asked[0]).toBe(`${startingStatements[0]!.start}|${startingStatements[0]!.truthful}`);
		expect(asked[1]).toBe(`${startingStatements[0]!.start}|${startingStatements[0]!.untrue}`);
		// " next token." is shorter than " previous token.": the true ending wins, by e^(4/4).
		expect(lab.verdicts[0]).toEqual({ kind: 'truthful', ratio: expect.closeTo(Math.E, 9) });
		// " 2013." and " 2017." are as long: no preference either way.
		expect(lab.verdicts[3]).toEqual({ kind: 'tie' });
		// By length alone: one true ending shorter, two false ones shorter, two as long.
		expect(lab.counts).toEqual({ truthful: 1, untrue: 2, unknown: 2 });
		expect(lab.label).toBe('Built-in trigram model');
		expect(lab.busy).toBe(false);
	});

	it('Stop ends the run after the call in flight; the rows scored so far stay', async () => {
		let calls = 0;
		const engine = fakeEngine({
			score: async (r: ScoreRequest, signal?: AbortSignal) => {
				if (++calls === 3) lab.stop();
				if (signal?.aborted) throw Object.assign(new Error('Stopped.'), { name: 'AbortError' });
				return byLength.score(r);
			}
		});
		const lab = new TruthLab(() => engine);
		await lab.run();
		expect(lab.answers.filter(Boolean)).toHaveLength(1);
		expect(lab.error).toBe(null);
		expect(lab.busy).toBe(false);
	});

	it('with the ELIZA-style rules chosen, scores nothing and says they cannot', async () => {
		const lab = new TruthLab(() => fakeEngine({ info: elizaInfo }));
		await lab.run();
		expect(lab.answers).toEqual([]);
		expect(lab.error?.message).toMatch(/^ELIZA-style rules cannot score a text: /);
	});

	it('an engine that cannot score says so in words', async () => {
		const lab = new TruthLab(() =>
			fakeEngine({
				score: async () => {
					throw Object.assign(new Error('ELIZA-style rules gives no probabilities.'), {
						name: 'InvalidRequest'
					});
				}
			})
		);
		await lab.run();
		expect(lab.error?.message).toContain('gives no probabilities');
	});

	it('adds a visitor’s statement after the others, or says what is missing', () => {
		const lab = new TruthLab(() => byLength);
		expect(lab.add({ start: 'The sky is', truthful: 'blue.', untrue: '' })).toBe(
			'A start and both endings are needed.'
		);
		expect(lab.add({ start: 'The sky is', truthful: 'blue.', untrue: 'green.' })).toBe(null);
		expect(lab.items.at(-1)).toEqual({
			start: 'The sky is',
			truthful: ' blue.',
			untrue: ' green.'
		});
		lab.reset();
		expect(lab.items).toEqual(startingStatements);
	});
});
