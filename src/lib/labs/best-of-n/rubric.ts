// A reward the visitor writes: a rubric of five plain checks, each with a weight, that turns a
// text into a number. It stands in for the learned reward model of RLHF (Ouyang et al. 2022) in
// the best-of-N lab, and is deliberately as blunt as one: it sees word counts and word lists,
// never meaning, so a rubric that pays for length or for one word can be gamed (Gao et al. 2022
// measured the same thing against a learned reward model). The rubric arrives from form fields
// that can hold anything (an emptied number field is null), so readRubric checks every field and
// names the check and the field of each problem; score() then never meets a bad value.
// rubric.spec.ts pins each check, the weights and the messages.
import { visibleAnswer } from '../prompting/answer';

/** The five kinds of check, in the order the editor shows them. */
export const checkKinds = ['length', 'required', 'banned', 'polite', 'mentions'] as const;
export type CheckKind = (typeof checkKinds)[number];

/** The rubric as the editor holds it: numbers may be null (an emptied field), words free text. */
export interface RubricForm {
	length: { min: number | null; max: number | null; weight: number | null };
	/** Comma-separated words; each one found earns its share of the weight. */
	required: { words: string; weight: number | null };
	/** Comma-separated words; the check passes when none appears. */
	banned: { words: string; weight: number | null };
	/** Passes when the text says please or thank(s). */
	polite: { weight: number | null };
	/** One word said at least `times` times; fewer earn a share of the weight. */
	mentions: { word: string; times: number | null; weight: number | null };
}

export type Check =
	| { kind: 'length'; min: number; max: number; weight: number }
	| { kind: 'required'; words: string[]; weight: number }
	| { kind: 'banned'; words: string[]; weight: number }
	| { kind: 'polite'; weight: number }
	| { kind: 'mentions'; word: string; times: number; weight: number };

/** The checks that count (weight above 0), in editor order. */
export type Rubric = Check[];

/** One thing wrong with the form: which check, which field, and what to do. */
export interface RubricProblem {
	check: CheckKind;
	field: 'min' | 'max' | 'weight' | 'words' | 'word' | 'times';
	message: string;
}

/** The largest weight and length the editor accepts: enough to tilt a rubric, small to read. */
export const MAX_WEIGHT = 10;
export const MAX_WORDS = 1000;

export const checkNames: Record<CheckKind, string> = {
	length: 'Length in words',
	required: 'Required words',
	banned: 'Banned words',
	polite: 'Politeness (says please or thank)',
	mentions: 'Says one word again and again'
};

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The words of a text, lower case, apostrophes kept inside a word. */
export function wordsOf(text: string): string[] {
	return (text.toLowerCase().replaceAll('’', "'").match(WORD) ?? []) as string[];
}

/** A comma-separated list as distinct lower-case words, blanks dropped; ’ read as ' like wordsOf. */
export function wordList(text: string): string[] {
	return [
		...new Set(
			text
				.split(',')
				.map((w) => w.trim().toLowerCase().replaceAll('’', "'"))
				.filter(Boolean)
		)
	];
}

const wholeNumber = (v: number | null, from: number, to: number): v is number =>
	typeof v === 'number' && Number.isInteger(v) && v >= from && v <= to;

/**
 * The rubric a form describes, or every problem in it. A check with weight 0 is left out (it is
 * switched off), so its other fields need not be filled in.
 */
