// The run queue as the prompt comparison and the RAG lab use it: two answers, one after the
// other, each worded by itemState as its column shows it.
import { describe, expect, it } from 'vitest';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import type { GenerateRequest } from '$lib/engine/types';
import { fakeEngine } from './fakeEngine';
import { RunQueue } from './runQueue.svelte';
import { itemState, words } from './runState';

const corpus = async () => [
	'Write a short note for the team. The note says the app works offline.',
	'The app syncs notes between phone and laptop for busy students.'
];
const ask = (content: string, extra: Partial<GenerateRequest> = {}): GenerateRequest => ({
	messages: [{ role: 'user', content }],
	temperature: 0.7,
	topK: 40,
	topP: 0.95,
	maxTokens: 30,
	seed: 3,
	...extra
});
const pair = (a: GenerateRequest, b: GenerateRequest) => [
	{ id: 'a', request: a },
	{ id: 'b', request: b }
];
const side = (run: RunQueue, i: number) => itemState(run, i, 'M');

describe('RunQueue', () => {
	it('runs the second side after the first, both done, same seed → same text for the same prompt', async () => {
		const run = new RunQueue();
		const engine = new BuiltinEngine({ corpus });
		const done = run.start(engine, pair(ask('The app'), ask('The app')));
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
		const done = run.start(engine, pair(ask('The app'), ask('The note')));
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
		await run.start(engine, pair(ask('The app'), ask('The note')));
		const again = run.start(engine, pair(ask('The app'), ask('The note')));
		expect(side(run, 1).text).toBe('');
		await again;
		expect(side(run, 1).done).toBe(true);
	});

	it('does not start the second side after an engine-wide failure, but does after a refused prompt', async () => {
		let calls = 0;
		const losing = fakeEngine({
			generate: async () => {
				calls++;
				throw Object.assign(new Error('GPU device was lost'), { name: 'DeviceLostError' });
			}
		});
		const run = new RunQueue();
		await run.start(losing, pair(ask('The app'), ask('The note')));
		expect(calls).toBe(1);
		expect(run.phase).toBe('failed');
		expect(side(run, 0).error?.code).toBe('device-lost');
		expect(side(run, 1).status).toBe(words.notRun);

		// The built-in engine refuses a schema: that prompt's problem only, so the other side runs.
		const builtin = new BuiltinEngine({ corpus });
		await run.start(builtin, pair(ask('The app', { jsonSchema: '{}' }), ask('The note')));
		expect(side(run, 0).error?.code).toBe('invalid-request');
		expect(side(run, 1).done).toBe(true);
		expect(run.phase).toBe('done');
	});

	it('a load that fails ends the run with the engine’s message on every side', async () => {
		const run = new RunQueue();
		const broken = fakeEngine({
			load: async () => {
				throw new Error('DeviceLostError: The WebGPU device was lost while loading the model.');
			}
		});
		expect(await run.start(broken, pair(ask('a'), ask('b')))).toEqual([]);
		expect(run.phase).toBe('failed');
		expect(side(run, 1).error?.code).toBe('device-lost');
	});
});
