import { describe, expect, it } from 'vitest';
import { BuiltinEngine } from './builtinEngine';
import type { GenerateRequest, TokenEvent } from '../types';

const corpus = async () => [
	'Temperature reshapes the next-token distribution before a token is drawn.',
	'A low temperature makes the most likely token win almost every time.',
	'A high temperature gives rare tokens a real chance, so the text gets more varied.',
	'Top-k keeps the k most likely tokens and drops the rest.'
];

const request = (over: Partial<GenerateRequest> = {}): GenerateRequest => ({
	messages: [{ role: 'user', content: 'A low temperature' }],
	temperature: 1,
	topK: 0,
	topP: 1,
	maxTokens: 30,
	seed: 7,
	...over
});

async function run(engine: BuiltinEngine, req: GenerateRequest, signal?: AbortSignal) {
	const events: TokenEvent[] = [];
	const result = await engine.generate(req, (e) => events.push(e), signal);
	return { events, result };
}

describe('built-in engine', () => {
	it('streams tokens whose pieces add up to the final text, with usage', async () => {
		const engine = new BuiltinEngine({ corpus });
		const { events, result } = await run(engine, request({ alternatives: 3 }));
		expect(events.length).toBeGreaterThan(0);
		expect(events.map((e) => e.text).join('')).toBe(result.text);
		expect(result.usage.completionTokens).toBe(events.length);
		expect(result.usage.promptTokens).toBe(3);
		for (const e of events) {
			expect(e.prob).toBeGreaterThan(0);
			expect(e.prob).toBeLessThanOrEqual(1);
			expect(e.alternatives!.length).toBeLessThanOrEqual(3);
		}
	});

	it('the same seed gives the same text; greedy decoding continues the training sentence', async () => {
		const engine = new BuiltinEngine({ corpus });
		const a = await run(engine, request({ seed: 1, temperature: 1.5 }));
		const b = await run(engine, request({ seed: 1, temperature: 1.5 }));
		expect(b.result.text).toBe(a.result.text);
		const greedy = await run(engine, request({ temperature: 0 }));
		expect(greedy.result.text).toBe(' makes the most likely token win almost every time.');
		expect(greedy.result.finishReason).toBe('stop');
	});

	it('stops at maxTokens, at a stop string, and when aborted', async () => {
		const engine = new BuiltinEngine({ corpus });
		const short = await run(engine, request({ temperature: 0, maxTokens: 2 }));
		expect(short.result).toMatchObject({ text: ' makes the', finishReason: 'length' });
		const stopped = await run(engine, request({ temperature: 0, stop: ['likely'] }));
		expect(stopped.result.text).toBe(' makes the most likely');
		const controller = new AbortController();
		controller.abort();
		const aborted = await run(engine, request(), controller.signal);
		expect(aborted.result).toMatchObject({ text: '', finishReason: 'abort' });
	});
});
