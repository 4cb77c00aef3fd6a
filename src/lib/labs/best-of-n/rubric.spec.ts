import { describe, expect, it } from 'vitest';
import { readRubric, score, variety, wordList, type Rubric, type RubricForm } from './rubric';

const off: RubricForm = {
	length: { min: 0, max: 10, weight: 0 },
	required: { words: '', weight: 0 },
	banned: { words: '', weight: 0 },
	polite: { weight: 0 },
	mentions: { word: '', times: 1, weight: 0 }
};
const form = (patch: Partial<RubricForm>): RubricForm => ({ ...structuredClone(off), ...patch });

function rubricOf(f: RubricForm): Rubric {
	const r = readRubric(f);
	if (!r.ok) throw new Error(r.problems.map((p) => p.message).join(' '));
	return r.rubric;
}

describe('each check', () => {
	it('length passes inside the range, ends included, and says how long the text is', () => {
		const rubric = rubricOf(form({ length: { min: 2, max: 3, weight: 1 } }));
		expect(score('one two', rubric).checks[0]).toMatchObject({ met: 1, detail: '2 words' });
		expect(score('one two three', rubric).total).toBe(1);
		expect(score('one', rubric).total).toBe(0);
		expect(score('one two three four', rubric).total).toBe(0);
	});

	it('required words earn their share each, whatever the case, and name what is missing', () => {
		const rubric = rubricOf(form({ required: { words: 'Text, words', weight: 4 } }));
		expect(score('Some TEXT here.', rubric).checks[0]).toMatchObject({
			met: 0.5,
			points: 2,
			detail: 'missing: words'
		});
		expect(score('text and words', rubric).total).toBe(4);
		// A word inside another word does not count.
		expect(score('textbook swords', rubric).total).toBe(0);
	});

	it('banned words fail the check as soon as one appears', () => {
		const rubric = rubricOf(form({ banned: { words: 'very, really', weight: 2 } }));
		expect(score('A plain sentence.', rubric).total).toBe(2);
		expect(score('A very plain sentence.', rubric).checks[0]).toMatchObject({
			met: 0,
			detail: 'uses: very'
		});
	});

	it('politeness wants please or thank(s)', () => {
		const rubric = rubricOf(form({ polite: { weight: 1 } }));
		expect(score('Thanks for asking!', rubric).total).toBe(1);
		expect(score('Please read on.', rubric).total).toBe(1);
		expect(score('Thank you.', rubric).total).toBe(1);
		expect(score('Thankful is not it.', rubric).total).toBe(0);
	});

	it('mentions pays for each repeat up to the count: the check a rambling text games', () => {
		const rubric = rubricOf(form({ mentions: { word: 'Model', times: 4, weight: 2 } }));
		expect(score('model model', rubric).checks[0]).toMatchObject({
			met: 0.5,
			points: 1,
			detail: '“model” 2 times'
		});
		expect(score('model '.repeat(9), rubric).total).toBe(2);
	});

	it('scores the answer of a reasoning model, not its thinking', () => {
		const rubric = rubricOf(form({ polite: { weight: 1 } }));
		expect(score('<think>please be brief</think>Short answer.', rubric).total).toBe(0);
	});
});

describe('the total', () => {
	it('adds the weighted checks and reports the most the rubric can give', () => {
		const rubric = rubricOf(
			form({
				length: { min: 1, max: 5, weight: 3 },
				required: { words: 'cat, dog', weight: 2 },
				polite: { weight: 1 }
			})
		);
		const s = score('Thanks, the cat sat.', rubric);
		expect(s.checks.map((c) => c.kind)).toEqual(['length', 'required', 'polite']);
		expect(s.total).toBe(3 + 1 + 1);
		expect(s.max).toBe(6);
	});

	it('leaves a check with weight 0 out, unfilled fields and all', () => {
		const rubric = rubricOf(
			form({ polite: { weight: 1 }, length: { min: null, max: null, weight: 0 } })
		);
		expect(rubric).toEqual([{ kind: 'polite', weight: 1 }]);
	});
});

describe('a malformed rubric', () => {
	const problems = (f: RubricForm) => {
		const r = readRubric(f);
		return r.ok ? [] : r.problems;
	};

	it('names the check and field of each problem, with what to do', () => {
		expect(problems(form({ length: { min: 50, max: 20, weight: 1 } }))).toEqual([
			{
				check: 'length',
				field: 'max',
				message: 'Length: the maximum (20) is below the minimum (50); no text could pass.'
			}
		]);
		expect(problems(form({ length: { min: null, max: 5, weight: 1 } }))[0]).toMatchObject({
			field: 'min',
			message: expect.stringMatching(/minimum must be a whole number/)
		});
		expect(problems(form({ required: { words: ' , ', weight: 1 } }))[0]!.message).toBe(
			'Required words: list at least one word, or set the weight to 0.'
		);
		expect(problems(form({ banned: { words: 'good, very bad', weight: 1 } }))[0]!.message).toBe(
			'Banned words: “very bad” is not one word; separate words with commas.'
		);
		expect(
			problems(form({ mentions: { word: '', times: 0, weight: 1 } })).map((p) => p.field)
		).toEqual(['word', 'times']);
	});

	it('refuses a weight that is not a whole number from 0 to 10', () => {
		for (const weight of [-1, 11, 1.5, null])
			expect(problems(form({ polite: { weight } }))[0]!.message).toBe(
				'Politeness (says please or thank): the weight must be a whole number from 0 (off) to 10.'
			);
	});

	it('says why a rubric with every weight at 0 cannot choose', () => {
		expect(problems(off)[0]!.message).toMatch(/Every weight is 0/);
	});
});

describe('helpers', () => {
	it('reads a comma-separated list as distinct lower-case words', () => {
		expect(wordList(' Text, words ,, text ')).toEqual(['text', 'words']);
		// A curly apostrophe, as phones and word processors type it, is the same word.
		expect(wordList("Don’t, don't")).toEqual(["don't"]);
	});

	it('measures variety as the share of words that are not repeats', () => {
		expect(variety('a b c d')).toBe(1);
		expect(variety('model model model model')).toBe(0.25);
		expect(variety('')).toBe(1);
	});
});
