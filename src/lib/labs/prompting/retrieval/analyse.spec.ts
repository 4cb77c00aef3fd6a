import { describe, expect, it } from 'vitest';
import { analyse, highlight, termOf } from './analyse';

describe('search terms', () => {
	it('lower-cases, drops stop words and stems', () => {
		expect(analyse('What does Retrieval do with the retrieved Passages?')).toEqual([
			'retriev',
			'retriev',
			'passag'
		]);
	});

	it('splits on anything that is not a letter or digit, in any script', () => {
		expect(analyse('top-k, GPT-4 and Oğuz’s model')).toEqual([
			'top',
			'k',
			'gpt',
			'4',
			'oğuz',
			'model'
		]);
		expect(analyse('')).toEqual([]);
		expect(analyse('the of and, to!')).toEqual([]);
	});

	it('gives a word and its inflections one term', () => {
		expect(termOf('models')).toBe(termOf('model'));
		expect(termOf('Embeddings')).toBe(termOf('embedding'));
		expect(termOf('which')).toBeNull();
	});

	it('marks the words whose term matched, keeping the text as written', () => {
		const parts = highlight('Retrieved passages, then retrieval.', new Set(['retriev']));
		expect(parts).toEqual([
			{ text: 'Retrieved', match: true },
			{ text: ' passages, then ', match: false },
			{ text: 'retrieval', match: true },
			{ text: '.', match: false }
		]);
		expect(parts.map((p) => p.text).join('')).toBe('Retrieved passages, then retrieval.');
		expect(highlight('No match here', new Set(['x']))).toEqual([
			{ text: 'No match here', match: false }
		]);
	});
});
