import { describe, expect, it } from 'vitest';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import type { GenerateRequest } from '$lib/engine/types';
import { fakeEngine } from './fakeEngine';
import { runQueue } from './runQueue';

const corpus = async () => [
	'The model reads the prompt and writes an answer.',
	'The model writes a short answer to the question.'
];
const ask = (content: string, extra: Partial<GenerateRequest> = {}): GenerateRequest => ({
	messages: [{ role: 'user', content }],
	maxTokens: 5,
	temperature: 0,
	topK: 0,
	topP: 1,
	seed: 1,
	...extra
});

describe('runQueue', () => {
	it('runs every item in order and reports each outcome', async () => {
		const engine = new BuiltinEngine({ corpus });
		const started: number[] = [];
		const { outcomes, fatal, stopped } = await runQueue(
			engine,
			[
				{ id: 'a', request: ask('The model') },
				{ id: 'b', request: ask('a short') }
			],
			{ onStart: (i) => started.push(i) }
		);
		expect(started).toEqual([0, 1]);
		expect(outcomes.map((o) => o.id)).toEqual(['a', 'b']);
		expect(outcomes.every((o) => o.error === null && o.text.length > 0)).toBe(true);
		expect(fatal).toBeNull();
		expect(stopped).toBe(false);
	});

	it('records a refused request and goes on with the next item', async () => {
		const engine = new BuiltinEngine({ corpus });
		const { outcomes, fatal } = await runQueue(engine, [
			{ id: 'bad', request: ask('The model', { temperature: -1 }) },
			{ id: 'good', request: ask('The model') }
		]);
		expect(outcomes[0]!.error?.code).toBe('invalid-request');
		expect(outcomes[1]!.error).toBeNull();
		expect(fatal).toBeNull();
	});

	it('ends the run when the engine fails for good, without asking it again', async () => {
		let calls = 0;
		const engine = fakeEngine({
			generate: async () => {
				calls++;
				throw new Error('DeviceLostError: the GPU went away');
			}
		});
		const { outcomes, fatal } = await runQueue(engine, [
			{ id: 'a', request: ask('x') },
			{ id: 'b', request: ask('y') }
		]);
		expect(calls).toBe(1);
		expect(outcomes).toHaveLength(1);
		expect(fatal?.code).toBe('device-lost');
	});

	it('leaves an item cut short by Stop out of the outcomes, so it is never scored', async () => {
		const engine = new BuiltinEngine({ corpus, tokenDelayMs: 5 });
		const controller = new AbortController();
		const { outcomes, stopped } = await runQueue(
			engine,
			[
				{ id: 'a', request: ask('The model', { maxTokens: 50 }) },
				{ id: 'b', request: ask('The model', { maxTokens: 50 }) }
			],
			{ onText: () => controller.abort() },
			controller.signal
		);
		expect(outcomes).toEqual([]);
		expect(stopped).toBe(true);
	});

	it('an engine that ends a stopped item with an error is still a Stop, not a failure', async () => {
		const controller = new AbortController();
		const engine = fakeEngine({
			generate: async () => {
				controller.abort();
				throw new Error('AbortError: the user stopped');
			}
		});
		const end = await runQueue(engine, [{ id: 'a', request: ask('x') }], {}, controller.signal);
		expect(end).toEqual({ outcomes: [], fatal: null, stopped: true });
	});

	it('stops before the next item when aborted', async () => {
		const engine = new BuiltinEngine({ corpus });
		const controller = new AbortController();
		const { outcomes, stopped } = await runQueue(
			engine,
			[
				{ id: 'a', request: ask('The model') },
				{ id: 'b', request: ask('The model') }
			],
			{ onOutcome: () => controller.abort() },
			controller.signal
		);
		expect(outcomes).toHaveLength(1);
		expect(stopped).toBe(true);
	});
});
