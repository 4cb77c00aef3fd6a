import { describe, expect, it } from 'vitest';
import { extractAnswer, isCorrect } from './extract';

describe('extractAnswer', () => {
	it.each([
		// Plain direct answers.
		['12', 12],
		['12.', 12],
		[' 41\n', 41],
		['-11', -11],
		['−11', -11],
		['$41', 41],
		['-$3', -3],
		['75 litres', 75],
		['30%', 30],
		['1,250', 1250],
		['1,234,567 grains', 1234567],
		['12.5', 12.5],
		['12.0', 12],
		// Explicit answers win over later numbers.
		['Answer: 12\nCheck: 48 - 31 - 5 = 12, and 4 trays.', 12],
		['The answer is 30 pencils, from 5 boxes of 8 minus 10.', 30],
		['**Answer:** 84', 84],
		['Answer: **$41**', 41],
		['answer = 75', 75],
		['Final answer:\n-11', -11],
		['So the answer would be 27 km over 3 days.', 27],
		['The final answer is $\\boxed{84}$ books on 6 shelves.', 84],
		['\\boxed{ -11 } degrees at 5 pm', -11],
		['The answer is "12".', 12],
		// The last explicit answer counts when there are several.
		['First guess: the answer is 48.\nThen 48 - 31 - 5 = 12.\nAnswer: 12', 12],
		// Otherwise the last number.
		['4 trays × 12 = 48 rolls; 48 − 31 − 5 = 12 rolls are left.', 12],
		['3 × 7 = 21 and 5 × 4 = 20, so 21 + 20 = 41 dollars', 41],
		['4 - 15 = -11', -11],
		// A minus between numbers is subtraction, not a sign.
		['60-25', 25],
		['60 - 25', 25],
		// Thousands commas only in groups of three; otherwise a list.
		['1,25', 25],
		['1,2345', 2345],
		// Digits glued to letters are not numbers.
		['Step 2: 30 pencils, see Q3', 30],
		// The prompt's own placeholder is not an answer; the number after it is.
		['Answer: <number>\n12', 12]
	])('%j → %d', (text, value) => {
		expect(extractAnswer(text).value).toBe(value);
	});

	it('reads the visible answer, never the numbers tried in a think block', () => {
		expect(extractAnswer('<think>\n48 − 31 = 17, so maybe 17?\n</think>\n\nAnswer: 12')).toEqual({
			value: 12,
			from: 'marker'
		});
		expect(extractAnswer('<think>Answer: 48</think>\n12 rolls')).toEqual({
			value: 12,
			from: 'last-number'
		});
		// Thinking cut off by the token limit: no answer, not its last number.
		expect(extractAnswer('<think>4 × 12 = 48, minus 31 is 17')).toEqual({
			value: null,
			from: null
		});
		expect(isCorrect(extractAnswer('<think>Answer: 30</think>Answer: 12'), 12)).toBe(true);
	});

	it('says which step of the rule found the answer', () => {
		expect(extractAnswer('Answer: 12').from).toBe('marker');
		expect(extractAnswer('12 rolls').from).toBe('last-number');
		expect(extractAnswer('twelve rolls')).toEqual({ value: null, from: null });
		expect(extractAnswer('')).toEqual({ value: null, from: null });
		expect(extractAnswer(' the prompt, and the model is the model')).toEqual({
			value: null,
			from: null
		});
	});
});

describe('isCorrect', () => {
	it('needs the exact number', () => {
		expect(isCorrect(extractAnswer('Answer: 12'), 12)).toBe(true);
		expect(isCorrect(extractAnswer('Answer: 12.0'), 12)).toBe(true);
		expect(isCorrect(extractAnswer('Answer: 12.5'), 12)).toBe(false);
		expect(isCorrect(extractAnswer('Answer: 11'), -11)).toBe(false);
		expect(isCorrect(extractAnswer('no idea'), 0)).toBe(false);
	});
});
