import { describe, expect, it } from 'vitest';
import { shareOf, splitCorpus, trainingTokens } from './corpus';

const paragraphs = Array.from({ length: 50 }, (_, i) => `paragraph ${i} has some words in it.`);

describe('splitCorpus', () => {
	it('keeps the same paragraphs aside for the same seed, others for another seed', () => {
		const a = splitCorpus(paragraphs, 7);
		expect(splitCorpus(paragraphs, 7)).toEqual(a);
		expect(splitCorpus(paragraphs, 8).heldOut).not.toEqual(a.heldOut);
		expect(a.heldOut).toHaveLength(6); // 12% of 50
		expect([...a.train, ...a.heldOut].sort()).toEqual([...paragraphs].sort());
	});
});

describe('shareOf', () => {
	const { train } = splitCorpus(paragraphs, 1);
	const tokens = (ps: string[]) => ps.reduce((n, p) => n + trainingTokens(p), 0);

	it('takes whole paragraphs up to the token budget, at least one, nested', () => {
		const all = tokens(train);
		let previous: string[] = [];
		for (const f of [0.01, 0.1, 0.5, 1]) {
			const share = shareOf(train, f);
			expect(share.length).toBeGreaterThanOrEqual(1);
			expect(tokens(share)).toBeGreaterThanOrEqual(f * all);
			expect(share.slice(0, previous.length)).toEqual(previous);
			previous = share;
		}
		expect(shareOf(train, 1)).toEqual(train);
	});
});
