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

	it('captures the top N of the model distribution at every step, before sampling', async () => {
		const engine = new BuiltinEngine({ corpus });
		// Greedy: the chosen word is always the most likely one, so it heads each capture.
		const { events } = await run(engine, request({ temperature: 0, capture: 4, maxTokens: 6 }));
		for (const e of events) {
			const d = e.distribution!;
			expect(d.length).toBeGreaterThan(0);
			expect(d.length).toBeLessThanOrEqual(4);
			for (let i = 1; i < d.length; i++) expect(d[i]!.prob).toBeLessThanOrEqual(d[i - 1]!.prob);
			expect(d.reduce((s, c) => s + c.prob, 0)).toBeLessThanOrEqual(1 + 1e-12);
			expect(d[0]!.prob).toBeCloseTo(e.prob, 12);
			expect(e.text).toBe(d[0]!.text);
		}
		// Not asked, not sent.
		const plain = await run(engine, request({ maxTokens: 3 }));
		expect(plain.events.every((e) => e.distribution === undefined)).toBe(true);
	});

	it('passages given as context shift the next word toward theirs, the same for the same seed', async () => {
		const engine = new BuiltinEngine({ corpus });
		const first = async (over: Partial<GenerateRequest>) => {
			const { events } = await run(
				engine,
				request({
					messages: [{ role: 'user', content: 'temperature makes' }],
					maxTokens: 1,
					capture: 5,
					...over
				})
			);
			const odds = Object.fromEntries(events[0]!.distribution!.map((d) => [d.text.trim(), d.prob]));
			return { odds, text: events[0]!.text };
		};
		const plain = await first({});
		const steered = await first({ context: ['A high temperature makes rare tokens likely.'] });
		expect(plain.odds['rare'] ?? 0).toBe(0);
		expect(steered.odds['rare']).toBeGreaterThan(0.1);
		expect(steered.odds['the']).toBeLessThan(plain.odds['the']!);
		const again = await first({ context: ['A high temperature makes rare tokens likely.'] });
		expect(again).toEqual(steered);
	});

	it('a frequency penalty makes repeated words rarer', async () => {
		const engine = new BuiltinEngine({ corpus });
		const repeats = async (frequencyPenalty: number) => {
			let total = 0;
			for (let seed = 1; seed <= 20; seed++) {
				const { events } = await run(engine, request({ seed, maxTokens: 40, frequencyPenalty }));
				const words = events.map((e) => e.text.trim().toLowerCase());
				total += words.length - new Set(words).size;
			}
			return total;
		};
		const free = await repeats(0);
		const penalised = await repeats(2);
		expect(free).toBeGreaterThan(0);
		expect(penalised).toBeLessThan(free / 2);
	});

	it('refuses a JSON schema with a message that says why and what to do', async () => {
		const engine = new BuiltinEngine({ corpus });
		await expect(run(engine, request({ jsonSchema: '{"type":"object"}' }))).rejects.toThrow(
			/cannot follow a JSON schema.*Choose a downloaded model/
		);
	});

	it('scores a continuation word by word with the probabilities it draws from; an unseen word has none', async () => {
		const engine = new BuiltinEngine({ corpus });
		const prefix = 'A low temperature makes the most';
		const scored = await engine.score({ prefix, continuation: ' likely token' });
		expect(scored.tokens.map((t) => t.text)).toEqual([' likely', ' token']);
		// Each word's probability is the one the next-token step reports after the text before it.
		const after = async (text: string, word: string) =>
			(await engine.nextTokens({ text, top: 50 })).candidates.find((c) => c.text === word)!;
		expect(Math.exp(scored.tokens[0]!.logprob)).toBeCloseTo(
			(await after(prefix, ' likely')).prob,
			12
		);
		expect(Math.exp(scored.tokens[1]!.logprob)).toBeCloseTo(
			(await after(`${prefix} likely`, ' token')).prob,
			12
		);
		// The corpus says "most likely" once: the favourite after "the most".
		expect(scored.tokens[0]!.rank).toBe(1);
		const odd = await engine.score({ prefix, continuation: ' purple token' });
		expect(odd.tokens[0]).toEqual({ id: -1, text: ' purple', logprob: -Infinity, rank: 0 });
		expect(odd.tokens[1]!.logprob).toBeLessThan(0);
		await expect(engine.score({ prefix: ' ', continuation: ' token' })).rejects.toMatchObject({
			name: 'InvalidRequest'
		});
	});

	it('unload drops the trained model and the next call trains again', async () => {
		let trained = 0;
		const engine = new BuiltinEngine({ corpus: () => (trained++, corpus()) });
		await run(engine, request({ maxTokens: 2 }));
		await engine.reset();
		await run(engine, request({ maxTokens: 2 }));
		expect(trained).toBe(1);
		await engine.unload();
		await run(engine, request({ maxTokens: 2 }));
		expect(trained).toBe(2);
	});
});
