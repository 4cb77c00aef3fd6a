// The request one reply sends, and the settings a fresh playground starts from.
import { expect, it } from 'vitest';
import { builtinEngine, webllmEngine } from '$lib/engine';
import { buildRequest, playgroundDefaults } from './request';
import { baseSettings } from './fixtures';

const record = {
	model: 'https://example.test/m',
	model_id: 'm',
	model_lib: 'https://example.test/m.wasm'
};

const base = baseSettings;

it('a fresh playground starts from the sampling table’s defaults', () => {
	expect(playgroundDefaults).toMatchObject({
		temperature: 0.7,
		topP: 0.95,
		topK: 40,
		maxTokens: 256,
		seed: null,
		frequencyPenalty: 0,
		presencePenalty: 0,
		repetitionPenalty: 1,
		jsonSchema: '',
		showChoices: false
	});
});

it('builds the request: system prompt only where the engine reads it, capture when choices are shown', () => {
	const turns = [{ role: 'user' as const, content: 'Hi' }];
	const settings = { ...base, system: 'Be brief', showChoices: true, jsonSchema: '{}' };
	const gpu = buildRequest(turns, settings, webllmEngine(record, 'Tiny'));
	expect(gpu.messages[0]).toEqual({ role: 'system', content: 'Be brief' });
	expect(gpu).toMatchObject({ capture: 10, alternatives: 5, jsonSchema: '{}' });
	expect(gpu).not.toHaveProperty('seed');
	const builtin = buildRequest(
		turns,
		{ ...settings, showChoices: false, seed: 3 },
		builtinEngine()
	);
	expect(builtin.messages).toEqual(turns);
	expect(builtin).toMatchObject({ capture: 0, seed: 3 });
});
