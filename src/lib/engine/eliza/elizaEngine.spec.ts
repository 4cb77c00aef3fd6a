// The ELIZA engine as a lab's request reaches it in the worker.
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../request';
import type { GenerateRequest } from '../types';
import { ElizaEngine } from './elizaEngine';

const request = (messages: string[], extra: Partial<GenerateRequest> = {}): GenerateRequest => ({
	messages: messages.map((content) => ({ role: 'user' as const, content })),
	temperature: 0.7,
	topK: 0,
	topP: 1,
	maxTokens: 60,
	seed: 1,
	...extra
});

describe('ELIZA engine', () => {
	it('streams its reply word by word, each with probability 1, and answers the whole conversation', async () => {
		const engine = new ElizaEngine();
		const streamed: string[] = [];
		const result = await engine.generate(
			request(['My job is too much', 'The weather is grey'], { capture: 1 }),
			(t) => {
				streamed.push(t.text);
				expect(t.distribution).toEqual([{ text: t.text, prob: 1 }]);
			}
		);
		expect(result.text).toBe('Earlier you mentioned your job is too much.');
		expect(streamed.join('')).toBe(result.text);
		expect(streamed.length).toBe(8);
		expect(result.finishReason).toBe('stop');
		expect(result.usage.promptTokens).toBe(9);
	});

	it('stops at the token limit and when aborted', async () => {
		const engine = new ElizaEngine();
		const short = await engine.generate(request(['I am tired'], { maxTokens: 3 }), () => {});
		expect(short).toMatchObject({ text: 'How long have', finishReason: 'length' });
		const stop = new AbortController();
		const aborted = await engine.generate(request(['I am tired']), () => stop.abort(), stop.signal);
		expect(aborted).toMatchObject({ text: 'How', finishReason: 'abort' });
	});

	it('refuses what it cannot do with the usual messages', async () => {
		const engine = new ElizaEngine();
		await expect(engine.generate(request(['hi'], { topK: 5 }), () => {})).rejects.toBeInstanceOf(
			InvalidRequestError
		);
		await expect(engine.embed({ texts: ['a'], as: 'query' })).rejects.toThrow(/vectors|embed/i);
		await expect(engine.score({ prefix: 'I am', continuation: ' sad' })).rejects.toThrow(
			'ELIZA-style rules gives no probabilities to score a text with: choose the built-in trigram model or a downloaded chat model.'
		);
	});

	it('its next-token "distribution" is one word, certain', async () => {
		const next = await new ElizaEngine().nextTokens({ text: 'I am tired', top: 1 });
		expect(next).toEqual({
			candidates: [{ id: 0, text: 'How', prob: 1 }],
			otherMass: 0,
			otherCount: 0,
			complete: true
		});
	});
});
