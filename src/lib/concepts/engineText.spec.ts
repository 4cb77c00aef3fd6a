import { describe, expect, it } from 'vitest';
import { textForEngine } from './engineText';

describe('textForEngine', () => {
	it('shows a shared text for both engines', () => {
		expect(textForEngine('same', true)).toBe('same');
		expect(textForEngine('same', false)).toBe('same');
	});

	it('picks the built-in text for an engine that continues text, the model text for chat', () => {
		const t = { builtin: 'counts', model: 'softmax' };
		expect(textForEngine(t, false)).toBe('counts');
		expect(textForEngine(t, true)).toBe('softmax');
	});
});
