import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appDb } from '$lib/storage/db';
import { VOCAB } from './corpus';
import { parameterShapes } from './model';
import { presetById } from './presets';
import { loadFromDevice, loadText, readFile, saveOnDevice, toSaved } from './saved';

/** Weights of the tiny preset's sizes, each tensor filled with its own index plus a fraction. */
const weights = () =>
	parameterShapes({ ...presetById('tiny'), vocab: VOCAB }).map(([, shape], i) =>
		new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(i + 0.25)
	);

describe('saved tiny GPT', () => {
	it('exports to a file and imports it back exactly', () => {
		const saved = toSaved('tiny', 3, 1200, weights());
		const text = JSON.stringify(saved);
		expect(text.length).toBeLessThan(120_000);
		const back = readFile(text);
		if (!('saved' in back)) throw new Error(back.problem);
		expect(back.saved).toMatchObject({ preset: 'tiny', seed: 3, step: 1200 });
		expect(back.weights).toEqual(weights());
	});

	it('refuses junk, other JSON and weights of the wrong size, each with its own message', () => {
		const problem = (text: string) => ('problem' in readFile(text) ? readFile(text) : null);
		expect(problem('not json')).toEqual({ problem: 'not-json' });
		expect(problem('{"name":"a deck"}')).toEqual({ problem: 'not-a-model' });
		const small = toSaved('small', 1, 5, weights());
		expect(problem(JSON.stringify(small))).toEqual({ problem: 'wrong-shape' });
		const cut = toSaved('tiny', 1, 5, weights());
		cut.weights[0] = cut.weights[0]!.slice(0, 40);
		expect(problem(JSON.stringify(cut))).toEqual({ problem: 'wrong-shape' });
		expect(problem('x'.repeat(10_000_001))).toEqual({ problem: 'too-big' });
		expect(new Set(Object.values(loadText)).size).toBe(Object.keys(loadText).length);
	});

	it('keeps one model per preset on the device and reads a damaged record as none', async () => {
		expect(await loadFromDevice('tiny')).toBeNull();
		expect(await saveOnDevice(toSaved('tiny', 2, 40, weights()))).toBe(true);
		const back = await loadFromDevice('tiny');
		expect(back?.saved.step).toBe(40);
		expect(back?.weights).toEqual(weights());
		expect(await loadFromDevice('small')).toBeNull();
		await (
			await appDb()
		).put('labs', { format: 'genai-live-tiny-gpt', weights: 5 }, 'tiny-gpt:tiny');
		expect(await loadFromDevice('tiny')).toBeNull();
	});
});
