// A shared playground link: numbers clamped, junk ignored, an empty value means the default.
import { expect, it } from 'vitest';
import { settingsFromUrl } from './link';
import { baseSettings } from './fixtures';

const base = baseSettings;

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
