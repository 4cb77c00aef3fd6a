import { beforeAll, describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import { tokenize } from '$lib/engine/builtin/ngram';
import { createRng } from '$lib/sampling/sampling';
import { wordKey } from '$lib/sampling/watermark';
import { builtinTokens, detect, upperTail, verdict, zThreshold } from './detect';

const mark = { key: 'lecture-hall', gamma: 0.25, delta: 2 };
const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });

/** 201 built-in tokens (200 scored), from as many replies as it takes (one may end early). */
async function keys(watermark?: typeof mark, seed = 11): Promise<number[]> {
	const out: number[] = [];
	for (let s = seed; out.length < 201; s++)
		out.push(...builtinTokens(await write(watermark, s)).map((t) => t.key));
	return out.slice(0, 201);
}

async function write(watermark: typeof mark | undefined, seed: number): Promise<string> {
	const { text } = await engine.generate(
		{
			messages: [{ role: 'user', content: 'A language model' }],
			temperature: 1,
			topK: 0,
			topP: 1,
			maxTokens: 200,
			seed,
			...(watermark ? { watermark } : {})
		},
		() => {}
	);
	return text;
}

describe('watermark detector on 200 built-in tokens', () => {
	let marked: number[] = [];
	let plain: number[] = [];
	// Training the trigram model on every concept page and writing 400 words: a few seconds.
	beforeAll(async () => {
		marked = await keys(mark);
		plain = await keys();
	}, 60_000);

	it('finds the mark (z ≥ 4), not in the same text written without it (|z| < 2), and still after 20% of words are replaced', () => {
		expect(detect(marked, mark).z).toBeGreaterThanOrEqual(4);
		expect(Math.abs(detect(plain, mark).z)).toBeLessThan(2);

		// Every fifth word swapped for a word of an unmarked text: 20% edited.
		const edited = marked.map((k, i) => (i % 5 === 2 ? plain[i]! : k));
		const after = detect(edited, mark);
		expect(after.z).toBeGreaterThanOrEqual(2);
		expect(after.z).toBeLessThan(detect(marked, mark).z);
		expect(verdict(detect(marked, mark), 0.01)).toBe('marked');
		expect(verdict(detect(plain, mark), 0.01)).toBe('unmarked');
	});

	it('sees nothing with the wrong key', () => {
		expect(Math.abs(detect(marked, { ...mark, key: 'another' }).z)).toBeLessThan(2);
	});
});

describe('false positives', () => {
	it('flags about the chosen share of 1,000 unmarked texts (5% ± binomial noise)', () => {
		const words = [...new Set(tokenize(trainingParagraphs().join(' ')))].map(wordKey);
		const rng = createRng(2023);
		let flagged = 0;
		for (let t = 0; t < 1000; t++) {
			const text = Array.from({ length: 60 }, () => words[Math.floor(rng() * words.length)]!);
			if (verdict(detect(text, mark), 0.05) === 'marked') flagged++;
		}
		// 50 expected; 3.5 standard deviations (√(1000·0.05·0.95) ≈ 6.9) either side.
		expect(flagged).toBeGreaterThan(25);
		expect(flagged).toBeLessThan(75);
	});
});

describe('normal tail and threshold', () => {
	it('matches the familiar quantiles', () => {
		expect(zThreshold(0.05)).toBeCloseTo(1.645, 2);
		expect(zThreshold(0.01)).toBeCloseTo(2.326, 2);
		expect(zThreshold(0.001)).toBeCloseTo(3.09, 2);
		expect(upperTail(0)).toBeCloseTo(0.5, 6);
	});

	it('scores nothing in one token and says a short text is too short to judge', () => {
		expect(detect([1], mark).scored).toBe(0);
		expect(detect([1], mark).marks).toEqual(['unscored']);
		expect(verdict(detect([1, 2, 3], mark), 0.05)).toBe('too-short');
	});
});
