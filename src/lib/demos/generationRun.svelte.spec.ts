import { EngineFailure } from '$lib/engine/errors';
import { describe, expect, it } from 'vitest';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import { fakeEngine } from '$lib/labs/kit/fakeEngine';
import { GenerationRun } from './generationRun.svelte';

const corpus = async () => ['The model writes one token at a time and shows each probability.'];
const request = {
	messages: [{ role: 'user' as const, content: 'The model' }],
	temperature: 0,
	topK: 0,
	topP: 1,
	maxTokens: 50
};

describe('GenerationRun', () => {
	it('goes from idle through streaming to done, collecting the text', async () => {
		const run = new GenerationRun();
		expect(run.phase).toBe('idle');
		const done = run.start(new BuiltinEngine({ corpus }), request);
		expect(run.phase).toBe('loading');
		await done;
		expect(run.phase).toBe('done');
		expect(run.text).toBe(' writes one token at a time and shows each probability.');
		expect(run.tokens.map((t) => t.text).join('')).toBe(run.text);
		expect(run.result?.finishReason).toBe('stop');
	});

	it('Stop while the engine is still loading ends in "stopped", not stuck in loading', async () => {
		const run = new GenerationRun();
		const done = run.start(new BuiltinEngine({ corpus }), request);
		run.stop();
		await done;
		expect(run.phase).toBe('stopped');
		expect(run.busy).toBe(false);
	});

	it('a failing engine ends in "failed" with its message', async () => {
		const broken = fakeEngine({
			info: { label: 'Broken' },
			load: async () => {
				throw new EngineFailure({
					code: 'device-lost',
					name: 'DeviceLostError',
					message: 'The WebGPU device was lost while loading the model.'
				});
			}
		});
		const run = new GenerationRun();
		await run.start(broken, request);
		expect(run.phase).toBe('failed');
		expect(run.error?.code).toBe('device-lost');
		expect(run.error?.message).toMatch(/smaller model/);
	});

	it('Stop during a load that never ends frees the page at once', async () => {
		const stalled = fakeEngine({ load: () => new Promise(() => {}) });
		const run = new GenerationRun();
		void run.start(stalled, request);
		expect(run.phase).toBe('loading');
		run.stop();
		expect(run.phase).toBe('stopped');
		expect(run.busy).toBe(false);
	});

	it('a second run replaces the first', async () => {
		const engine = new BuiltinEngine({ corpus, tokenDelayMs: 5 });
		const run = new GenerationRun();
		const first = run.start(engine, { ...request, maxTokens: 3 });
		const second = run.start(engine, { ...request, maxTokens: 2 });
		await Promise.all([first, second]);
		expect(run.phase).toBe('done');
		expect(run.result?.usage.completionTokens).toBe(2);
		expect(run.text).toBe(' writes one');
	});
});
