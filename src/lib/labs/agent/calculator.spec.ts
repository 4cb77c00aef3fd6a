import { describe, expect, it } from 'vitest';
import { calculate, formatNumber, MAX_EXPRESSION } from './calculator';

const value = (e: string) => {
	const r = calculate(e);
	if (!r.ok) throw new Error(r.message);
	return r.value;
};
const refusal = (e: string) => {
	const r = calculate(e);
	if (r.ok) throw new Error(`${e} gave ${r.value}`);
	return r.message;
};

describe('calculator', () => {
	it('follows the usual precedence, brackets first and ^ binding right', () => {
		expect(value('4 + 16 / 32')).toBe(4.5);
		expect(value('(4 + 16) / 32')).toBe(0.625);
		expect(value('2 * 3 + 4 * 5')).toBe(26);
		expect(value('10 - 4 - 3')).toBe(3);
		expect(value('2 ^ 3 ^ 2')).toBe(512);
		expect(value('-2 ^ 2')).toBe(-4);
		expect(value('2 ^ -1')).toBe(0.5);
		expect(value('-(3 - 5) * --2')).toBe(4);
		expect(value('1.5e3 / .5')).toBe(3000);
	});

	it('reads the signs a model may write: × ÷ − and **', () => {
		expect(value('3 × 4 ÷ 2 − 1')).toBe(5);
		expect(value('2 ** 10')).toBe(1024);
	});

	it('refuses anything but arithmetic, saying what and where', () => {
		expect(refusal('alert(1)')).toMatch(/“a” at position 1 is not part of arithmetic/);
		expect(refusal('2 + x')).toMatch(/“x” at position 5/);
		expect(refusal('Math.max(1, 2)')).toMatch(/not part of arithmetic/);
		expect(refusal('constructor')).toMatch(/not part of arithmetic/);
	});

	it('refuses malformed arithmetic with the place it broke', () => {
		expect(refusal('2 +')).toMatch(/a number or “\(” was expected at the end/);
		expect(refusal('(1 + 2')).toMatch(/a “\)” was expected at the end/);
		expect(refusal('1 + 2)')).toMatch(/unexpected “\)” at position 6/);
		expect(refusal('3 4')).toMatch(/unexpected “4” at position 3/);
		expect(refusal('')).toMatch(/empty/);
		expect(refusal('   ')).toMatch(/empty/);
	});

	it('refuses a comma in a number instead of guessing what it means', () => {
		expect(refusal('128,256 / 2')).toMatch(/a comma after 128/);
	});

	it('refuses division by zero, overflow, deep nesting and long input', () => {
		expect(refusal('1 / (2 - 2)')).toMatch(/division by zero/);
		expect(refusal('10 ^ 400')).toMatch(/too large/);
		expect(refusal('1e400')).toMatch(/too large/);
		expect(refusal(`${'('.repeat(40)}1${')'.repeat(40)}`)).toMatch(/levels of nesting/);
		expect(refusal('-'.repeat(40) + '1')).toMatch(/levels of nesting/);
		expect(refusal('1+'.repeat(MAX_EXPRESSION))).toMatch(/longer than/);
	});

	it('writes results without floating-point noise', () => {
		expect(formatNumber(value('0.1 + 0.2'))).toBe('0.3');
		expect(formatNumber(value('128256 / 1024'))).toBe('125.25');
		expect(formatNumber(-0)).toBe('0');
	});
});
