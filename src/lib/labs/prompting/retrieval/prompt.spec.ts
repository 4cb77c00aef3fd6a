import { describe, expect, it } from 'vitest';
import { builtinInfo } from '$lib/engine/builtin/builtinEngine';
import { webllmCapabilities } from '$lib/webllm/capabilities';
import { labEngine } from '../../kit/adapter';
import { answerItems, augmentedPrompt, citationSegments, citedNumbers } from './prompt';

const chat = labEngine({ ...builtinInfo, capabilities: webllmCapabilities });
const trigram = labEngine(builtinInfo);

const passages = [
	{ title: 'RAG', text: 'Search finds the facts.' },
	{ title: 'Temperature', text: 'Lower values sharpen the distribution.' }
];

describe('RAG prompts', () => {
	it('numbers the passages, asks for citations and ends with the question', () => {
		const p = augmentedPrompt('  What finds the facts? ', passages);
		expect(p).toContain('[1] RAG: Search finds the facts.\n\n[2] Temperature: Lower values');
		expect(p).toMatch(/using only the numbered passages/);
		expect(p).toMatch(/by its number in square brackets/);
		expect(p.endsWith('\n\nQuestion: What finds the facts?')).toBe(true);
	});

	it('sends both prompts with the same settings and seed', () => {
		const [rag, plain] = answerItems('Why?', passages, 7, chat);
		expect(rag!.id).toBe('rag');
		expect(plain!.prompt).toBe('Why?');
		expect(plain!.request.messages).toEqual([{ role: 'user', content: 'Why?' }]);
		expect(rag!.request.messages[0]!.content).toBe(rag!.prompt);
		expect({ ...rag!.request, messages: [] }).toEqual({ ...plain!.request, messages: [] });
		expect(rag!.request.seed).toBe(7);
	});

	it('gives an engine that continues text the passages as context, on the retrieval side only', () => {
		const [rag, plain] = answerItems('Why?', passages, 7, trigram);
		expect(rag!.request.context).toEqual(passages.map((p) => p.text));
		expect(plain!.request.context).toBeUndefined();
	});
});

describe('citations in an answer', () => {
	it('turns [n], [n, m] and [n][m] into citations of shown passages', () => {
		const s = citationSegments('Search does it [1]. Both say so [1, 2][2].', 2);
		expect(s).toEqual([
			{ text: 'Search does it [' },
			{ text: '1', cite: 1 },
			{ text: ']. Both say so [' },
			{ text: '1', cite: 1 },
			{ text: ', ' },
			{ text: '2', cite: 2 },
			{ text: '][' },
			{ text: '2', cite: 2 },
			{ text: '].' }
		]);
		expect(citedNumbers(s)).toEqual([1, 2]);
		expect(s.map((x) => x.text).join('')).toBe('Search does it [1]. Both say so [1, 2][2].');
	});

	it('leaves numbers that name no shown passage, and anything else, as text', () => {
		const answer = 'See [3], [0], [a], [1-2] and <b>[x]</b>.';
		expect(citationSegments(answer, 2)).toEqual([{ text: answer }]);
		expect(citationSegments('', 2)).toEqual([]);
	});
});
