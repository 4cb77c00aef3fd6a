import { describe, expect, it } from 'vitest';
import { ALPHABET, VOCAB } from './corpus';
import { parameterShapes } from './model';
import { presets } from './presets';
import { classOf, describeLook, describeMap, strongest } from './views';
import { gptWords } from './words';

describe('tiny-GPT views in words', () => {
	it('sorts the alphabet into classes', () => {
		expect([...'ae1 ,z\n'].map(classOf)).toEqual([
			'vowel',
			'vowel',
			'digit',
			'space',
			'punctuation',
			'consonant',
			'space'
		]);
	});

	it('says where each class sits on the map', () => {
		const map = Float64Array.from(
			[...ALPHABET].flatMap((c) => (classOf(c) === 'vowel' ? [1, 2] : [0, 0]))
		);
		expect(describeMap(map, 1200)).toContain('vowels around (1.00, 2.00)');
		expect(describeMap(map, 1200)).toContain('after 1,200 steps');
		expect(describeMap(null, 0)).toContain('not drawn yet');
	});

	it('names where a character looks, strongest first, never ahead of itself', () => {
		const T = 3;
		const m = [1, 0, 0, 0.3, 0.7, 0, 0.5, 0.1, 0.4];
		expect(strongest(m, T, 2).map((s) => s.at)).toEqual([0, 2, 1]);
		expect(strongest(m, T, 1).map((s) => s.at)).toEqual([1, 0]);
		expect(describeLook(['a', ' ', 'b'], m, 1)).toBe('‘␣’ (position 2) 70%, ‘a’ (position 1) 30%');
	});

	it('states each preset’s weight count as the model has it', () => {
		for (const p of presets) {
			const count = parameterShapes({ ...p, vocab: VOCAB }).reduce(
				(s, [, sh]) => s + sh.reduce((a, b) => a * b, 1),
				0
			);
			const stated = Number(
				gptWords.presets[p.id].match(/about ([\d,]+) weights/)![1]!.replaceAll(',', '')
			);
			expect(Math.abs(count - stated) / count).toBeLessThan(0.05);
		}
	});
});
