import { describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import { trainTrigram } from '$lib/engine/builtin/ngram';
import { continuation } from './finetune';
import { continueText } from './continueText';
import { sampleText } from './sample';

describe('continueText', () => {
	// Tripwire: if the built-in engine's generation changes, the lab's two sides would no longer
	// write what that engine writes; this fails and says so.
	it('writes exactly what the built-in engine writes, trained on the same text, with the same seed', async () => {
		const texts = [...trainingParagraphs(), ...sampleText.split(/\n\n/)];
		const model = trainTrigram(texts);
		const engine = new BuiltinEngine({ corpus: async () => texts });
		for (const [start, seed] of [
			['Wind west, force', 7],
			['Sea moderate', 1],
			['The model', 42],
			['Barometer falling', 3]
		] as const) {
			const request = {
				messages: [{ role: 'user' as const, content: start }],
				...continuation,
				seed
			};
			const expected = await engine.generate(request, () => {});
			const mine = continueText(model, start, continuation, seed);
			expect(mine.pieces.join(''), `${start} / ${seed}`).toBe(expected.text);
			expect(mine.finishReason).toBe(expected.finishReason);
			expect(expected.text.trim(), 'a continuation worth comparing').not.toBe('');
		}
	});

	it('stops at the end mark or after maxTokens', () => {
		const model = trainTrigram(['One two three.']);
		expect(continueText(model, 'One two', { ...continuation, maxTokens: 40 }, 1)).toEqual({
			pieces: [' three', '.'],
			finishReason: 'stop'
		});
		expect(continueText(model, 'One two', { ...continuation, maxTokens: 1 }, 1)).toEqual({
			pieces: [' three'],
			finishReason: 'length'
		});
	});
});
