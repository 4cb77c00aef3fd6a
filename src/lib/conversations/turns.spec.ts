// A stored turn is its own type: a reply keeps its stats, and what only this visit knows (token
// probabilities, prompt speed, Stop) is never saved and never made up for a stored turn.
import { describe, expect, it } from 'vitest';
import type { GenerationResult, TokenEvent } from '$lib/engine/types';
import { fromStored, replyOf, toStored, type ChatTurn } from './turns';

const result: GenerationResult = {
	text: 'Hello',
	finishReason: 'abort',
	usage: {
		promptTokens: 14,
		completionTokens: 2,
		decodeTokensPerSecond: 30,
		timeToFirstTokenMs: 12,
		prefillTokensPerSecond: 400
	}
};
const tokens: TokenEvent[] = [{ text: 'Hello', prob: 0.9 }];

describe('a turn stored and shown', () => {
	it('a reply keeps its three stats; what only this visit knows is never saved', () => {
		const reply: ChatTurn = {
			id: 'a',
			role: 'assistant',
			content: 'Hello',
			...replyOf(result, tokens)
		};
		expect(reply.stats).toEqual({
			completionTokens: 2,
			decodeTokensPerSecond: 30,
			timeToFirstTokenMs: 12
		});
		expect(reply.visit).toEqual({ tokens, prefillTokensPerSecond: 400, stopped: true });
		expect(toStored(reply)).toEqual({
			id: 'a',
			role: 'assistant',
			content: 'Hello',
			stats: reply.stats
		});
	});

	it('a stored turn comes back as it was, with nothing made up', () => {
		const stored = {
			id: 'a',
			role: 'assistant' as const,
			content: 'Hi',
			stats: { completionTokens: 1, decodeTokensPerSecond: 5, timeToFirstTokenMs: 3 }
		};
		const shown = fromStored(stored);
		expect(shown).toEqual(stored);
		expect(shown).not.toHaveProperty('visit');
		expect(fromStored({ id: 'u', role: 'user', content: 'Q' })).not.toHaveProperty('stats');
	});
});
