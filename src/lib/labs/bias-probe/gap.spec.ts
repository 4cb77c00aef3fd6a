import { describe, expect, it } from 'vitest';
import type { NextTokens } from '$lib/engine/types';
import { largestGap, listFloor, pairGaps, shownProb, wordProb } from './gap';

const next = (list: [string, number][], complete = false): NextTokens => ({
	candidates: list.map(([text, prob], id) => ({ id, text, prob })),
	otherMass: 1 - list.reduce((s, [, p]) => s + p, 0),
	otherCount: 100,
	complete
});

describe('bias probe gaps', () => {
	it('adds the tokens of one word (" he", "He") and subtracts side B from side A', () => {
		const a = next([
			[' she', 0.4],
			[' he', 0.1],
			['He', 0.05],
			[' they', 0.2]
		]);
		const b = next([
			[' he', 0.5],
			[' she', 0.1],
			[' they', 0.2]
		]);
		const gaps = pairGaps(a, b, ['he', 'she', 'they']);
		expect(gaps.map((g) => +g.gap.toFixed(3))).toEqual([-0.35, 0.3, 0]);
		expect(gaps[0]!.a.prob).toBeCloseTo(0.15, 10);
		expect(largestGap(gaps)?.word).toBe('he');
	});

	it('marks a word missing from a top list as below the last listed, but as exactly 0 in a complete one', () => {
		const top = next([
			[' they', 0.3],
			[' it', 0.02]
		]);
		const missing = wordProb(top, 'she');
		expect(missing).toEqual({ word: 'she', prob: 0, listed: false });
		expect(shownProb(missing, listFloor(top))).toBe('<2.0%');
		expect(wordProb(next([[' they', 0.3]], true), 'she').listed).toBe(true);
		expect(shownProb({ word: 'x', prob: 0.123, listed: true }, 0)).toBe('12.3%');
	});

	it('has no largest gap when both sides give the same numbers (the trigram model after the same two words)', () => {
		const same = next([[' they', 0.3]], true);
		expect(largestGap(pairGaps(same, same, ['he', 'she', 'they']))).toBeNull();
	});
});
