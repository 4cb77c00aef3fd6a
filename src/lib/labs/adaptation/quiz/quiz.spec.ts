import { describe, expect, it } from 'vitest';
import { readRecord } from '$lib/storage/records';
import { builtinCapabilities } from '$lib/engine/builtin/builtinEngine';
import { validateRequest } from '$lib/engine/request';
import { scoredRequest } from '$lib/labs/prompting/scoredRequest';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { letters, quiz } from './questions';
import {
	extractLetter,
	QuizRecordSchema,
	quizItems,
	quizPrompt,
	scoreQuiz,
	tokensPerSecond,
	type QuizRecord
} from './quiz';

const options = ['Temperature', 'Context window', 'Embedding size', 'Learning rate'];

describe('the quiz', () => {
	it('has 8 to 10 questions, four distinct options each, answers spread over A–D', () => {
		expect(quiz.length).toBeGreaterThanOrEqual(8);
		expect(quiz.length).toBeLessThanOrEqual(10);
		expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
		for (const q of quiz) expect(new Set(q.options).size).toBe(4);
		for (const l of letters) {
			const share = quiz.filter((q) => q.answer === l).length / quiz.length;
			expect(share).toBeGreaterThan(0);
			expect(share).toBeLessThanOrEqual(0.3);
		}
	});

	it('sends the question, lettered options and the instruction as one greedy user message', () => {
		expect(quizPrompt(quiz[0]!)).toBe(
			'Which setting, when raised, makes a language model’s choice of the next token more random?\n' +
				'A) Temperature\nB) Context window\nC) Embedding size\nD) Learning rate\n' +
				'Reply with the letter of the correct option only.\nAnswer:'
		);
		const items = quizItems(quiz, 40);
		expect(items.map((i) => i.id)).toEqual(quiz.map((q) => q.id));
		// One seed per question: the run's seed plus the question's index.
		expect(items[2]!.request).toEqual(
			scoredRequest(quizPrompt(quiz[2]!), { seed: 42, maxTokens: 16 })
		);
	});

	it('asks nothing either kind of engine would refuse', () => {
		for (const caps of [builtinCapabilities, webllmCapabilities])
			for (const item of quizItems(quiz, 1))
				expect(validateRequest(item.request, caps)).toEqual([]);
	});
});

describe('extractLetter', () => {
	it.each([
		['A', 'A'],
		['B)', 'B'],
		[' (C) Embedding size', 'C'],
		['**D**', 'D'],
		['D. Learning rate', 'D'],
		['B\nbecause the context window…', 'B'],
		['The answer is C.', 'C'],
		['Answer: B', 'B'],
		['I would pick option C) here.', 'C'],
		// A lone capital ending a sentence.
		['I think D.', 'D'],
		['Probably B!', 'B'],
		['My choice is **C**.', 'C'],
		['Between A and C, I pick C. It is the discriminator.', 'C'],
		['Temperature controls randomness.', 'A'],
		['A higher temperature spreads the probabilities.', 'A'], // named by its option text
		['A model writes the next word.', null], // an article, and no option named
		['A model… or a table?', null],
		['It came from the U.S.A.', null], // a capital inside an abbreviation
		['The model of Plan A', null], // no sentence end after it
		['Vitamin-D.', null],
		['Learning rate or temperature?', null], // two options named: no answer
		['', null],
		['the model of the model', null]
	] as const)('%j → %s', (text, expected) => {
		expect(extractLetter(text, options)).toBe(expected);
	});

	it('reads the visible answer, never a letter weighed in a think block', () => {
		expect(extractLetter('<think>\nB looks tempting, but…\n</think>\n\nA', options)).toBe('A');
		expect(extractLetter('<think>Answer: C</think> The answer is D.', options)).toBe('D');
		// Thinking cut off by the token limit: no answer, not the letter it was weighing.
		expect(extractLetter('<think>Maybe B) Context window', options)).toBeNull();
	});
});

describe('scoring', () => {
	it('counts the answers that choose the right letter', () => {
		const answers: string[] = quiz.map((q) => q.answer);
		answers[1] = 'A'; // wrong
		answers[3] = 'no idea'; // no letter
		const s = scoreQuiz(quiz, answers);
		expect(s.total).toBe(quiz.length);
		expect(s.correct).toBe(quiz.length - 2);
		expect(s.items[1]).toEqual({ id: quiz[1]!.id, chosen: 'A', correct: false });
		expect(s.items[3]).toEqual({ id: quiz[3]!.id, chosen: null, correct: false });
	});

	it('scores the letter after the thinking', () => {
		const answers = [`<think>B? No.</think>\n${quiz[0]!.answer}`];
		expect(scoreQuiz(quiz, answers)).toMatchObject({ correct: 1, total: 1 });
	});

	it('after a Stop, counts only the questions answered', () => {
		const answered = quiz.slice(0, 7).map((q) => q.answer);
		const s = scoreQuiz(quiz, answered);
		expect(s).toMatchObject({ correct: 7, total: 7 });
		expect(s.items.map((i) => i.id)).toEqual(quiz.slice(0, 7).map((q) => q.id));
	});

	it('computes tokens per second over all answers, weighting each by its time', () => {
		const u = (completionTokens: number, decodeTokensPerSecond: number) => ({
			promptTokens: 10,
			completionTokens,
			timeToFirstTokenMs: 5,
			decodeTokensPerSecond
		});
		// 10 tokens in 1 s and 30 tokens in 0.5 s: 40 tokens in 1.5 s.
		expect(tokensPerSecond([u(10, 10), u(30, 60)])).toBeCloseTo(40 / 1.5, 10);
		expect(tokensPerSecond([u(0, 0)])).toBe(0);
	});
});

describe('a stored quiz result, read back', () => {
	const good: QuizRecord = {
		engineId: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
		label: 'Qwen2.5 0.5B',
		size: 5e8,
		sizeKind: 'weights',
		correct: 7,
		total: 10,
		tokensPerSecond: 41.5,
		seed: 3,
		at: 1_700_000_000_000
	};

	it('keeps a well-formed record, also one without a known size', () => {
		expect(readRecord(QuizRecordSchema, good).record).toEqual(good);
		expect(readRecord(QuizRecordSchema, { ...good, size: null }).record).toEqual({
			...good,
			size: null
		});
		expect(readRecord(QuizRecordSchema, { ...good, extra: 1 }).record).toEqual(good);
	});

	it.each([
		['not an object', 'x'],
		['null', null],
		['no engine', { ...good, engineId: '' }],
		['more correct than asked', { ...good, correct: 11 }],
		['a fractional count', { ...good, correct: 2.5 }],
		['a zero size', { ...good, size: 0 }],
		['an unknown size kind', { ...good, sizeKind: 'bytes' }],
		['a negative speed', { ...good, tokensPerSecond: -1 }],
		['an infinite speed', { ...good, tokensPerSecond: Infinity }],
		['a 50 MB label', { ...good, label: 'x'.repeat(50_000_000) }]
	])('drops %s', (_what, value) => {
		expect(readRecord(QuizRecordSchema, value).record).toBeUndefined();
	});
});
