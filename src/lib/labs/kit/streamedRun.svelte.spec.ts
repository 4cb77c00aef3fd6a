import { describe, expect, it } from 'vitest';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import type { Engine } from '$lib/engine/types';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { fakeEngine } from './fakeEngine';
import { StreamedRun } from './streamedRun.svelte';

const corpus = async () => ['The model writes one token at a time and shows each probability.'];
const request = {
	messages: [{ role: 'user' as const, content: 'The model' }],
	temperature: 0,
	topK: 0,
	topP: 1,
	maxTokens: 20
};

describe('StreamedRun', () => {
	it('names the answer after the engine it ran on, even once another engine is chosen', async () => {
		let engine: Engine = new BuiltinEngine({ corpus });
		const stream = new StreamedRun<{ label: string; prompt: string }>(() => engine);
		expect(stream.view.status).toBe('Not run yet.');
		const done = stream.start({ prompt: 'The model' }, request);
		expect(stream.ran).toEqual({ prompt: 'The model', label: 'Built-in trigram model' });
		expect(stream.view.status).toMatch(/^Preparing Built-in trigram model…/);
		await done;
		expect(stream.view.status).toMatch(/^Built-in trigram model: \d+ tokens, finished its text/);

		engine = fakeEngine({ info: { label: 'Chat model', capabilities: webllmCapabilities } });
		expect(stream.adapter.chat).toBe(true);
		expect(stream.view.status).toMatch(/^Built-in trigram model: /);
	});
});
