// The few-shot lab as pure functions: the exact prompt for k examples, the batch that runs every
// test sentence under every k (one engine, one seed, temperature 0, so k is the only thing that
// changes), and the scored table and accuracy per k made from the batch's outcomes. The page
// shows these prompts verbatim and draws these numbers; fewshot.spec.ts pins both.
//
// One user message holds the instruction, the k solved examples and the sentence to label, the
// "worksheet" layout of the GPT-3 paper: the same text reaches a chat model (inside its chat
// template) and the trigram model (which reads only its last two words, "Sentiment :", the same
// for every sentence; that is why its score cannot move with k).
import type { QueueItem, ItemOutcome } from '../../kit/runQueue';
import { scoredRequest } from '../scoredRequest';
import type { Label, LabelledSentence } from './data';
import { judgeLabel, type LabelVerdict } from './score';

export const instruction =
	'Label the sentiment of the sentence as POS (positive), NEG (negative) or NEU (neutral).';

/** The whole message for one sentence, with the first k examples of the pool before it. */
export function fewShotPrompt(examples: LabelledSentence[], sentence: string): string {
	return [
		instruction,
		...examples.map((e) => `Sentence: ${e.text.trim()}\nSentiment: ${e.label}`),
		`Sentence: ${sentence.trim()}\nSentiment:`
	].join('\n\n');
}

/**
 * Room for a code plus a few words of prose (a zero-shot habit worth seeing). The trigram model
 * writes one word per 20 ms; 4 words keeps 3 conditions × 12 sentences to a few seconds.
 */
export const maxTokensFor = (chat: boolean) => (chat ? 16 : 4);

export const conditionName = (k: number) => (k === 0 ? 'zero-shot' : `${k}-shot`);

export interface FewShotPlan {
	/** Numbers of examples compared, ascending and unique. */
	shots: number[];
	/** The example pool as edited; k examples = the first k. */
	examples: LabelledSentence[];
	items: LabelledSentence[];
	seed: number;
	chat: boolean;
}

/** The k values to offer and preselect: unique, ascending, within what the pool holds. */
export function normaliseShots(shots: number[], poolSize: number): number[] {
	return [...new Set(shots)]
		.filter((k) => Number.isInteger(k) && k >= 0 && k <= poolSize)
		.sort((a, b) => a - b);
}

/** Why the plan cannot run yet, in words for the page, or null. */
export function planProblem(shots: number[], examples: LabelledSentence[]): string | null {
	if (shots.length === 0) return 'Choose at least one number of examples to compare.';
	const most = Math.max(...shots);
	const blank = examples.slice(0, most).findIndex((e) => !e.text.trim());
	if (blank >= 0)
		return `${conditionName(most)} needs ${most} examples, and example ${blank + 1} is empty: write a sentence or untick ${conditionName(most)}.`;
	return null;
}

const itemId = (k: number, i: number) => `${k}:${i}`;

/** Every sentence under every k, grouped by k (one bar fills up at a time). */
export function fewShotItems(plan: FewShotPlan): QueueItem[] {
	return plan.shots.flatMap((k) =>
		plan.items.map((item, i) => ({
			id: itemId(k, i),
			request: scoredRequest(fewShotPrompt(plan.examples.slice(0, k), item.text), {
				seed: plan.seed,
				maxTokens: maxTokensFor(plan.chat)
			})
		}))
	);
}

export interface FewShotCell {
	k: number;
	/** Null until the item has run. */
	output: string | null;
	error: string | null;
	verdict: LabelVerdict | null;
}

export interface FewShotRow {
	sentence: string;
	expected: Label;
	cells: FewShotCell[];
}

const byId = (outcomes: ItemOutcome[]) => new Map(outcomes.map((o) => [o.id, o]));

/** One row per test sentence, one cell per k; a refused item counts as wrong. */
export function fewShotRows(plan: FewShotPlan, outcomes: ItemOutcome[]): FewShotRow[] {
	const done = byId(outcomes);
	return plan.items.map((item, i) => ({
		sentence: item.text,
		expected: item.label,
		cells: plan.shots.map((k) => {
			const o = done.get(itemId(k, i));
			if (!o) return { k, output: null, error: null, verdict: null };
			const verdict = o.error
				? { extracted: null, ambiguous: false, correct: false }
				: judgeLabel(o.text, item.label);
			return { k, output: o.text, error: o.error?.message ?? null, verdict };
		})
	}));
}

export interface ConditionScore {
	label: string;
	correct: number;
	/** Items scored so far. */
	total: number;
}

/** Accuracy per k over the items that have run. */
export function fewShotScores(plan: FewShotPlan, rows: FewShotRow[]): ConditionScore[] {
	return plan.shots.map((k, c) => {
		const verdicts = rows.flatMap((r) => (r.cells[c]?.verdict ? [r.cells[c].verdict] : []));
		return {
			label: conditionName(k),
			correct: verdicts.filter((v) => v.correct).length,
			total: verdicts.length
		};
	});
}
