import { describe, expect, it } from 'vitest';
import { builtinCapabilities } from '$lib/engine/builtin/builtinEngine';
import { validateRequest } from '$lib/engine/request';
import { isGreen, markLogits, markProbs, watermarkProblem, wordKey } from './watermark';

const mark = { key: 'k', gamma: 0.5, delta: Math.log(3) };

describe('green-list watermark', () => {
	it('multiplies a green token’s odds against a red one by e^δ and keeps a distribution', () => {
		const keys = Array.from({ length: 400 }, (_, i) => i);
		const probs = new Float64Array(400).fill(1 / 400);
		const out = markProbs(probs, 7, keys, mark);
		expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		const seed = wordKey('k');
		const g = keys.find((i) => isGreen(seed, 7, i, 0.5))!;
		const r = keys.find((i) => !isGreen(seed, 7, i, 0.5))!;
		expect(out[g]! / out[r]!).toBeCloseTo(3, 10);
	});

	it('splits about γ of the vocabulary green, differently after another previous token', () => {
		const after = (prev: number) => {
			const logits = markLogits(new Float32Array(10_000), prev, { ...mark, delta: 1 });
			return [...logits].map((x) => x > 0);
		};
		const a = after(1);
		const b = after(2);
		expect(a.filter(Boolean).length / 10_000).toBeCloseTo(0.5, 1);
		const same = a.filter((x, i) => x === b[i]).length / 10_000;
		expect(same).toBeGreaterThan(0.45);
		expect(same).toBeLessThan(0.55);
	});

	it('refuses a watermark without a key or with γ or δ out of range, under its field', () => {
		expect(watermarkProblem(mark)).toBeNull();
		expect(watermarkProblem({ ...mark, key: '' })).not.toBeNull();
		expect(watermarkProblem({ ...mark, gamma: 1 })).not.toBeNull();
		expect(watermarkProblem({ ...mark, delta: 11 })).not.toBeNull();
		const problems = validateRequest(
			{
				messages: [{ role: 'user', content: 'Hi' }],
				temperature: 1,
				topK: 0,
				topP: 1,
				maxTokens: 10,
				watermark: { ...mark, gamma: 0 }
			},
			builtinCapabilities
		);
		expect(problems.map((p) => p.field)).toEqual(['watermark']);
	});
});
