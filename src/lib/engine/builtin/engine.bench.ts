// npm run bench (vitest bench): the per-token cost of the built-in engine and of the sampling
// step on a vocabulary the size of a real LLM's.
import { bench, describe } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import {
	captureTopN,
	createRng,
	drawCandidate,
	nextTokenDistribution
} from '$lib/sampling/sampling';
import { trainTrigram } from './ngram';

const model = trainTrigram(trainingParagraphs());
const rng = createRng(1);
const params = { temperature: 0.8, topK: 40, topP: 0.95 };

describe('built-in trigram engine', () => {
	bench('train on all concept texts', () => {
		trainTrigram(trainingParagraphs());
	});
	bench('one token: distribution + temperature/top-k/top-p + draw', () => {
		const probs = model.distribution(['the', 'model']);
		const c = nextTokenDistribution(probs, params);
		drawCandidate(c, rng());
	});
});

// Qwen-sized vocabulary: what a full-distribution capture costs per generated token.
const vocab = 151_936;
const big = new Float64Array(vocab);
let total = 0;
for (let i = 0; i < vocab; i++) total += big[i] = Math.exp(-i / 500) * (1 + ((i * 7919) % 13));
for (let i = 0; i < vocab; i++) big[i]! /= total;

// Logits shaped like a real model's: a broad bulk (normal, sd 3) and a few clear favourites.
const normal = createRng(7);
const logits = new Float32Array(vocab).map(() => {
	const u = Math.max(normal(), 1e-12);
	return 3 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * normal());
});
for (const [i, l] of [
	[11, 18],
	[42, 17],
	[7, 15]
] as const)
	logits[i] = l;

describe(`sampling over ${vocab} tokens`, () => {
	bench('capture: softmax + top 10 of the logits (target ≤ 1 ms)', () => {
		captureTopN(logits, 10);
	});
	bench('temperature + top-k 40 + top-p 0.95', () => {
		nextTokenDistribution(big, params);
	});
});
