// npm run bench (vitest bench): the scaling-law experiment's whole computation on the concept
// texts (split, five trainings, five held-out measurements), without the page's pauses between
// sizes; and its two parts for the largest size, to see where the time goes.
import { bench, describe } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { trainTrigram } from '$lib/engine/builtin/ngram';
import { splitCorpus } from '../corpus';
import { evaluationVocabulary, perplexity } from '../perplexity';
import { runScaling } from './scaling';

const paragraphs = trainingParagraphs();
const fractions = [0.01, 0.03, 0.1, 0.3, 1];
const { train, heldOut } = splitCorpus(paragraphs, 7);
const vocabulary = evaluationVocabulary(paragraphs).size;
const full = trainTrigram(train);

describe('scaling-law experiment', () => {
	bench('whole run: 5 sizes, trained and measured', async () => {
		await runScaling(paragraphs, fractions, 7);
	});
	bench('train on the whole training part', () => {
		trainTrigram(train);
	});
	bench('held-out perplexity of the largest model', () => {
		perplexity(full, heldOut, vocabulary);
	});
});