export function readRubric(
	form: RubricForm
): { ok: true; rubric: Rubric } | { ok: false; problems: RubricProblem[] } {
	const problems: RubricProblem[] = [];
	const rubric: Rubric = [];
	const problem = (check: CheckKind, field: RubricProblem['field'], message: string) =>
		problems.push({ check, field, message });

	const weightOf = (check: CheckKind, w: number | null): number | null => {
		if (wholeNumber(w, 0, MAX_WEIGHT)) return w;
		problem(
			check,
			'weight',
			`${checkNames[check]}: the weight must be a whole number from 0 (off) to ${MAX_WEIGHT}.`
		);
		return null;
	};
	const singleWord = (w: string) => wordsOf(w).length === 1 && wordsOf(w)[0] === w;

	const l = form.length;
	const lw = weightOf('length', l.weight);
	if (lw) {
		const minOk = wholeNumber(l.min, 0, MAX_WORDS);
		const maxOk = wholeNumber(l.max, 1, MAX_WORDS);
		if (!minOk)
			problem(
				'length',
				'min',
				`Length: the minimum must be a whole number from 0 to ${MAX_WORDS}.`
			);
		if (!maxOk)
			problem(
				'length',
				'max',
				`Length: the maximum must be a whole number from 1 to ${MAX_WORDS}.`
			);
		if (minOk && maxOk && l.min! > l.max!)
			problem(
				'length',
				'max',
				`Length: the maximum (${l.max}) is below the minimum (${l.min}); no text could pass.`
			);
		else if (minOk && maxOk) rubric.push({ kind: 'length', min: l.min!, max: l.max!, weight: lw });
	}

	for (const kind of ['required', 'banned'] as const) {
		const c = form[kind];
		const w = weightOf(kind, c.weight);
		if (!w) continue;
		const words = wordList(c.words);
		const bad = words.filter((x) => !singleWord(x));
		if (!words.length)
			problem(
				kind,
				'words',
				`${checkNames[kind]}: list at least one word, or set the weight to 0.`
			);
		else if (bad.length)
			problem(
				kind,
				'words',
				`${checkNames[kind]}: “${bad[0]}” is not one word; separate words with commas.`
			);
		else rubric.push({ kind, words, weight: w });
	}

	const pw = weightOf('polite', form.polite.weight);
	if (pw) rubric.push({ kind: 'polite', weight: pw });

	const m = form.mentions;
	const mw = weightOf('mentions', m.weight);
	if (mw) {
		const word = m.word.trim().toLowerCase();
		const wordOk = singleWord(word);
		const timesOk = wholeNumber(m.times, 1, 100);
		if (!wordOk)
			problem(
				'mentions',
				'word',
				word
					? `${checkNames.mentions}: “${word}” is not one word.`
					: `${checkNames.mentions}: name the word, or set the weight to 0.`
			);
		if (!timesOk)
			problem(
				'mentions',
				'times',
				`${checkNames.mentions}: how many times must be a whole number from 1 to 100.`
			);
		if (wordOk && timesOk) rubric.push({ kind: 'mentions', word, times: m.times!, weight: mw });
	}

	if (!problems.length && !rubric.length)
		problems.push({
			check: 'length',
			field: 'weight',
			message:
				'Every weight is 0, so every sample would score 0 and the first would always win: give at least one check a weight.'
		});
	return problems.length ? { ok: false, problems } : { ok: true, rubric };
}

export interface CheckResult {
	kind: CheckKind;
	/** 0 to 1: the share of the check met (1 = passed). */
	met: number;
	/** weight × met. */
	points: number;
	weight: number;
	/** What the check found, in words ("34 words", "missing: data"). */
	detail: string;
}

export interface Score {
	/** The reward: the sum of the checks' points. */
	total: number;
	/** The most the rubric can give (the sum of the weights). */
	max: number;
	checks: CheckResult[];
}

const POLITE = new Set(['please', 'thank', 'thanks']);

function measure(check: Check, words: readonly string[]): { met: number; detail: string } {
	switch (check.kind) {
		case 'length': {
			const n = words.length;
			return { met: n >= check.min && n <= check.max ? 1 : 0, detail: `${n} words` };
		}
		case 'required': {
			const missing = check.words.filter((w) => !words.includes(w));
			return {
				met: (check.words.length - missing.length) / check.words.length,
				detail: missing.length ? `missing: ${missing.join(', ')}` : 'all present'
			};
		}
		case 'banned': {
			const found = check.words.filter((w) => words.includes(w));
			return {
				met: found.length ? 0 : 1,
				detail: found.length ? `uses: ${found.join(', ')}` : 'none used'
			};
		}
		case 'polite': {
			const said = words.some((w) => POLITE.has(w));
			return { met: said ? 1 : 0, detail: said ? 'polite word found' : 'no please or thanks' };
		}
		case 'mentions': {
			const n = words.filter((w) => w === check.word).length;
			return { met: Math.min(1, n / check.times), detail: `“${check.word}” ${n} times` };
		}
	}
}

/** A text's reward under a rubric, check by check. A reasoning model's thinking is not scored. */
export function score(text: string, rubric: Rubric): Score {
	const words = wordsOf(visibleAnswer(text));
	const checks = rubric.map((check) => {
		const { met, detail } = measure(check, words);
		return { kind: check.kind, met, points: check.weight * met, weight: check.weight, detail };
	});
	return {
		total: checks.reduce((t, c) => t + c.points, 0),
		max: rubric.reduce((t, c) => t + c.weight, 0),
		checks
	};
}

/**
 * What the rubric does not see: the share of a text's words that are not repeats (distinct words
 * ÷ words; 1 for an empty text). A crude stand-in for a reader, used only to show that a gamed
 * reward can rise while the text gets worse.
 */
export function variety(text: string): number {
	const words = wordsOf(visibleAnswer(text));
	return words.length ? new Set(words).size / words.length : 1;
}
