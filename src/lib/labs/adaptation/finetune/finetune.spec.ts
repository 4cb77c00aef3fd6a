import { describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { trainTrigram } from '$lib/engine/builtin/ngram';
import { splitCorpus } from '../corpus';
import {
	adaptedCorpus,
	change,
	checkText,
	compareModels,
	defaultStart,
	MAX_CHARS,
	trainPair
} from './finetune';
import { sampleText } from './sample';

describe('checkText', () => {
	it('splits a text of five or more paragraphs by paragraph, the last fifth held out', () => {
		const r = checkText(sampleText);
		if (!r.ok) throw new Error(r.problem);
		expect(r.split.unit).toBe('paragraphs');
		expect(r.split.adapt).toHaveLength(6);
		expect(r.split.heldOut).toHaveLength(2);
		expect(r.split.heldOut[1]).toMatch(/^Wednesday, 6 May, afternoon\./);
		expect(defaultStart(r.split)).toBe('Wind west, force');
	});

	it('splits a shorter text by sentences', () => {
		const text =
			'The kettle sang. We poured the tea into blue cups and waited for it to cool. ' +
			'Outside the rain kept falling on the roof of the shed. Nobody wanted to leave the warm ' +
			'kitchen. The dog slept by the stove.';
		const r = checkText(text);
		if (!r.ok) throw new Error(r.problem);
		expect(r.split.unit).toBe('sentences');
		expect(r.split.adapt).toHaveLength(4);
		expect(r.split.heldOut).toEqual(['The dog slept by the stove.']);
	});

	it('says what is wrong with an empty, short, one-sentence or huge text', () => {
		expect(checkText('  \n ')).toMatchObject({ ok: false, problem: /Paste a text/ });
		expect(checkText('Too short to test.')).toMatchObject({ ok: false, problem: /4 words/ });
		const one = `${'word '.repeat(40)}end`;
		expect(checkText(one)).toMatchObject({ ok: false, problem: /two sentences/ });
		const huge = 'A long sentence of words. '.repeat(MAX_CHARS / 20);
		const r = checkText(huge);
		expect(r).toMatchObject({ ok: false, problem: /nothing has been cut/ });
		expect(r.ok || r.problem).toContain(huge.length.toLocaleString('en'));
	});
});

describe('adaptation', () => {
	it('repeats the adaptation part once per pass after the base texts', () => {
		expect(adaptedCorpus(['b'], ['x', 'y'], 3)).toEqual(['b', 'x', 'y', 'x', 'y', 'x', 'y']);
		expect(change(200, 50)).toBe('−75%');
		expect(change(100, 104)).toBe('+4%');
		expect(change(100, 100)).toBe('±0%');
		const pair = trainPair(['a b c.'], ['x y z.'], 2);
		expect(pair.before.stats.tokens).toBe(trainTrigram(['a b c.']).stats.tokens);
		expect(pair.after.stats.tokens).toBe(
			trainTrigram(adaptedCorpus(['a b c.'], ['x y z.'], 2)).stats.tokens
		);
	});

	it('on the sample, held-out perplexity falls after adapting, and more passes lower it further', () => {
		const r = checkText(sampleText);
		if (!r.ok) throw new Error(r.problem);
		const base = splitCorpus(trainingParagraphs(), 7);
		const measure = (passes: number) =>
			compareModels(trainPair(base.train, r.split.adapt, passes), base, r.split);
		const one = measure(1);
		const ten = measure(10);
		expect(one.before).toEqual(ten.before);
		expect(one.after.yours.perplexity).toBeLessThan(one.before.yours.perplexity / 3);
		expect(ten.after.yours.perplexity).toBeLessThan(one.after.yours.perplexity);
		// The base's own held-out paragraphs: adapting to a ship's log does not help them.
		expect(ten.after.base.perplexity).toBeGreaterThanOrEqual(ten.before.base.perplexity);
	});
});
