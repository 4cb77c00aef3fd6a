import { describe, expect, it } from 'vitest';
import { agreement, consistencyItems, consistencyRows, normaliseAnswer } from './consistency';
import type { ItemOutcome } from '../kit/runQueue';
import type { RequestSettings } from '../kit/adapter';

describe('normaliseAnswer', () => {
	it('keeps the first line of the answer, without case, punctuation or an "Answer:" label', () => {
		expect(normaliseAnswer('\n  Answer: 1867.\nShe was born in Warsaw.')).toBe('1867');
		expect(normaliseAnswer('Marie Curie, born 1867!')).toBe('marie curie born 1867');
	});

	it('skips a reasoning model’s thinking and cuts a long line to eight words', () => {
		expect(normaliseAnswer('<think>maybe 1900</think>1867')).toBe('1867');
		expect(normaliseAnswer('one two three four five six seven eight nine ten')).toBe(
			'one two three four five six seven eight'
		);
	});
});

describe('agreement', () => {
	it('is complete when every sample gives the same answer', () => {
		expect(agreement(['1867', '1867', '1867'])).toEqual({
			majority: '1867',
			count: 3,
			total: 3,
			share: 1,
			jaccard: 1
		});
	});

	it('drops when the answers scatter, as made-up facts do', () => {
		const a = agreement(['1812', '1867', '1901', '1867']);
		expect(a.majority).toBe('1867');
		expect(a.share).toBe(0.5);
		// Only one of the six pairs shares its word.
		expect(a.jaccard).toBeCloseTo(1 / 6);
	});

	it('credits answers that agree in part through the word overlap', () => {
		const a = agreement(['1867', 'born 1867']);
		expect(a.share).toBe(0.5);
		expect(a.jaccard).toBe(0.5);
	});

	it('breaks a tie towards the answer seen first and handles no answers', () => {
		expect(agreement(['b', 'a', 'a', 'b']).majority).toBe('b');
		expect(agreement([])).toMatchObject({ total: 0, share: 0, jaccard: 0 });
	});
});

describe('the batch', () => {
	const plan = { questions: ['Real?', 'Made up?'], samples: 3, seed: 10, chat: true };
	const request = (text: string, settings: RequestSettings) => ({
		messages: [{ role: 'user' as const, content: text }],
		...settings
	});

	it('asks both questions with the same seeds, so only the question differs', () => {
		const items = consistencyItems(plan, request);
		expect(items.map((i) => [i.request.messages[0]!.content, i.request.seed])).toEqual([
			['Real?', 10],
			['Real?', 11],
			['Real?', 12],
			['Made up?', 10],
			['Made up?', 11],
			['Made up?', 12]
		]);
		expect(items.every((i) => i.request.temperature! > 0 && i.request.thinking === false)).toBe(
			true
		);
	});

	it('scores each question from the answers that came back, refusals left out', () => {
		const out = (id: string, text: string, refused = false): ItemOutcome => ({
			id,
			text,
			result: null,
			error: refused ? { code: 'invalid-request', message: 'Too long.', detail: '' } : null
		});
		const rows = consistencyRows(plan, [
			out('0:0', '1867'),
			out('0:1', '1867.'),
			out('0:2', 'x', true),
			out('1:0', '1790'),
			out('1:1', '1822')
		]);
		expect(rows[0]).toMatchObject({ answers: ['1867', '1867'], agreement: { share: 1 } });
		expect(rows[1]).toMatchObject({ answers: ['1790', '1822'], agreement: { share: 0.5 } });
	});
});
