import { describe, expect, it } from 'vitest';
import { extractLabel, judgeLabel } from './score';

describe('extractLabel', () => {
	it.each([
		['NEG', 'NEG'],
		['neg', 'NEG'],
		[' Pos.', 'POS'],
		['NEU\n', 'NEU'],
		['Sentiment: NEG', 'NEG'],
		['(NEU)', 'NEU'],
		['**POS**', 'POS'],
		['The sentiment is NEG because the train was late.', 'NEG'],
		['"neu"', 'NEU'],
		// Later lines are ignored: the model carried on the pattern after answering.
		['NEG\n\nSentence: The cake was lovely.\nSentiment: POS', 'NEG'],
		// Leading blank or code-less lines are skipped.
		['\n\nI think:\nPOS', 'POS']
	])('%j → %s', (output, label) => {
		expect(extractLabel(output)).toEqual({ label, ambiguous: false });
	});

	it.each([
		'Positive',
		'NEGATIVE',
		'The sentence is neutral.',
		'position',
		'negotiate',
		'neuron',
		'POSITIVE sentiment',
		'',
		'Sentiment : the model'
	])('finds no code in %j', (output) => {
		expect(extractLabel(output)).toEqual({ label: null, ambiguous: false });
	});

	it.each(['POS, NEG or NEU', 'NEG or maybe NEU', 'pos/neg'])(
		'calls %j ambiguous (two different codes on the line)',
		(output) => {
			expect(extractLabel(output)).toEqual({ label: null, ambiguous: true });
		}
	);

	it('reads the visible answer, never a code in a think block', () => {
		expect(extractLabel('<think>\nIt sounds like NEG at first.\n</think>\n\nPOS')).toEqual({
			label: 'POS',
			ambiguous: false
		});
		// Thinking cut off by the token limit: no answer at all, not the code it was weighing.
		expect(extractLabel('<think>Late train, so NEG')).toEqual({ label: null, ambiguous: false });
		expect(judgeLabel('<think>POS? NEG?</think>NEU', 'NEU').correct).toBe(true);
	});

	it('is not ambiguous when the same code repeats', () => {
		expect(extractLabel('NEG. Definitely NEG.')).toEqual({ label: 'NEG', ambiguous: false });
	});
});

describe('judgeLabel', () => {
	it('is correct only for the expected code', () => {
		expect(judgeLabel('NEG', 'NEG')).toEqual({ extracted: 'NEG', ambiguous: false, correct: true });
		expect(judgeLabel('POS', 'NEG')).toEqual({
			extracted: 'POS',
			ambiguous: false,
			correct: false
		});
		expect(judgeLabel('Negative', 'NEG').correct).toBe(false);
		expect(judgeLabel('NEG or POS', 'NEG').correct).toBe(false);
	});
});
