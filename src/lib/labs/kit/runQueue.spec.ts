import { EngineFailure } from '$lib/engine/errors';
import { describe, expect, it } from 'vitest';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import type { GenerateRequest } from '$lib/engine/types';
import { fakeEngine } from './fakeEngine';
import { runQueue } from './runQueue';
import { RunQueue } from './runQueue.svelte';
import { itemState, words } from './runState';

const corpus = async () => [
	'The model reads the prompt and writes an answer.',
	'The model writes a short answer to the question.',
	'Write a short note for the team. The note says the app works offline.',
	'The app syncs notes between phone and laptop for busy students.'
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
/** What WebLLM throws when the GPU goes away: an engine-wide failure, not one prompt's problem. */
const deviceLost = (message: string) =>
	new EngineFailure({ code: 'device-lost', name: 'DeviceLostError', message });
/** An engine that loses its GPU on every answer it is asked for, counting the asks. */
function losingEngine(message: string) {
	const lost = {
		calls: 0,
		engine: fakeEngine({
			generate: async () => {
				lost.calls++;
				throw deviceLost(message);
			}
		})
	};
	return lost;
}

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
		const lost = losingEngine('the GPU went away');
		const { outcomes, fatal } = await runQueue(lost.engine, [
			{ id: 'a', request: ask('x') },
			{ id: 'b', request: ask('y') }
		]);
		expect(lost.calls).toBe(1);
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

// The run queue as the prompt comparison and the RAG lab use it: two answers, one after the
// other, each worded by itemState as its column shows it.
/** Long enough for a Stop to land while the first side writes. */
const long = (content: string) => ask(content, { maxTokens: 30 });
const pair = (a: GenerateRequest, b: GenerateRequest) => [
	{ id: 'a', request: a },
	{ id: 'b', request: b }
];
const side = (run: RunQueue, i: number) => itemState(run, i, 'M');

describe('RunQueue', () => {
	it('runs the second side after the first, both done, same seed → same text for the same prompt', async () => {
		const run = new RunQueue();
		const engine = new BuiltinEngine({ corpus });
		const done = run.start(engine, pair(long('The app'), long('The app')));
		expect(run.busy).toBe(true);
		await done;
		expect(run.phase).toBe('done');
		expect([side(run, 0).done, side(run, 1).done]).toEqual([true, true]);
		expect(side(run, 0).text.length).toBeGreaterThan(0);
		expect(side(run, 1).text).toBe(side(run, 0).text);
	});

	it('Stop during the first side ends it and never starts the second', async () => {
		const run = new RunQueue();
		const engine = new BuiltinEngine({ corpus, tokenDelayMs: 5 });
		const done = run.start(engine, pair(long('The app'), long('The note')));
		await new Promise((r) => setTimeout(r, 20));
		expect(side(run, 1).status).toBe(words.waiting);
		run.stop();
		await done;
		expect(run.busy).toBe(false);
		expect(side(run, 0).status).toBe(words.stoppedWriting);
		expect(side(run, 0).text.length).toBeGreaterThan(0);
		expect(side(run, 1)).toMatchObject({ status: words.stoppedBefore, text: '' });
	});

	it('a new start clears the old answers, so the old second column does not linger', async () => {
		const run = new RunQueue();
		const engine = new BuiltinEngine({ corpus });
		await run.start(engine, pair(long('The app'), long('The note')));
		const again = run.start(engine, pair(long('The app'), long('The note')));
		expect(side(run, 1).text).toBe('');
		await again;
		expect(side(run, 1).done).toBe(true);
	});

	it('does not start the second side after an engine-wide failure, but does after a refused prompt', async () => {
		const lost = losingEngine('GPU device was lost');
		const run = new RunQueue();
		await run.start(lost.engine, pair(long('The app'), long('The note')));
		expect(lost.calls).toBe(1);
		expect(run.phase).toBe('failed');
		expect(side(run, 0).error?.code).toBe('device-lost');
		expect(side(run, 1).status).toBe(words.notRun);

		// The built-in engine refuses a schema: that prompt's problem only, so the other side runs.
		const builtin = new BuiltinEngine({ corpus });
		await run.start(builtin, pair(ask('The app', { jsonSchema: '{}' }), long('The note')));
		expect(side(run, 0).error?.code).toBe('invalid-request');
		expect(side(run, 1).done).toBe(true);
		expect(run.phase).toBe('done');
	});

	it('a load that fails ends the run with the engine’s message on every side', async () => {
		const run = new RunQueue();
		const broken = fakeEngine({
			load: async () => {
				throw deviceLost('The WebGPU device was lost while loading the model.');
			}
		});
		expect(await run.start(broken, pair(ask('a'), ask('b')))).toEqual([]);
		expect(run.phase).toBe('failed');
		expect(side(run, 1).error?.code).toBe('device-lost');
	});
});
