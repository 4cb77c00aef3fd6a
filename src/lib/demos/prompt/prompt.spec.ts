// The request a prepared experiment sends (which text each kind of engine gets: kit/adapter.spec.ts).
import { describe, expect, it } from 'vitest';
import { promptRequest } from './prompt';

describe('prompt experiments', () => {
	it('builds one user message with the sampling values and the capture the view needs', () => {
		const r = promptRequest(
			'Hello',
			{
				temperature: 0.5,
				topK: 0,
				topP: 1,
				minP: 0,
				maxTokens: 9,
				seed: 1,
				frequencyPenalty: 0,
				presencePenalty: 0,
				repetitionPenalty: 1
			},
			true
		);
		expect(r).toMatchObject({
			messages: [{ role: 'user', content: 'Hello' }],
			temperature: 0.5,
			maxTokens: 9,
			seed: 1,
			capture: 10
		});
		expect(
			promptRequest(
				'Hello',
				{
					temperature: 0.5,
					topK: 0,
					topP: 1,
					minP: 0,
					maxTokens: 9,
					seed: null,
					frequencyPenalty: 0,
					presencePenalty: 0,
					repetitionPenalty: 1
				},
				false
			).capture
		).toBe(0);
	});
});
