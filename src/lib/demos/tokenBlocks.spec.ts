import { describe, expect, it } from 'vitest';
import { BLOCK_SOFT_LIMIT, emptyBlocks, extendBlocks } from './tokenBlocks';

const tok = (text: string) => ({ text, prob: 0.5 });
const words = (n: number, text = ' word') => Array.from({ length: n }, () => tok(text));

describe('token blocks', () => {
	it('breaks at line breaks, keeping every token once and in order', () => {
		const tokens = [tok('One'), tok(' line\n'), tok('Two'), tok('\n'), tok('Three')];
		const { blocks } = extendBlocks(emptyBlocks, tokens);
		expect(blocks.map((b) => b.tokens.map((t) => t.text))).toEqual([
			['One', ' line\n'],
			['Two', '\n'],
			['Three']
		]);
		expect(blocks.map((b) => [b.start, b.done])).toEqual([
			[0, true],
			[2, true],
			[4, false]
		]);
	});

	it('a long paragraph ends at the first sentence end past the soft limit, or at twice it', () => {
		const tokens = [...words(BLOCK_SOFT_LIMIT + 3), tok(' end.'), ...words(3 * BLOCK_SOFT_LIMIT)];
		const { blocks } = extendBlocks(emptyBlocks, tokens);
		expect(blocks.map((b) => b.tokens.length)).toEqual([
			BLOCK_SOFT_LIMIT + 4,
			2 * BLOCK_SOFT_LIMIT,
			BLOCK_SOFT_LIMIT
		]);
	});

	it('growing the stream keeps finished blocks as the same objects', () => {
		const tokens = [tok('A\n'), tok('b'), tok(' c')];
		const first = extendBlocks(emptyBlocks, tokens.slice(0, 2));
		const second = extendBlocks(first, tokens);
		expect(second.blocks[0]).toBe(first.blocks[0]);
		expect(second.blocks[1]).not.toBe(first.blocks[1]);
		expect(second.blocks[1]!.tokens.map((t) => t.text)).toEqual(['b', ' c']);
		// The earlier state was not changed behind its back.
		expect(first.blocks[1]!.tokens).toHaveLength(1);
	});

	it('a new stream (not an extension) starts over', () => {
		const first = extendBlocks(emptyBlocks, [tok('x'), tok('y')]);
		const other = extendBlocks(first, [tok('z')]);
		expect(other.blocks.map((b) => b.tokens.map((t) => t.text))).toEqual([['z']]);
	});
});
