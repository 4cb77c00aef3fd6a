// When a lab step continues from the cache and when it reads the whole text again.
import { describe, expect, it } from 'vitest';
import { planStep } from './stepPlan';

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
