import { describe, expect, it } from 'vitest';
import { choicesFor, percent, visibleWhitespace } from './choices';

describe('token choices', () => {
	it('marks the drawn token among the captured distribution and reports the rest', () => {
		const c = choicesFor({
			text: ' cat',
			prob: 0.3,
			distribution: [
				{ text: ' dog', prob: 0.5 },
				{ text: ' cat', prob: 0.3 }
			]
		});
		expect(c.source).toBe('distribution');
		expect(c.rows.map((r) => r.chosen)).toEqual([false, true]);
		expect(c.rest).toBeCloseTo(0.2, 12);
		expect(c.chosenOutside).toBe(false);
	});

	it('falls back to the alternatives, and says when the draw was outside the list', () => {
		const c = choicesFor({ text: ' owl', prob: 0.01, alternatives: [{ text: ' dog', prob: 0.9 }] });
		expect(c.source).toBe('alternatives');
		expect(c.chosenOutside).toBe(true);
		expect(choicesFor({ text: 'x', prob: 1 }).source).toBe('none');
	});

	it('writes whitespace and tiny probabilities so they can be read', () => {
		expect(visibleWhitespace(' the\n')).toBe('␣the↵');
		expect(visibleWhitespace('')).toBe('∅');
		expect([0.999, 0.42, 0.005, 0.0001, NaN].map(percent)).toEqual([
			'>99%',
			'42%',
			'0.5%',
			'<0.1%',
			'–'
		]);
	});
});
