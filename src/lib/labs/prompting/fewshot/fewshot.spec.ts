import { describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { BuiltinEngine, builtinCapabilities, builtinInfo } from '$lib/engine/builtin/builtinEngine';
import { validateRequest } from '$lib/engine/request';
import { labEngine } from '../../kit/adapter';
import { stopWhileWriting } from '../../kit/fakeEngine';
import { runQueue, type ItemOutcome } from '../../kit/runQueue';
import { cotPrompt } from '../cot/cot';
import { scoredRequest } from '../scoredRequest';
import { examplePool, labels, testSet } from './data';
import {
	fewShotItems,
	fewShotPrompt,
	fewShotRows,
	fewShotScores,
	normaliseShots,
	planProblem,
	type FewShotPlan
} from './fewshot';

const plan = (over: Partial<FewShotPlan> = {}): FewShotPlan => ({
	shots: [0, 2],
	examples: examplePool,
	items: testSet.slice(0, 3),
	seed: 12,
	chat: true,
	...over
});

const outcome = (id: string, text: string): ItemOutcome => ({
	id,
	text,
	result: {
		text,
		finishReason: 'stop',
		usage: { promptTokens: 1, completionTokens: 1, timeToFirstTokenMs: 1, decodeTokensPerSecond: 1 }
	},
	error: null
});

describe('data', () => {
	it('has at least 12 test sentences, balanced across the three labels', () => {
		expect(testSet.length).toBeGreaterThanOrEqual(12);
		const counts = labels.map((l) => testSet.filter((s) => s.label === l).length);
		expect(new Set(counts).size).toBe(1);
	});

	it('has an example pool whose first three cover every label and that shares no sentence with the test set', () => {
		expect(new Set(examplePool.slice(0, 3).map((e) => e.label))).toEqual(new Set(labels));
		const tests = new Set(testSet.map((t) => t.text));
		for (const e of examplePool) expect(tests.has(e.text)).toBe(false);
	});
});

describe('fewShotPrompt', () => {
	it('zero-shot: the instruction and the sentence, nothing else', () => {
		expect(fewShotPrompt([], 'The shop opens at nine on weekdays.')).toBe(
			'Label the sentiment of the sentence as POS (positive), NEG (negative) or NEU (neutral).\n\n' +
				'Sentence: The shop opens at nine on weekdays.\n' +
				'Sentiment:'
		);
	});

	it('two-shot: two solved examples in the same layout before the sentence', () => {
		expect(
			fewShotPrompt(examplePool.slice(0, 2), '  I waited an hour for a meal that arrived cold. ')
		).toBe(
			'Label the sentiment of the sentence as POS (positive), NEG (negative) or NEU (neutral).\n\n' +
				'Sentence: The concert was fantastic and the whole crowd sang along.\n' +
				'Sentiment: POS\n\n' +
				'Sentence: The printer jammed again and ruined my only copy.\n' +
				'Sentiment: NEG\n\n' +
				'Sentence: I waited an hour for a meal that arrived cold.\n' +
				'Sentiment:'
		);
	});
});

describe('the plan', () => {
	it('keeps the offered k values unique, ascending and within the pool', () => {
		expect(normaliseShots([3, 0, 1, 3, 9, -1, 1.5], 6)).toEqual([0, 1, 3]);
	});

	it('says what is missing before a run', () => {
		expect(planProblem([], examplePool)).toMatch(/at least one/);
		const blank = examplePool.map((e, i) => (i === 1 ? { ...e, text: '  ' } : e));
		expect(planProblem([0, 1], blank)).toBeNull();
		expect(planProblem([0, 3], blank)).toMatch(/3-shot needs 3 examples, and example 2 is empty/);
	});

	it('asks every sentence under every k as a scored request with the seed, valid for both engines', () => {
		const items = fewShotItems(plan());
		expect(items.map((i) => i.id)).toEqual(['0:0', '0:1', '0:2', '2:0', '2:1', '2:2']);
		expect(items[4]!.request).toEqual(
			scoredRequest(fewShotPrompt(examplePool.slice(0, 2), testSet[1]!.text), {
				seed: 12,
				maxTokens: 16
			})
		);
		const trigram = fewShotItems(plan({ chat: false }));
		expect(trigram[0]!.request.maxTokens).toBe(4);
		for (const i of trigram) expect(validateRequest(i.request, builtinCapabilities)).toEqual([]);
	});
});

describe('scoring a run', () => {
	it('scores each cell and counts accuracy per k over what has run', () => {
		const p = plan();
		const outcomes = [
			outcome('0:0', 'Positive'), // right idea, wrong format
			outcome('0:1', 'NEG'),
			outcome('0:2', 'POS, NEG or NEU'),
			outcome('2:0', 'POS')
		];
		const rows = fewShotRows(p, outcomes);
		expect(rows[0]!.expected).toBe('POS');
		expect(rows[0]!.cells.map((c) => c.verdict?.extracted ?? null)).toEqual([null, 'POS']);
		expect(rows[1]!.cells[1]).toEqual({ k: 2, output: null, error: null, verdict: null });
		expect(rows[2]!.cells[0]!.verdict).toEqual({
			extracted: null,
			ambiguous: true,
			correct: false
		});
		expect(fewShotScores(p, rows)).toEqual([
			{ label: 'zero-shot', correct: 1, total: 3 },
			{ label: '2-shot', correct: 1, total: 1 }
		]);
	});

	it('scores the visible answer and keeps the raw reply, thinking included, for the page', () => {
		const p = plan({ shots: [0], items: testSet.slice(0, 1) });
		const raw = '<think>\nLibrary, staff... could be NEU or NEG.\n</think>\n\nPOS';
		const [row] = fewShotRows(p, [outcome('0:0', raw)]);
		expect(row!.cells[0]).toMatchObject({
			output: raw,
			verdict: { extracted: 'POS', correct: true }
		});
	});

	it('counts a refused item as wrong and keeps its message', () => {
		const p = plan({ shots: [0], items: testSet.slice(0, 1) });
		const refused: ItemOutcome = {
			id: '0:0',
			text: '',
			result: null,
			error: { code: 'context-window', message: 'The prompt is too long.' } as ItemOutcome['error']
		};
		const [row] = fewShotRows(p, [refused]);
		expect(row!.cells[0]).toMatchObject({
			error: 'The prompt is too long.',
			verdict: { correct: false }
		});
		expect(fewShotScores(p, [row!])).toEqual([{ label: 'zero-shot', correct: 0, total: 1 }]);
	});
});

describe('on the built-in trigram engine', () => {
	it('writes the same words for every sentence whatever k is, so its score cannot move', async () => {
		// The page says so: the model reads only the last two words ("Sentiment :"), the same in
		// every prompt. If this fails, the page's note about the flat line is no longer true.
		const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
		const p = plan({ shots: [0, 1, 3], items: testSet, chat: false });
		const { outcomes } = await runQueue(engine, fewShotItems(p));
		expect(outcomes).toHaveLength(36);
		expect(new Set(outcomes.map((o) => o.text)).size).toBe(1);
		const scores = fewShotScores(p, fewShotRows(p, outcomes));
		// "its score stays at the floor": no code at all, so nothing is right.
		expect(scores.map((s) => s.correct)).toEqual([0, 0, 0]);
	});

	it('after a Stop mid-answer, counts only the answers that finished', async () => {
		const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
		const p = plan({ shots: [0, 1, 3], items: testSet, chat: false });
		const { outcomes, stopped } = await stopWhileWriting(engine, fewShotItems(p), 7);
		expect(stopped).toBe(true);
		expect(outcomes).toHaveLength(7);
		const rows = fewShotRows(p, outcomes);
		// The eighth sentence was cut short: not scored, so not a wrong answer.
		expect(rows[7]!.cells[0]).toEqual({ k: 0, output: null, error: null, verdict: null });
		expect(fewShotScores(p, rows).map((s) => [s.label, s.total])).toEqual([
			['zero-shot', 7],
			['1-shot', 0],
			['3-shot', 0]
		]);
	});
});

describe('what the trigram model reads of the scored prompts', () => {
	it('is the same for every prompt of a condition, which is why its score is flat', () => {
		expect(labEngine(builtinInfo).reads(fewShotPrompt([], 'The soup was cold.'))).toBe(
			'Sentiment :'
		);
		expect(labEngine(builtinInfo).reads(cotPrompt('How many?', 'direct'))).toBe('Answer :');
		expect(labEngine(builtinInfo).reads(cotPrompt('How many?', 'steps'))).toBe('Steps :');
	});
});
