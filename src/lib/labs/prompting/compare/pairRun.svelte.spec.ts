import { EngineFailure } from '$lib/engine/errors';
import { describe, expect, it } from 'vitest';
import { BuiltinEngine, builtinCapabilities } from '$lib/engine/builtin/builtinEngine';
import { validateRequest } from '$lib/engine/request';
import type { Engine } from '$lib/engine/types';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { PairRun } from './pairRun.svelte';
import { compareRequest } from './request';

const corpus = async () => [
	'Write a short note for the team. The note says the app works offline.',
	'The app syncs notes between phone and laptop for busy students.'
];

describe('compareRequest', () => {
	it('differs between the sides only in the prompt, and every engine accepts it', () => {
		const a = compareRequest('Write about the app.', 7);
		const b = compareRequest('You are a copywriter. Write a note.', 7);
		expect({ ...a, messages: [] }).toEqual({ ...b, messages: [] });
		for (const caps of [builtinCapabilities, webllmCapabilities])
			expect(validateRequest(b, caps, 'engine', 200)).toEqual([]);
	});
});

describe('PairRun', () => {
	it('runs the second side after the first, both done, same seed → same text for the same prompt', async () => {
		const pair = new PairRun();
		const engine = new BuiltinEngine({ corpus });
		const done = pair.start(engine, [compareRequest('The app', 3), compareRequest('The app', 3)]);
		expect(pair.running).toBe(true);
		await done;
		expect(pair.running).toBe(false);
		expect(pair.sides.map((s) => s.phase)).toEqual(['done', 'done']);
		expect(pair.sides[0].text.length).toBeGreaterThan(0);
		expect(pair.sides[1].text).toBe(pair.sides[0].text);
	});

	it('Stop during the first side ends it and never starts the second', async () => {
		const pair = new PairRun();
		const engine = new BuiltinEngine({ corpus, tokenDelayMs: 5 });
		const done = pair.start(engine, [compareRequest('The app', 1), compareRequest('The note', 1)]);
		await new Promise((r) => setTimeout(r, 20));
		pair.stop();
		await done;
		expect(pair.running).toBe(false);
		expect(pair.sides[0].phase).toBe('stopped');
		expect(pair.sides[1].phase).toBe('idle');
	});

	it('a new start replaces the sides, so the old second column does not linger', async () => {
		const pair = new PairRun();
		const engine = new BuiltinEngine({ corpus });
		await pair.start(engine, [compareRequest('The app', 1), compareRequest('The note', 1)]);
		const old = pair.sides;
		const again = pair.start(engine, [compareRequest('The app', 1), compareRequest('The note', 1)]);
		expect(pair.sides).not.toBe(old);
		expect(pair.sides[1].phase).toBe('idle');
		await again;
		expect(pair.sides[1].phase).toBe('done');
	});

	it('does not start the second side after an engine-wide failure, but does after a refused prompt', async () => {
		const builtin = new BuiltinEngine({ corpus });
		let calls = 0;
		const losing = {
			info: builtin.info,
			load: () => builtin.load(),
			generate: async () => {
				calls++;
				throw new EngineFailure({
					code: 'device-lost',
					name: 'DeviceLostError',
					message: 'GPU device was lost'
				});
			}
		} as unknown as Engine;
		const pair = new PairRun();
		await pair.start(losing, [compareRequest('The app', 1), compareRequest('The note', 1)]);
		expect(calls).toBe(1);
		expect(pair.sides.map((s) => s.phase)).toEqual(['failed', 'idle']);
		expect(pair.sides[0].error?.code).toBe('device-lost');
		expect(pair.halted).toBe(true);
		expect(pair.running).toBe(false);

		// The built-in engine refuses a schema: that prompt's problem only, so the other side runs.
		const refused = { ...compareRequest('The app', 1), jsonSchema: '{}' };
		await pair.start(builtin, [refused, compareRequest('The note', 1)]);
		expect(pair.sides.map((s) => s.phase)).toEqual(['failed', 'done']);
		expect(pair.sides[0].error?.code).toBe('invalid-request');
		expect(pair.halted).toBe(false);
	});
});
