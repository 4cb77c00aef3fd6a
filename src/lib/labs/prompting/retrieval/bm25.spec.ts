import { describe, expect, it } from 'vitest';
import { conceptChunks, type ConceptChunk } from '$lib/concepts';
import { buildIndex, idf, loadIndex, search } from './bm25';

const chunk = (id: string, text: string, title = ''): ConceptChunk =>
	({ id, slug: id as ConceptChunk['slug'], title, text }) as ConceptChunk;

describe('BM25 on a tiny corpus, checked by hand', () => {
	// Terms after analysis (stop words gone, Porter stems):
	//   a: "cat sat mat" → cat sat mat            (length 3)
	//   b: "cat cat dog" → cat×2 dog              (length 3)
	//   c: "dog ran far away" → dog ran far awai  (length 4)
	// N = 3, avgdl = 10 / 3. No titles, so nothing else is counted.
	const tiny = [
		chunk('a', 'The cat sat on the mat.'),
		chunk('b', 'Cat, cat and dog!'),
		chunk('c', 'A dog ran far away.')
	];
	const index = loadIndex(JSON.parse(JSON.stringify(buildIndex(tiny, { titleWeight: 0 }))));

	it('stores lengths, average length and postings', () => {
		const json = buildIndex(tiny, { titleWeight: 0 });
		expect(json.lengths).toEqual([3, 3, 4]);
		expect(json.avgdl).toBeCloseTo(10 / 3, 12);
		expect(json.postings[json.terms.indexOf('cat')]).toEqual([0, 1, 1, 2]);
	});

	it('computes idf = ln(1 + (N − n + 0.5)/(n + 0.5))', () => {
		// "cat" is in 2 of 3 chunks: ln(1 + 1.5/2.5) = ln(1.6).
		expect(idf(3, 2)).toBeCloseTo(Math.log(1.6), 12);
		// "mat" is in 1 of 3: ln(1 + 2.5/1.5) = ln(8/3).
		expect(idf(3, 1)).toBeCloseTo(Math.log(8 / 3), 12);
	});

	it('scores "cat" by hand: tf·(k1+1) / (tf + k1·(1 − b + b·dl/avgdl)) · idf', () => {
		// k1 = 1.2, b = 0.75; for a and b, dl/avgdl = 3 / (10/3) = 0.9,
		// so norm = 1.2 × (0.25 + 0.75 × 0.9) = 1.2 × 0.925 = 1.11.
		// a: tf 1 → 2.2 / 2.11 × ln 1.6 = 1.042654 × 0.470004 = 0.490052
		// b: tf 2 → 4.4 / 3.11 × ln 1.6 = 1.414791 × 0.470004 = 0.664958
		const hits = search(index, 'cats', 3);
		expect(hits.map((h) => h.chunk.id)).toEqual(['b', 'a']);
		expect(hits[0]!.score).toBeCloseTo((4.4 / 3.11) * Math.log(1.6), 10);
		expect(hits[1]!.score).toBeCloseTo((2.2 / 2.11) * Math.log(1.6), 10);
		expect(hits[0]!.matched).toEqual(['cat']);
	});

	it('adds the terms of a query and ignores its stop words', () => {
		// "dog" (df 2): b has dl 3 → norm 1.11; c has dl 4 → 1.2 × (0.25 + 0.75 × 1.2) = 1.38.
		// "mat" (df 1), only in a: 2.2 / 2.11 × ln(8/3).
		// b = 2.2/2.11 × ln1.6 = 0.490052; c = 2.2/2.38 × ln1.6 = 0.434458;
		// a = 2.2/2.11 × ln(8/3) = 1.042654 × 0.980829 = 1.022665.
		const hits = search(index, 'Where is the dog, and the mat?', 5);
		expect(hits.map((h) => h.chunk.id)).toEqual(['a', 'b', 'c']);
		expect(hits[0]!.score).toBeCloseTo((2.2 / 2.11) * Math.log(8 / 3), 10);
		expect(hits[2]!.score).toBeCloseTo((2.2 / 2.38) * Math.log(1.6), 10);
		expect(hits[1]!.matched).toEqual(['dog']);
	});

	it('returns nothing when no term is shared, and at most k hits', () => {
		expect(search(index, 'the of and', 3)).toEqual([]);
		expect(search(index, 'unicorn', 3)).toEqual([]);
		expect(search(index, 'cat dog', 1)).toHaveLength(1);
	});

	it('counts the title as part of each chunk when asked', () => {
		const titled = loadIndex(
			buildIndex([chunk('x', 'Sampling picks a token.', 'Temperature'), chunk('y', 'Other text.')])
		);
		expect(search(titled, 'temperatures', 3).map((h) => h.chunk.id)).toEqual(['x']);
	});

	it('refuses JSON that is not an index', () => {
		expect(() => loadIndex({})).toThrow(/unknown format/);
		expect(() => loadIndex(null)).toThrow(/unknown format/);
	});
});

// Questions a visitor might ask, written as paraphrases (not page titles), each with the concept
// that answers it. They were written before looking at which words the pages use.
const questions: [string, string][] = [
	['How can a model look up facts in my own documents before it answers?', 'rag'],
	['Why does turning the randomness knob down make the answers repeat themselves?', 'temperature'],
	['Which tokens are kept when sampling only from the few most likely candidates?', 'top-k-top-p'],
	['How does self-attention let each word look at every other word in a sentence?', 'transformers'],
	['Two networks compete: one forges images and the other tries to catch the fakes.', 'gans'],
	['How do you make a picture by gradually removing noise?', 'diffusion-models'],
	[
		'An encoder maps inputs to a distribution in a latent space and a decoder rebuilds them.',
		'vaes'
	],
	['Asking the model to reason step by step before giving its final answer', 'chain-of-thought'],
	[
		'Giving a couple of worked examples inside the prompt so the model copies the pattern',
		'few-shot-learning'
	],
	['Continuing to train a pretrained model on my own labelled data', 'fine-tuning'],
	['Does the loss keep falling predictably as you add compute and parameters?', 'scaling-laws'],
	[
		'What are the huge general models trained once and then adapted to many tasks?',
		'foundation-models'
	],
	['Which European law sets obligations for high-risk AI systems?', 'regulation'],
	['Will automation replace jobs and change productivity and wages?', 'economic-impact'],
	['Bias, fairness and harmful content in what these systems produce', 'ethics'],
	[
		'Writing clear instructions with a role, constraints and an output format',
		'prompt-engineering'
	],
	['Early chatbots like ELIZA and the road to the systems of today', 'history'],
	['Networks with many layers that learn features from raw data by themselves', 'deep-learning'],
	['Where do companies apply these tools, for example marketing copy or code?', 'use-cases'],
	[
		'Predicting the next word with billions of parameters trained on web text',
		'large-language-models'
	]
];

describe('retrieval quality on the concept texts', () => {
	const index = loadIndex(JSON.parse(JSON.stringify(buildIndex(conceptChunks()))));

	it('has 20 distinct paraphrased questions', () => {
		expect(new Set(questions.map(([q]) => q)).size).toBe(20);
	});

	it('finds a chunk of the expected concept in the top 3 for at least 90% of them', () => {
		const misses = questions.filter(
			([q, slug]) => !search(index, q, 3).some((h) => h.chunk.slug === slug)
		);
		const recall = 1 - misses.length / questions.length;
		expect(recall, `missed: ${misses.map(([q]) => q).join(' | ')}`).toBeGreaterThanOrEqual(0.9);
	});
});
