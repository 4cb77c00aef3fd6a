import { expect, it } from 'vitest';
import { settingsFromUrl, type ChatSettings } from './chat.svelte';

const base: ChatSettings = {
	system: '',
	temperature: 0.7,
	topK: 40,
	topP: 0.95,
	maxTokens: 256,
	seed: null
};

it('reads a shared link, clamping numbers and ignoring junk', () => {
	const { prompt, engine, settings } = settingsFromUrl(
		new URLSearchParams(
			'prompt=Hello&system=Be%20brief&engine=Qwen3-0.6B-q4f32_1-MLC&temperature=5&top_p=abc&seed=42'
		),
		base
	);
	expect(prompt).toBe('Hello');
	expect(engine).toBe('Qwen3-0.6B-q4f32_1-MLC');
	expect(settings).toEqual({ ...base, system: 'Be brief', temperature: 2, seed: 42 });
	expect(settingsFromUrl(new URLSearchParams(''), base)).toEqual({
		prompt: '',
		engine: 'builtin',
		settings: base
	});
});
