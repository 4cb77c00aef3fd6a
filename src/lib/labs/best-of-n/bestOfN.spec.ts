import { describe, expect, it } from 'vitest';
import { bestOfNItems, pickBest, presetForm, presets, rewardCurve, samplesSoFar } from './bestOfN';
import { readRubric, score, variety } from './rubric';
import type { RequestSettings } from '../kit/adapter';
import type { ItemOutcome } from '../kit/runQueue';

describe('pickBest', () => {
	it('picks the highest score', () => {
		expect(pickBest([1, 4, 2])).toBe(1);
	});

	it('breaks a tie towards the earlier sample, so a seed always picks the same winner', () => {
		expect(pickBest([2, 5, 5, 1])).toBe(1);
		expect(pickBest([0, 0])).toBe(0);
	});

	it('never picks a refused sample, and picks nothing from none', () => {
		expect(pickBest([null, 1, null])).toBe(1);
		expect(pickBest([null])).toBe(-1);
		expect(pickBest([])).toBe(-1);
	});
});

describe('rewardCurve', () => {
	it('takes the first N of one batch at N = 1, 2, 4, 8: the best can only stay or rise', () => {
		const curve = rewardCurve([1, 3, 2, 3, 0, 5, 1, 2]);
		expect(curve).toEqual([
			{ n: 1, ready: true, best: 1, winner: 0 },
			{ n: 2, ready: true, best: 3, winner: 1 },
			{ n: 4, ready: true, best: 3, winner: 1 },
			{ n: 8, ready: true, best: 5, winner: 5 }
		]);
	});

	it('leaves a point out until its first N samples have all ended', () => {
		const curve = rewardCurve([2, undefined, 4, undefined]);
		expect(curve.map((p) => p.ready)).toEqual([true, false, false]);
		expect(curve[1]).toMatchObject({ best: 0, winner: -1 });
	});
});

describe('the batch', () => {
	const request = (text: string, settings: RequestSettings) => ({
		messages: [{ role: 'user' as const, content: text }],
		...settings
	});

	it('sends one prompt N times with seeds seed…seed+N−1, hot and without thinking', () => {
		const items = bestOfNItems(
			{ prompt: 'A language model', samples: 4, seed: 9, chat: false },
			request
		);
		expect(items.map((i) => [i.id, i.request.seed])).toEqual([
			['0:0', 9],
			['0:1', 10],
			['0:2', 11],
			['0:3', 12]
		]);
		expect(items[0]!.request).toMatchObject({ temperature: 1, maxTokens: 60, thinking: false });
		expect(
			bestOfNItems({ prompt: 'x', samples: 1, seed: 0, chat: true }, request)[0]!.request.maxTokens
		).toBe(120);
	});

	it('reads the samples back in seed order, undefined while one is running', () => {
		const out = (id: string): ItemOutcome => ({ id, text: id, result: null, error: null });
		expect(samplesSoFar([out('0:1'), out('0:0')], 3).map((o) => o?.text)).toEqual([
			'0:0',
			'0:1',
			undefined
		]);
	});
});

describe('the presets', () => {
	it('are valid rubrics, and the editor gets a copy it may change', () => {
		for (const name of ['sensible', 'gameable'] as const)
			expect(readRubric(presets[name]).ok).toBe(true);
		const copy = presetForm('sensible');
		copy.length.min = 0;
		expect(presets.sensible.length.min).toBe(15);
	});

	it('the gameable one prefers a rambling, repetitive text to a plain one', () => {
		const r = readRubric(presets.gameable);
		if (!r.ok) throw new Error('invalid preset');
		const plain = 'A language model guesses the next word of a text, one word at a time.';
		const ramble =
			'The model is a model, and the model of a model is the model of the model. '.repeat(4);
		expect(score(ramble, r.rubric).total).toBeGreaterThan(score(plain, r.rubric).total);
		expect(variety(ramble)).toBeLessThan(variety(plain));
	});
});
