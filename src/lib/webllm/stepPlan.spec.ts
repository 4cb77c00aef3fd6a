// When a lab step continues from the cache and when it reads the whole text again.
import { describe, expect, it } from 'vitest';
import { continuationSplit, logprobOf, planStep, textBefore } from './stepPlan';

const texts: Record<number, string> = { 7: ' cat', 8: ' dog' };
const tokenText = (id: number) => texts[id] ?? `#${id}`;

describe('planStep', () => {
	it('reads the whole text when nothing is held yet', () => {
		expect(planStep(undefined, { text: 'The' }, tokenText)).toEqual({ kind: 'prefill' });
		expect(planStep(undefined, { text: 'The cat', after: 7 }, tokenText)).toEqual({
			kind: 'prefill'
		});
	});

	it('continues by one decode when the text extends the held one by the token taken', () => {
		expect(planStep('The', { text: 'The cat', after: 7 }, tokenText)).toEqual({
			kind: 'decode',
			id: 7
		});
	});

	it('draws again from the held logits when the text is the same', () => {
		expect(planStep('The cat', { text: 'The cat', after: 7 }, tokenText)).toEqual({
			kind: 'reuse'
		});
	});

	it('reads the whole text again after a branch, an edit, or a token that does not fit', () => {
		// A branch back to an earlier step.
		expect(planStep('The cat sat', { text: 'The dog', after: 8 }, tokenText)).toEqual({
			kind: 'prefill'
		});
		// The same text plus a token, but the request does not say which token: no guess.
		expect(planStep('The', { text: 'The cat' }, tokenText)).toEqual({ kind: 'prefill' });
		// The token named is not the one the text ends with.
		expect(planStep('The', { text: 'The cat', after: 8 }, tokenText)).toEqual({
			kind: 'prefill'
		});
		// Two steps ahead of the held text.
		expect(planStep('The', { text: 'The cat dog', after: 8 }, tokenText)).toEqual({
			kind: 'prefill'
		});
	});
});

describe('continuationSplit', () => {
	it('scores what follows the text before when the tokens meet at the seam', () => {
		expect(continuationSplit([5, 6], [5, 6, 7, 8])).toEqual({ before: [5, 6], scored: [7, 8] });
	});
	it('gives a token that spans the seam to the continuation', () => {
		// "is " + "Canberra": the space joins the next word, so the text before loses its last id.
		expect(continuationSplit([5, 6, 9], [5, 6, 7, 8])).toEqual({ before: [5, 6], scored: [7, 8] });
	});
});

describe('logprobOf', () => {
	it('is the log-softmax at the id, with its rank among all logits', () => {
		const logits = [2, 0, 1, 0];
		const z = Math.exp(2) + 2 + Math.exp(1);
		expect(logprobOf(logits, 2).logprob).toBeCloseTo(1 - Math.log(z), 12);
		expect(logprobOf(logits, 2).rank).toBe(2);
		expect(logprobOf(logits, 0).rank).toBe(1);
		// Ties share the better rank.
		expect(logprobOf(logits, 3).rank).toBe(3);
	});
});

describe('textBefore', () => {
	const texts: Record<number, string> = { 5: 'The', 6: ' cat', 9: '<0xE2>' };
	const textOf = (id: number) => texts[id]!;
	const encode = (t: string) => (t === 'The' ? [5] : t === 'The<0xE2>' ? [5, 60, 48, 120] : [0]);
	it('is the prefix when the seam falls between tokens', () => {
		expect(textBefore('The cat', [5, 6], [5, 6], textOf, encode)).toBe('The cat');
	});
	it('is the tokens before the seam, written out, when they read back the same', () => {
		expect(textBefore('The ca', [5, 7], [5], textOf, encode)).toBe('The');
	});
	it('is nothing when they would read back as other tokens (a byte piece)', () => {
		expect(textBefore('The…', [5, 9, 10], [5, 9], textOf, encode)).toBe(null);
	});
});
