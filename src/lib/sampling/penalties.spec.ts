import { describe, expect, it } from 'vitest';
import { applyPenalties, countTokens } from './penalties';

const probs = [0.4, 0.3, 0.2, 0.1];
const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, p) => s + p, 0);

describe('repetition penalties', () => {
	it('change nothing when none is set, or nothing was generated yet', () => {
		expect(applyPenalties(probs, countTokens([0, 0]), {})).toBe(probs);
		expect(applyPenalties(probs, new Map(), { frequency: 1 })).toBe(probs);
	});

	it('frequency penalty lowers a logit once per occurrence (OpenAI semantics)', () => {
		const out = applyPenalties(probs, countTokens([0, 0, 1]), { frequency: 0.5 });
		// log-odds against an untouched token: token 0 lost 2 × 0.5, token 1 lost 0.5.
		expect(Math.log(out[0]! / out[2]!)).toBeCloseTo(Math.log(0.4 / 0.2) - 1, 12);
		expect(Math.log(out[1]! / out[2]!)).toBeCloseTo(Math.log(0.3 / 0.2) - 0.5, 12);
		expect(sum(out)).toBeCloseTo(1, 12);
	});

	it('presence penalty lowers every seen token by the same amount, however often it appeared', () => {
		const out = applyPenalties(probs, countTokens([0, 0, 0, 1]), { presence: 1 });
		expect(Math.log(out[0]! / out[2]!)).toBeCloseTo(Math.log(2) - 1, 12);
		expect(Math.log(out[1]! / out[2]!)).toBeCloseTo(Math.log(1.5) - 1, 12);
	});

	it('repetition penalty r turns p into p^r before renormalising, so r > 1 makes repeats rarer', () => {
		const out = applyPenalties(probs, countTokens([0]), { repetition: 2 });
		const total = 0.4 ** 2 + 0.6;
		expect(out[0]).toBeCloseTo(0.16 / total, 12);
		expect(out[3]).toBeCloseTo(0.1 / total, 12);
		// A negative penalty rewards repeats.
		const eager = applyPenalties(probs, countTokens([3]), { frequency: -1 });
		expect(eager[3]!).toBeGreaterThan(0.1);
	});
});
