import { describe, expect, it, vi } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import * as ngram from '$lib/engine/builtin/ngram';
import { splitCorpus } from '../corpus';
import { continueText } from './continueText';
import { checkText, continuation, trainPair } from './finetune';
import { FineTuneRun, type FineTuneInput } from './finetune.svelte';
import { sampleText } from './sample';

// Counts the trainings while keeping the real model.
vi.mock('$lib/engine/builtin/ngram', async (original) => {
	const real = await original<typeof ngram>();
	return { ...real, trainTrigram: vi.fn(real.trainTrigram) };
});

const check = checkText(sampleText);
if (!check.ok) throw new Error(check.problem);
const input: FineTuneInput = {
	base: splitCorpus(trainingParagraphs(), 7),
	split: check.split,
	passes: 3,
	start: 'Wind west, force',
	seed: 5
};

describe('FineTuneRun', () => {
	it('trains each model once, then both sides write what those models continue', async () => {
		const run = new FineTuneRun();
		vi.mocked(ngram.trainTrigram).mockClear();
		await run.start(input);
		expect(ngram.trainTrigram).toHaveBeenCalledTimes(2);
		expect(run.phase).toBe('done');
		expect(run.comparison!.after.yours.perplexity).toBeLessThan(
			run.comparison!.before.yours.perplexity
		);
		const models = trainPair(input.base.train, input.split.adapt, input.passes);
		for (const side of ['before', 'after'] as const)
			expect(run[side]).toBe(
				continueText(models[side], input.start, continuation, input.seed).pieces.join('')
			);
	});

	it('stops where it is, keeping what was shown, and resets to nothing', async () => {
		const run = new FineTuneRun();
		const done = run.start(input);
		await vi.waitFor(() => expect(run.after?.length).toBeGreaterThan(0));
		run.stop();
		const shown = run.after;
		await done;
		expect(run.phase).toBe('stopped');
		await new Promise((r) => setTimeout(r, 50));
		expect(run.after).toBe(shown);
		run.reset();
		expect([run.phase, run.before, run.after, run.comparison]).toEqual(['idle', null, null, null]);
	});
});
