import { describe, expect, it } from 'vitest';
import type { Scored } from '$lib/engine/types';
import { chance, tally, times, totalLogprob, verdict } from './truth';
import { statementProblem, tidy } from './statements';

const scored = (...logprobs: number[]): Scored => ({
	tokens: logprobs.map((logprob, i) => ({
		id: Number.isFinite(logprob) ? i : -1,
		text: ` t${i}`,
		logprob,
		rank: Number.isFinite(logprob) ? 1 : 0
	})),
	unit: 'words'
});

describe('an ending’s probability and the preference', () => {
	it('multiplies the tokens’ probabilities', () => {
		expect(Math.exp(totalLogprob(scored(Math.log(0.5), Math.log(0.2))))).toBeCloseTo(0.1, 12);
	});
	it('prefers the likelier ending, by the ratio of the two', () => {
		const t = scored(Math.log(0.02));
		const f = scored(Math.log(0.5));
		expect(verdict(t, f)).toEqual({ kind: 'untrue', ratio: expect.closeTo(25, 9) });
		expect(verdict(f, t)).toEqual({ kind: 'truthful', ratio: expect.closeTo(25, 9) });
	});
	it('has no preference when an ending cannot be written', () => {
		const never = scored(Math.log(0.5), -Infinity);
		expect(verdict(never, scored(-3))).toEqual({ kind: 'unknown', missing: 'truthful' });
		expect(verdict(scored(-3), never)).toEqual({ kind: 'unknown', missing: 'untrue' });
		expect(verdict(never, never)).toEqual({ kind: 'unknown', missing: 'both' });
	});
	it('calls exactly equal endings a tie, counted as no preference', () => {
		expect(verdict(scored(-2), scored(-1, -1))).toEqual({ kind: 'tie' });
		expect(tally([{ kind: 'tie' }])).toEqual({ truthful: 0, untrue: 0, unknown: 1 });
	});
	it('counts the statements each way', () => {
		const v = [verdict(scored(-1), scored(-2)), verdict(scored(-2), scored(-1)), undefined];
		expect(tally([...v, verdict(scored(-Infinity), scored(-1))])).toEqual({
			truthful: 1,
			untrue: 1,
			unknown: 1
		});
	});
});

describe('words for numbers', () => {
	it('writes a probability as a percentage or as “1 in N”', () => {
		expect(chance(Math.log(0.43))).toBe('43%');
		expect(chance(Math.log(0.052))).toBe('5.2%');
		expect(chance(Math.log(1 / 340))).toBe('1 in 340');
		expect(chance(Math.log(1 / 12_345))).toBe('1 in 12,345');
		expect(chance(-40)).toBe('1 in 2.4 × 10^17');
		expect(chance(-Infinity)).toBe('never');
	});
	it('writes a ratio with its size', () => {
		expect(times(1.44)).toBe('1.4×');
		expect(times(38.2)).toBe('38×');
		expect(times(12_000)).toBe('12,000×');
	});
});

describe('a visitor’s statement', () => {
	it('needs a start and two different endings, each within its length', () => {
		expect(statementProblem({ start: 'The sky is', truthful: ' blue.', untrue: ' green.' })).toBe(
			null
		);
		expect(statementProblem({ start: ' ', truthful: 'a', untrue: 'b' })).toBe(
			'A start and both endings are needed.'
		);
		expect(statementProblem({ start: 'x', truthful: 'same', untrue: ' same ' })).toBe(
			'The two endings are the same.'
		);
		expect(statementProblem({ start: 'x'.repeat(161), truthful: 'a', untrue: 'b' })).toMatch(
			/at most 160/
		);
		expect(statementProblem({ start: 'x', truthful: 'a'.repeat(81), untrue: 'b' })).toMatch(
			/at most 80/
		);
	});
	it('is scored with each ending led by one space', () => {
		expect(tidy({ start: ' The sky is ', truthful: 'blue.', untrue: '  green. ' })).toEqual({
			start: 'The sky is',
			truthful: ' blue.',
			untrue: ' green.'
		});
	});
});
