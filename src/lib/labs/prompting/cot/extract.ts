// The final answer of a reply to a word problem, as a number, by one written rule (the same for
// both prompts and every engine):
//   0. A reasoning model's <think> block is dropped first (answer.ts): the numbers it tries
//      there are working, not the answer it gives.
//   1. An explicit answer wins: the last "Answer: N", "answer is N", "final answer = N" (any
//      case; bold marks, "$", quotes or a line break may sit between the words and the number)
//      or LaTeX "\boxed{N}", which maths-tuned models write.
//   2. Otherwise the last number anywhere in the text.
//   3. Neither: no answer.
// A number is: an optional minus sign ("-" or "−") touching the digits, not after a letter or
// digit (so "12-5" is 12 and 5, and "12 - 5" is 12 and 5, not -5); an optional currency sign
// ("$12", "-$3"); digits with optional thousands commas in groups of three ("1,250"; "1,25" is
// 1 and 25); an optional decimal part ("12.5"; "12." is 12). Units after it ("12 apples",
// "75 litres", "30%") are ignored. Words ("twelve") are not numbers here.
// The answer is correct when it equals the expected number exactly (12.0 is 12; 12.5 is not).
import { visibleAnswer } from '../answer';

/** The rule above in one sentence for the page. */
export const answerRule =
	'Scoring: the number after the last “Answer:” (or “the answer is”) counts; without one, the last number in the reply; signs, “$”, thousands commas and units are understood, number words are not; a reasoning model’s thinking (between <think> or [THINK] tags) is skipped.';

export interface ExtractedAnswer {
	value: number | null;
	/** Which step of the rule found it. */
	from: 'marker' | 'last-number' | null;
}

const NUMBER = String.raw`(?<![\p{L}\p{N}])([-−]?)[$€£]?(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?`;
const MARKER = new RegExp(
	String.raw`(?:\banswer\b(?:\s*(?:is|was|would be|will be|equals))?[\s*_:=>"'“”‘’` +
		'`' +
		String.raw`]*|\\boxed\{\s*)` +
		NUMBER,
	'giu'
);
const ANY_NUMBER = new RegExp(NUMBER, 'gu');

function toNumber(m: RegExpMatchArray, at: number): number {
	const [sign, whole, fraction] = [m[at], m[at + 1]!, m[at + 2]];
	const value = Number(`${whole.replaceAll(',', '')}${fraction ? `.${fraction}` : ''}`);
	return sign ? -value : value;
}

export function extractAnswer(reply: string): ExtractedAnswer {
	const text = visibleAnswer(reply);
	const marked = [...text.matchAll(MARKER)].at(-1);
	if (marked) return { value: toNumber(marked, 1), from: 'marker' };
	const last = [...text.matchAll(ANY_NUMBER)].at(-1);
	if (last) return { value: toNumber(last, 1), from: 'last-number' };
	return { value: null, from: null };
}

export function isCorrect(answer: ExtractedAnswer, expected: number): boolean {
	return answer.value !== null && answer.value === expected;
}
