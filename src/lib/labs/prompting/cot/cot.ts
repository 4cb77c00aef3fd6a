// The chain-of-thought lab as pure functions: the two prompts for a problem (answer only; think
// step by step and end with "Answer: N"), the batch that asks every problem both ways on one
// engine with one seed at temperature 0 (so the prompt is the only thing that changes), and the
// scored table and accuracy per prompt made from the batch's outcomes. cot.spec.ts pins them.
import type { QueueItem, ItemOutcome } from '../../kit/runQueue';
import { scoredRequest } from '../scoredRequest';
import { extractAnswer, isCorrect, type ExtractedAnswer } from './extract';
import type { WordProblem } from './problems';

export const conditions = ['direct', 'steps'] as const;
export type Condition = (typeof conditions)[number];

export const conditionName: Record<Condition, string> = {
	direct: 'Answer only',
	steps: 'Step by step'
};

// Each prompt ends with a cue and a colon ("Answer:", "Steps:"). A chat model takes it as where
// its reply starts; the trigram model, which continues only the last two words, would otherwise
// see "only ." or "line .", after which its likeliest next word is the end of the text: an empty
// reply on the page instead of the word statistics it really writes.
const endings: Record<Condition, string> = {
	direct: 'Answer with the number only.\nAnswer:',
	steps: 'Think step by step, then write "Answer: <number>" on the last line.\nSteps:'
};

export function cotPrompt(problem: string, condition: Condition): string {
	return `${problem.trim()}\n${endings[condition]}`;
}

/**
 * Token budgets. A chat model needs room for its steps (300 tokens hold a few lines of working
 * and the answer line); the answer alone needs a handful. The trigram model writes one word per
 * 20 ms and cannot reason anyway, so it gets just enough to show what it writes: 6 problems ×
 * (8 + 24) words is about 4 s.
 */
export function maxTokensFor(condition: Condition, chat: boolean): number {
	if (condition === 'direct') return chat ? 16 : 8;
	return chat ? 300 : 24;
}

export interface CotPlan {
	problems: WordProblem[];
	seed: number;
	chat: boolean;
}

const itemId = (c: Condition, i: number) => `${c}:${i}`;

/** Every problem answered directly, then every problem step by step. */
export function cotItems(plan: CotPlan): QueueItem[] {
	return conditions.flatMap((c) =>
		plan.problems.map((p, i) => ({
			id: itemId(c, i),
			request: scoredRequest(cotPrompt(p.question, c), {
				seed: plan.seed,
				maxTokens: maxTokensFor(c, plan.chat)
			})
		}))
	);
}

export interface CotCell {
	condition: Condition;
	/** Null until the item has run. */
	output: string | null;
	error: string | null;
	answer: ExtractedAnswer | null;
	correct: boolean;
	/** The reply ran into its token budget (its last line may be missing). */
	cutOff: boolean;
}

export interface CotRow {
	question: string;
	expected: number;
	cells: Record<Condition, CotCell>;
}

/**
 * One row per problem with both answers; a refused item counts as wrong, and one that has not
 * run (or was cut short by Stop, which the batch does not record) has no answer and no verdict.
 */
export function cotRows(plan: CotPlan, outcomes: ItemOutcome[]): CotRow[] {
	const done = new Map(outcomes.map((o) => [o.id, o]));
	const cell = (c: Condition, i: number, expected: number): CotCell => {
		const o = done.get(itemId(c, i));
		if (!o)
			return {
				condition: c,
				output: null,
				error: null,
				answer: null,
				correct: false,
				cutOff: false
			};
		const answer = o.error ? { value: null, from: null } : extractAnswer(o.text);
		return {
			condition: c,
			output: o.text,
			error: o.error?.message ?? null,
			answer,
			correct: isCorrect(answer, expected),
			cutOff: o.result?.finishReason === 'length'
		};
	};
	return plan.problems.map((p, i) => ({
		question: p.question,
		expected: p.answer,
		cells: { direct: cell('direct', i, p.answer), steps: cell('steps', i, p.answer) }
	}));
}

/** Accuracy of each prompt over the problems it has answered so far. */
export function cotScores(rows: CotRow[]) {
	return conditions.map((c) => {
		const answered = rows.map((r) => r.cells[c]).filter((x) => x.answer !== null);
		return {
			label: conditionName[c],
			correct: answered.filter((x) => x.correct).length,
			total: answered.length
		};
	});
}
