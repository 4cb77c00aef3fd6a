import { describe, expect, it } from 'vitest';
import { visibleAnswer } from './answer';

describe('visibleAnswer', () => {
	it('leaves a plain reply as it is', () => {
		expect(visibleAnswer(' POS ')).toBe('POS');
	});
	it('drops the thinking, empty or not', () => {
		expect(visibleAnswer('<think>\n\n</think>\n\nNEG')).toBe('NEG');
		expect(visibleAnswer('<think>It could be 12, or B.</think> Answer: 7')).toBe('Answer: 7');
	});
	it('reads nothing from thinking the token limit cut off', () => {
		expect(visibleAnswer('<think>Maybe A? Or 42')).toBe('');
		expect(visibleAnswer('[THINK]Maybe A? Or 42')).toBe('');
	});
	it('drops Ministral 3 Reasoning’s [THINK] block as well', () => {
		expect(visibleAnswer('[THINK]12 or 13? Say B.[/THINK]Answer: 13')).toBe('Answer: 13');
		expect(visibleAnswer('[THINK]\n[/THINK]\nPOS')).toBe('POS');
	});
});
