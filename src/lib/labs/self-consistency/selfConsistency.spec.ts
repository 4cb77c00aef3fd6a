import { describe, expect, it } from 'vitest';
import { budget, curve, majorityVote, selfConsistencyItems } from './selfConsistency';
import type { ItemOutcome } from '../kit/runQueue';
import type { RequestSettings } from '../kit/adapter';

describe('majorityVote', () => {
	it('picks the answer most samples reach, ignoring replies without a number', () => {
		expect(majorityVote([12, null, 30, 12, null])).toBe(12);
		expect(majorityVote([null, null])).toBeNull();
	});

	it('breaks a tie towards the answer that appeared first', () => {
		expect(majorityVote([5, 7, 7, 5])).toBe(5);
	});
});

const problems = [
	{ question: 'Two plus two?', answer: 4 },
	{ question: 'Three times three?', answer: 9 }
];
const request = (text: string, settings: RequestSettings) => ({
	messages: [{ role: 'user' as const, content: text }],
	...settings
});

describe('the batch', () => {
	it('samples each problem N times with seeds seed…seed+N-1 and the step-by-step prompt', () => {
		const plan = { problems, samples: 2, seed: 7, chat: true, thinking: false };
		const items = selfConsistencyItems(plan, request);
		expect(items.map((i) => [i.id, i.request.seed])).toEqual([
			['0:0', 7],
			['0:1', 8],
			['1:0', 7],
			['1:1', 8]
		]);
		expect(items[0]!.request.messages[0]!.content).toMatch(/Two plus two\?\nThink step by step/);
		expect(items[0]!.request).toMatchObject({ temperature: 0.7, maxTokens: 300, thinking: false });
	});

	it('gives a thinking model room for its thinking, and the trigram model a short run', () => {
		expect(budget(true, true)).toBeGreaterThan(budget(true, false));
		expect(budget(false, false)).toBe(24);
	});
});

describe('the curve', () => {
	const plan = { problems, samples: 4, seed: 0, chat: true, thinking: false };
	const out = (id: string, text: string, tokens: number): ItemOutcome => ({
		id,
		text,
		result: {
			text,
			finishReason: 'stop',
			usage: { promptTokens: 5, completionTokens: tokens } as never
		},
		error: null
	});

	it('lets the vote overturn a wrong first sample as N grows, and counts the tokens spent', () => {
		const outcomes = [
			out('0:0', 'Answer: 5', 10),
			out('0:1', 'Answer: 4', 10),
			out('0:2', 'so it is 4', 10),
			out('0:3', 'Answer: 4', 10),
			out('1:0', 'Answer: 9', 20),
			out('1:1', 'Answer: 9', 20),
			out('1:2', 'Answer: 8', 20),
			out('1:3', 'no idea', 20)
		];
		expect(curve(plan, outcomes)).toEqual([
			{ n: 1, problems: 2, correct: 1, tokens: 15 },
			{ n: 2, problems: 2, correct: 1, tokens: 30 },
			{ n: 4, problems: 2, correct: 2, tokens: 60 }
		]);
	});

	it('plots a point only for problems whose first N samples have all ended', () => {
		const points = curve(plan, [out('0:0', 'Answer: 4', 10)]);
		expect(points.map((p) => p.problems)).toEqual([1, 0, 0]);
		expect(points[1]).toMatchObject({ correct: 0, tokens: 0 });
	});
});
