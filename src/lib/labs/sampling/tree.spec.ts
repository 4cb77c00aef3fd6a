// Branch tree operations.
import { describe, expect, it } from 'vitest';
import { surpriseTrace, surprisal } from './surprise';
import {
	advance,
	createTree,
	leaves,
	moveTo,
	neighbour,
	path,
	textTo,
	type TokenChoice
} from './tree';

const tok = (id: number, text: string, modelProb = 0.5, forced = false): TokenChoice => ({
	id,
	text,
	modelProb,
	prob: modelProb,
	u: forced ? null : 0.3,
	forced
});

describe('branch tree', () => {
	it('follows tokens from the prompt and branches when another candidate is taken', () => {
		let t = createTree('A low', 't', 0);
		t = advance(t, 0, tok(1, ' temperature'), 1);
		t = advance(t, t.current, tok(2, ' makes'), 1);
		expect(textTo(t)).toBe('A low temperature makes');
		const first = t.current;
		// Back one step, take another candidate: a sibling branch.
		t = advance(t, 1, tok(3, ' gives', 0.2, true), 1);
		expect(textTo(t)).toBe('A low temperature gives');
		expect(leaves(t).map((n) => textTo(t, n.key))).toEqual([
			'A low temperature makes',
			'A low temperature gives'
		]);
		// Taking the same token again reuses its branch.
		const again = advance(t, 1, tok(2, ' makes'), 1);
		expect(again.current).toBe(first);
		expect(again.nodes).toHaveLength(t.nodes.length);
		expect(path(t).map((n) => n.key)).toEqual([0, 1, t.current]);
	});

	it('moves with the keyboard: parent, first child, siblings (clamped at the ends)', () => {
		let t = createTree('x', 't', 0);
		t = advance(t, 0, tok(1, ' a'), 1);
		t = advance(t, 0, tok(2, ' b'), 1);
		t = advance(t, 0, tok(3, ' c'), 1);
		expect(neighbour(t, 1, 'next')).toBe(2);
		expect(neighbour(t, 3, 'next')).toBe(3);
		expect(neighbour(t, 1, 'previous')).toBe(1);
		expect(neighbour(t, 2, 'parent')).toBe(0);
		expect(neighbour(t, 0, 'child')).toBe(1);
		expect(neighbour(t, 0, 'parent')).toBe(0);
		expect(moveTo(t, 2).current).toBe(2);
		expect(() => moveTo(t, 99)).toThrow();
	});
});

describe('surprise trace', () => {
	it('gives −log2 p per token, the perplexity and the peaks', () => {
		expect(surprisal(0.5)).toBe(1);
		expect(surprisal(0.125)).toBe(3);
		const trace = surpriseTrace([tok(1, ' a', 0.5), tok(2, ' b', 0.125), tok(3, ' c', 0.25)], 2);
		expect(trace.points.map((p) => p.bits)).toEqual([1, 3, 2]);
		expect(trace.meanBits).toBe(2);
		expect(trace.perplexity).toBe(4);
		expect(trace.peaks).toEqual([1, 2]);
	});
});

describe('token text', () => {
	it('shows spaces, newlines and tabs, and keeps byte pieces and the end mark', async () => {
		const { showToken } = await import('../kit/tokenText');
		expect(showToken(' cat')).toBe('␣cat');
		expect(showToken('\n')).toBe('↵');
		expect(showToken('<0x0A>')).toBe('<0x0A>');
		expect(showToken('</s>')).toBe('</s>');
		expect(showToken('')).toBe('∅');
	});
});
