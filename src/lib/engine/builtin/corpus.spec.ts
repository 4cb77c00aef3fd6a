// The worker finds the training text under the site's base path, and refuses a damaged file
// with a message instead of training on nothing.
import { describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { GET } from '../../../routes/builtin-corpus.json/+server';
import { corpusUrl, fetchCorpus } from './corpus';

describe('built-in model corpus', () => {
	it('is found at the domain root, under a sub-path, and in the dev server', () => {
		expect(corpusUrl('https://a.example/_app/immutable/workers/worker-x1.js')).toBe(
			'https://a.example/builtin-corpus.json'
		);
		expect(corpusUrl('https://a.example/genai-live/_app/immutable/workers/worker-x1.js')).toBe(
			'https://a.example/genai-live/builtin-corpus.json'
		);
		expect(corpusUrl('http://localhost:5173/src/lib/engine/worker.ts?worker_file')).toBe(
			'http://localhost:5173/builtin-corpus.json'
		);
	});

	it('serves exactly the paragraphs the model trained on before, so it writes the same', async () => {
		const served = await fetchCorpus('/builtin-corpus.json', async () => GET());
		expect(served).toEqual(trainingParagraphs());
	});

	it('refuses a missing or damaged file with a message', async () => {
		const reply =
			(body: string, status = 200) =>
			async () =>
				new Response(body, { status });
		await expect(fetchCorpus('/x', reply('nope', 404))).rejects.toThrow('HTTP 404');
		await expect(fetchCorpus('/x', reply('{"a":1}'))).rejects.toThrow('damaged');
		await expect(fetchCorpus('/x', reply('[]'))).rejects.toThrow('damaged');
	});
});
