import { describe, expect, it } from 'vitest';
import { getConcept } from '$lib/concepts';
import { checklist, findParts, type PromptPart } from './checklist';

const has = (prompt: string, part: PromptPart) => findParts(prompt)[part];

/**
 * Per part: prompts in which findParts finds it, with the words it quotes, and prompts in which it
 * finds none; each list is checked by the same two tests below.
 */
const cases: {
	part: PromptPart;
	found: { name: string; prompts: [string, string][] };
	none: { name: string; prompts: string[] };
}[] = [
	{
		part: 'role',
		found: {
			name: 'finds a role',
			prompts: [
				['You are a patient maths teacher. Explain fractions.', 'You are a patient maths teacher.'],
				[
					'Act as a travel agent and plan my week in Rome.',
					'Act as a travel agent and plan my week in Rome.'
				],
				['As a senior copywriter, draft a slogan.', 'As a senior copywriter, draft a slogan.'],
				['Please answer. Your role is reviewer.', 'Your role is reviewer.']
			]
		},
		none: {
			name: 'finds no role',
			prompts: [
				'Tell me about dogs.',
				'Are you able to help? I wonder if you are sure.',
				'Write about roles you are given.'
			]
		}
	},
	{
		part: 'task',
		found: {
			name: 'finds a task',
			prompts: [
				['Write a haiku about rain.', 'Write a haiku about rain.'],
				['Hi there. Summarise the meeting notes below.', 'Summarise the meeting notes below.'],
				['Your task is to classify each review', 'task is to classify each review'],
				['Can you list three risks of RAG?', 'Can you list three risks of RAG?'],
				['Tell me a joke.', 'Tell me a joke.']
			]
		},
		none: {
			name: 'finds no definite task',
			prompts: [
				'Write something about our app.',
				'Tell me about dogs.',
				'Summarise this.',
				'dogs and cats',
				'I wrote a poem yesterday.'
			]
		}
	},
	{
		part: 'constraints',
		found: {
			name: 'finds a constraint',
			prompts: [
				['Use at most 60 words.', 'at most 60 words.'],
				['Avoid jargon.', 'Avoid jargon.'],
				['It must rhyme.', 'must rhyme.'],
				['Keep it under 200 characters', 'Keep it under 200 characters'],
				['Write fifty words on it', 'fifty words on it'],
				['Cut costs by 10 % please', '10 % please']
			]
		},
		none: {
			name: 'finds no constraint',
			prompts: ['Write about dogs.', 'Explain how the 3 models differ.', 'Use simple words.']
		}
	},
	{
		part: 'format',
		found: {
			name: 'finds an output format',
			prompts: [
				['Answer as a bulleted list.', 'bulleted list.'],
				['Reply in JSON with a field "name".', 'JSON with a field "name".'],
				['Explain it in two sentences.', 'in two sentences.'],
				['Give 3 bullet points.', 'bullet points.'],
				['Format: a headline, then a table.', 'Format: a headline, then a table.']
			]
		},
		none: {
			name: 'finds no output format',
			prompts: ['Write about dogs.', 'Tell me a story about a sentence.', 'Summarise the meeting.']
		}
	},
	{
		part: 'examples',
		found: {
			name: 'finds an example',
			prompts: [
				['Name fruits, for example apples.', 'for example apples.'],
				['Use short words, e.g. cat or dog.', 'e.g. cat or dog.'],
				['Classify.\nInput: great film\nOutput: positive', 'Input: great film'],
				['Write it like “Fresh ideas, every day.”', '“Fresh ideas, every day.”'],
				["Say 'hello there' first", "'hello there'"]
			]
		},
		none: {
			name: 'finds no example',
			prompts: [
				'Write about dogs.',
				"Don't use jargon, it's for kids.",
				'Give an answer such as you see fit.'
			]
		}
	}
];

describe('findParts', () => {
	describe.each(cases)('$part', ({ part, found, none }) => {
		it.each(found.prompts)(`${found.name} in %j`, (prompt, words) => {
			expect(has(prompt, part)).toBe(words);
		});
		it.each(none.prompts)(`${none.name} in %j`, (prompt) => {
			expect(has(prompt, part)).toBeNull();
		});
	});

	it('shortens a long match with an ellipsis', () => {
		const found = has(`You are a ${'very '.repeat(30)}good writer.`, 'role')!;
		expect(found.length).toBeLessThanOrEqual(60);
		expect(found.endsWith('…')).toBe(true);
	});
});

describe('checklist', () => {
	it('lists the five parts in order and marks the ones only one prompt has', () => {
		const rows = checklist('Write something about cats.', 'You are a vet. Explain cat diets.');
		expect(rows.map((r) => r.part)).toEqual(['role', 'task', 'constraints', 'format', 'examples']);
		expect(rows.find((r) => r.part === 'role')).toMatchObject({
			a: null,
			b: 'You are a vet.',
			differs: true
		});
		expect(rows.find((r) => r.part === 'format')).toMatchObject({
			a: null,
			b: null,
			differs: false
		});
	});

	it('the prepared pair: the vague prompt has none of the parts, the clear one all five', () => {
		const e = getConcept('prompt-engineering')!.experiments.find(
			(x) => x.kind === 'prompt-compare'
		)!;
		const rows = checklist(e.vague, e.clear);
		expect(rows.map((r) => r.a)).toEqual([null, null, null, null, null]);
		expect(rows.every((r) => r.b !== null && r.differs)).toBe(true);
	});
});
