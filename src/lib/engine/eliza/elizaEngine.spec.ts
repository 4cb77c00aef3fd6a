// The ELIZA engine as a lab's request reaches it in the worker.
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../request';
import type { GenerateRequest, TokenEvent } from '../types';
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

	it('ignores every sampling setting: any values, even out of range, give the same answer', async () => {
		const engine = new ElizaEngine();
		const plain = await engine.generate(request(['I am tired of you']), () => {});
		const tokens: TokenEvent[] = [];
		const wild = await engine.generate(
			request(['I am tired of you'], {
				temperature: 2,
				topK: 40,
				topP: 0.01,
				minP: 0.5,
				seed: 99,
				frequencyPenalty: 2,
				presencePenalty: -2,
				repetitionPenalty: 2,
				alternatives: 5,
				capture: 10
			}),
			(t) => tokens.push(t)
		);
		expect(wild.text).toBe(plain.text);
		expect(wild.text).toMatch(/How long have you been tired of me/);
		// However many alternatives are asked for, a rule's word is the only one, certain.
		expect(tokens[0]!.alternatives).toEqual([{ text: tokens[0]!.text, prob: 1 }]);
		expect(tokens[0]!.distribution).toHaveLength(1);
	});

	it('refuses what it cannot do, each with the one message that names another engine', async () => {
		const engine = new ElizaEngine();
		const refused = async (call: Promise<unknown>) => {
			const e = await call.then(
				() => null,
				(e: unknown) => e
			);
			expect(e).toBeInstanceOf(InvalidRequestError);
			return (e as Error).message;
		};
		expect(await refused(engine.nextTokens({ text: 'I am tired', top: 1 }))).toBe(
			'ELIZA-style rules cannot show next-token probabilities: a rule has one answer and no probabilities. Choose the built-in trigram model or a downloaded chat model with the Engine button.'
		);
		expect(await refused(engine.score({ prefix: 'I am', continuation: ' sad' }))).toBe(
			'ELIZA-style rules cannot score a text: a rule has one answer and no probabilities. Choose the built-in trigram model or a downloaded chat model with the Engine button.'
		);
		expect(await refused(engine.embed({ texts: ['a'], as: 'query' }))).toMatch(/no embeddings/);
		expect(
			await refused(
				engine.generate(
					request(['hi'], { watermark: { key: 'k', gamma: 0.5, delta: 2 } }),
					() => {}
				)
			)
		).toMatch(/^ELIZA-style rules cannot embed a watermark/);
		expect(await refused(engine.generate(request(['  ']), () => {}))).toMatch(/no message/);
	});
});
