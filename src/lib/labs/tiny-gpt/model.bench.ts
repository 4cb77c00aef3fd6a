// npm run bench (vitest bench): the tiny GPT on the CPU backend, the one every visitor has: train
// steps per second at the tiny preset, and a whole context generated one character at a time with
// and without the KV cache. The larger presets are left out: on the CPU a medium step takes
// seconds, which is why the page says it needs a GPU.
import { bench, describe } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { useBackend } from '../toys/tensor';
import { splitCorpus, VOCAB } from './corpus';
import { generate } from './generate';
import { TinyGpt } from './model';
import { presetById } from './presets';

await useBackend('cpu');
const corpus = splitCorpus(trainingParagraphs());
const tiny = new TinyGpt(corpus, { ...presetById('tiny'), seed: 1, vocab: VOCAB });

describe('tiny GPT training (CPU backend)', () => {
	bench('one train step, tiny preset', () => tiny.trainStep().dispose(), {
		iterations: 10,
		time: 0
	});
});

describe('tiny GPT generation of 63 characters, tiny preset (CPU backend)', () => {
	for (const cache of [false, true])
		bench(
			cache ? 'with the KV cache' : 'without a cache',
			async () => {
				await generate(tiny, [0], { count: 63, temperature: 1, seed: 1, cache });
			},
			{ iterations: 3, time: 0 }
		);
});
