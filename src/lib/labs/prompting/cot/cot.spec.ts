import { describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { BuiltinEngine, builtinCapabilities } from '$lib/engine/builtin/builtinEngine';
import { validateRequest } from '$lib/engine/request';
import { stopWhileWriting } from '../../kit/fakeEngine';
import { runQueue, type ItemOutcome } from '../../kit/runQueue';
import { scoredRequest } from '../scoredRequest';
import { cotItems, cotPrompt, cotRows, cotScores, type CotPlan } from './cot';
import { problems } from './problems';

const plan = (over: Partial<CotPlan> = {}): CotPlan => ({
	problems: problems.slice(0, 2),
	seed: 7,
	chat: true,
	...over
});

const outcome = (
	id: string,
	text: string,
	finishReason: 'stop' | 'length' = 'stop'
): ItemOutcome => ({
	id,
	text,
	result: {
		text,
		finishReason,
		usage: { promptTokens: 1, completionTokens: 1, timeToFirstTokenMs: 1, decodeTokensPerSecond: 1 }
	},
	error: null
});

describe('problems', () => {
	it('has at least six multi-step problems with whole-number answers and distinct texts', () => {
		expect(problems.length).toBeGreaterThanOrEqual(6);
		for (const p of problems) {
			expect(Number.isInteger(p.answer), p.question).toBe(true);
			// At least two numbers to combine: more than one step.
			expect(p.question.match(/\d+/g)!.length, p.question).toBeGreaterThanOrEqual(2);
			expect(p.question).toMatch(/\?$/);
		}
		expect(new Set(problems.map((p) => p.question)).size).toBe(problems.length);
	});
});

describe('cotPrompt', () => {
	it('asks for the number only, or for steps and a last answer line', () => {
		expect(cotPrompt(' How many rolls are left? ', 'direct')).toBe(
			'How many rolls are left?\nAnswer with the number only.\nAnswer:'
		);
		expect(cotPrompt('How many rolls are left?', 'steps')).toBe(
			'How many rolls are left?\nThink step by step, then write "Answer: <number>" on the last line.\nSteps:'
		);
	});
});

describe('the batch', () => {
	it('asks every problem directly, then step by step, as scored requests with one seed', () => {
		const items = cotItems(plan());
		expect(items.map((i) => i.id)).toEqual(['direct:0', 'direct:1', 'steps:0', 'steps:1']);
		expect(items[0]!.request).toEqual(
			scoredRequest(cotPrompt(problems[0]!.question, 'direct'), { seed: 7, maxTokens: 16 })
		);
		// Thinking off in both conditions: "step by step" is asked for in the visible reply.
		expect(items[3]!.request).toEqual(
			scoredRequest(cotPrompt(problems[1]!.question, 'steps'), { seed: 7, maxTokens: 300 })
		);
		const trigram = cotItems(plan({ chat: false }));
		expect(trigram.map((i) => i.request.maxTokens)).toEqual([8, 8, 24, 24]);
		for (const i of trigram) expect(validateRequest(i.request, builtinCapabilities)).toEqual([]);
	});
});

describe('scoring a run', () => {
	it('extracts and checks each answer and counts accuracy per prompt', () => {
		const p = plan();
		const rows = cotRows(p, [
			outcome('direct:0', '48'),
			outcome('direct:1', '30'),
			outcome('steps:0', '4 × 12 = 48. 48 − 31 − 5 = 12.\nAnswer: 12'),
			outcome('steps:1', '3 × 8 = 24 and 2 more boxes is', 'length')
		]);
		expect(rows[0]!.expected).toBe(12);
		expect(rows[0]!.cells.direct).toMatchObject({ answer: { value: 48 }, correct: false });
		expect(rows[0]!.cells.steps).toMatchObject({
			answer: { value: 12, from: 'marker' },
			correct: true,
			cutOff: false
		});
		expect(rows[1]!.cells.steps).toMatchObject({
			answer: { value: 2 },
			correct: false,
			cutOff: true
		});
		expect(cotScores(rows)).toEqual([
			{ label: 'Answer only', correct: 1, total: 2 },
			{ label: 'Step by step', correct: 1, total: 2 }
		]);
	});

	it('scores the number after the thinking and keeps the raw reply for the page', () => {
		const raw =
			'<think>\n4 × 12 = 48; 48 − 31 = 17. Answer: 17?\n</think>\n\n48 − 31 − 5 = 12.\nAnswer: 12';
		const [row] = cotRows(plan(), [outcome('steps:0', raw)]);
		expect(row!.cells.steps).toMatchObject({ output: raw, answer: { value: 12 }, correct: true });
	});

	it('leaves problems that have not run out of the count', () => {
		const rows = cotRows(plan(), [outcome('direct:0', '12')]);
		expect(rows[1]!.cells.direct).toMatchObject({ output: null, answer: null });
		expect(cotScores(rows)).toEqual([
			{ label: 'Answer only', correct: 1, total: 1 },
			{ label: 'Step by step', correct: 0, total: 0 }
		]);
	});
});

describe('on the built-in trigram engine', () => {
	it('writes the same words for every problem and reaches no right answer', async () => {
		// The page says so: it reads only "Answer :" or "Steps :", whatever the problem.
		const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
		const p = plan({ problems, chat: false });
		const { outcomes } = await runQueue(engine, cotItems(p));
		expect(outcomes).toHaveLength(12);
		expect(new Set(outcomes.slice(0, 6).map((o) => o.text)).size).toBe(1);
		expect(new Set(outcomes.slice(6).map((o) => o.text)).size).toBe(1);
		expect(outcomes.every((o) => o.text.trim().length > 0)).toBe(true);
		// "its steps … contain no number from the problem"
		expect(outcomes.some((o) => /\d/.test(o.text))).toBe(false);
		expect(cotScores(cotRows(p, outcomes)).map((s) => s.correct)).toEqual([0, 0]);
	});

	it('after a Stop mid-answer, counts only the answers that finished', async () => {
		const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
		const p = plan({ problems, chat: false });
		const { outcomes, stopped } = await stopWhileWriting(engine, cotItems(p), 8);
		expect(stopped).toBe(true);
		expect(outcomes.map((o) => o.id)).toEqual([
			...problems.map((_, i) => `direct:${i}`),
			'steps:0',
			'steps:1'
		]);
		const rows = cotRows(p, outcomes);
		expect(rows[2]!.cells.steps).toMatchObject({ output: null, answer: null });
		expect(cotScores(rows).map((s) => s.total)).toEqual([6, 2]);
	});
});
