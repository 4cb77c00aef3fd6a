import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { useBackend } from '../toys/tensor';
import { ALPHABET, VOCAB } from './corpus';
import { continueWithSaved, promptWindow } from './continueText';
import { TinyGpt } from './model';
import { presetById } from './presets';
import { saveOnDevice, toSaved } from './saved';
import { savedPresetIds } from './savedKeys';

describe('promptWindow', () => {
	it('keeps the last characters that leave room for the new ones, in the model’s alphabet', () => {
		expect(promptWindow('Über Café — HELLO there!', 64, 40)).toBe('uber cafe - hello there!');
		expect(promptWindow('abcdefghij', 8, 5)).toBe('hij');
		// Always at least one character to start from, when it has one.
		expect(promptWindow('abc', 8, 20)).toBe('c');
		expect(promptWindow('你好 🙂', 64, 40)).toBe(' ');
		expect(promptWindow('你好🙂', 64, 40)).toBe('');
	});
});

describe('the tiny GPT saved on this device, continuing a text', () => {
	it('is found by its key, writes its characters with its seed, and is none when not saved', async () => {
		expect(await savedPresetIds()).toEqual([]);
		expect(await continueWithSaved('tiny', 'hello', { count: 10, temperature: 0.7, seed: 1 })).toBe(
			null
		);
		await useBackend('cpu');
		const empty = { train: new Uint8Array(), heldOut: new Uint8Array() };
		const model = new TinyGpt(empty, { ...presetById('tiny'), seed: 4, vocab: VOCAB });
		await saveOnDevice(toSaved('tiny', 4, 250, await model.weights()));
		model.dispose();
		expect(await savedPresetIds()).toEqual(['tiny']);

		const o = { count: 40, temperature: 0.7, seed: 9 };
		const message = 'Hello, how are you today? I would like to know about transformers.';
		const first = await continueWithSaved('tiny', message, o);
		expect(first).toMatchObject({
			preset: 'tiny',
			steps: 250,
			read: promptWindow(message, 64, 40)
		});
		expect(first!.text).toHaveLength(40);
		expect([...first!.text].every((c) => ALPHABET.includes(c))).toBe(true);
		expect((await continueWithSaved('tiny', message, o))!.text).toBe(first!.text);
		// Nothing it can read: it starts from a space, and says it read nothing.
		const none = await continueWithSaved('tiny', '你好🙂', o);
		expect(none).toMatchObject({ read: '' });
		expect(none!.text).toHaveLength(40);
	});
});
