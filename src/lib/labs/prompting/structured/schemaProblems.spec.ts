import { describe, expect, it } from 'vitest';
import { cardSchema } from './card';
import { exampleCard as card } from './exampleCard';
import { schemaProblems } from './schemaProblems';

const problems = (value: unknown) => schemaProblems(value, cardSchema);

describe('schemaProblems on a glossary card', () => {
	it('finds none in a valid card', () => {
		expect(problems(card)).toEqual([]);
	});

	it('names a list item of the wrong type by its position', () => {
		expect(problems({ ...card, related: ['top-p', 3] })).toEqual([
			{ where: 'item 2 of “related”', message: 'is a number; the schema asks for string.' }
		]);
	});

	it('lists every missing field, each once', () => {
		expect(problems({ term: 'GAN' })).toEqual([
			{ where: 'the object', message: 'is missing the required field “definition”.' },
			{ where: 'the object', message: 'is missing the required field “related”.' },
			{ where: 'the object', message: 'is missing the required field “category”.' }
		]);
	});

	it('reports an unknown category, too many related terms and an extra field', () => {
		expect(
			problems({
				...card,
				category: 'gadget',
				related: ['a', 'b', 'c', 'd', 'e', 'f'],
				source: 'me'
			})
		).toEqual([
			{ where: 'field “related”', message: 'has 6 items; at most 5 are allowed.' },
			{
				where: 'field “category”',
				message:
					'is "gadget"; it must be one of "model", "technique", "application", "risk", "law".'
			},
			{ where: 'the object', message: 'has a field “source” that the schema does not allow.' }
		]);
	});

	it('counts characters and items for the lower limits', () => {
		expect(problems({ ...card, definition: 'Short.', related: [] })).toEqual([
			{ where: 'field “definition”', message: 'is 6 characters long; it needs at least 10.' },
			{ where: 'field “related”', message: 'has 0 items; it needs at least 1.' }
		]);
	});

	it('says what came instead of an object', () => {
		expect(problems(['a card'])).toEqual([
			{ where: 'the object', message: 'is a list; the schema asks for object.' }
		]);
	});
});
