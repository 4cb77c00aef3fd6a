import { describe, expect, it } from 'vitest';
import { builtinCapabilities } from '$lib/engine/builtin/builtinEngine';
import { validateRequest } from '$lib/engine/request';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { scoredRequest } from './scoredRequest';

describe('scoredRequest', () => {
	it('is one greedy user message with the seed, the budget and thinking off', () => {
		expect(scoredRequest('Label it.\nSentiment:', { seed: 12, maxTokens: 16 })).toEqual({
			messages: [{ role: 'user', content: 'Label it.\nSentiment:' }],
			temperature: 0,
			topK: 0,
			topP: 1,
			maxTokens: 16,
			seed: 12,
			thinking: false
		});
	});

	it('is a request both kinds of engine accept', () => {
		const r = scoredRequest('How many?\nAnswer:', { seed: 0, maxTokens: 300 });
		for (const caps of [builtinCapabilities, webllmCapabilities])
			expect(validateRequest(r, caps)).toEqual([]);
	});
});
