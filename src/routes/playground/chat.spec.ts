import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { conversationStore } from '$lib/conversations/conversationStore.svelte';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import { ChatSession } from './chat.svelte';
import { builtinEngine, webllmEngine } from '$lib/engine';
import {
	buildRequest,
	playgroundDefaults,
	settingsFromUrl,
	type ChatSettings
} from './chat.svelte';

const record = {
	model: 'https://example.test/m',
	model_id: 'm',
	model_lib: 'https://example.test/m.wasm'
};

const base: ChatSettings = {
	system: '',
	temperature: 0.7,
	topK: 40,
	topP: 0.95,
	minP: 0,
	maxTokens: 256,
	seed: null,
	frequencyPenalty: 0,
	presencePenalty: 0,
	repetitionPenalty: 1,
	jsonSchema: '',
	showChoices: false
};

it('reads a shared link, clamping numbers and ignoring junk', () => {
	const { prompt, engine, settings } = settingsFromUrl(
		new URLSearchParams(
			'prompt=Hello&system=Be%20brief&engine=Qwen3-0.6B-q4f32_1-MLC&temperature=5&top_p=abc&seed=42&frequency_penalty=0.5&choices=1'
		),
		base
	);
	expect(prompt).toBe('Hello');
	expect(engine).toBe('Qwen3-0.6B-q4f32_1-MLC');
	expect(settings).toEqual({
		...base,
		system: 'Be brief',
		temperature: 2,
		seed: 42,
		frequencyPenalty: 0.5,
		showChoices: true
	});
	expect(settingsFromUrl(new URLSearchParams(''), base)).toEqual({
		prompt: '',
		engine: null,
		settings: base
	});
});

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

it('a link value left empty means the default, not 0; whole-number fields are rounded', () => {
	const { settings } = settingsFromUrl(
		new URLSearchParams(
			'temperature=&seed=&top_k=2.6&max_tokens=99999&repetition_penalty=0.1&top_p=0'
		),
		{ ...base, temperature: 0.3, seed: 5 }
	);
	expect(settings).toEqual({
		...base,
		temperature: 0.7,
		seed: null,
		topK: 3,
		maxTokens: 4096,
		repetitionPenalty: 0.5,
		topP: 0.01
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

it('opening another conversation mid-reply leaves that conversation untouched', async () => {
	const other = {
		id: 'other',
		title: 'Other',
		createdAt: 1,
		updatedAt: 1,
		system: '',
		turns: [{ role: 'user' as const, content: 'Earlier question' }]
	};
	await conversationStore.restore(other);
	const engine = new BuiltinEngine({
		corpus: async () => ['A low temperature makes the most likely token win almost every time.'],
		tokenDelayMs: 5
	});
	const chat = new ChatSession();
	const sending = chat.send(engine, 'A low temperature', { ...base, maxTokens: 200, seed: 1 });
	await new Promise((r) => setTimeout(r, 40));
	chat.open(other);
	await sending;
	expect(chat.id).toBe('other');
	expect(chat.turns.map((t) => t.content)).toEqual(['Earlier question']);
	expect((await conversationStore.get('other'))?.turns).toEqual(other.turns);
});
