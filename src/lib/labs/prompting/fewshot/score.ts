// Scoring a few-shot answer: which of the three codes the model gave, if any. The rule, the
// same for every engine and every number of examples:
//   0. A reasoning model's <think> block is not the answer and is dropped first (answer.ts): a
//      code it weighs there ("maybe NEG?") is not the code it gives.
//   1. Look at the first line of the answer that names any code.
//   2. A code is POS, NEG or NEU standing as a word of its own, in any case, with any
//      punctuation or words around it ("NEG", "neg.", "Sentiment: NEG", "(NEU)").
//   3. If that line names two different codes ("POS, NEG or NEU"), the answer is ambiguous
//      and counts as no label. Later lines are ignored: a model that answers "NEG" and then
//      carries on the pattern with a made-up sentence of its own has still answered "NEG".
//   4. Spelled-out words ("positive", "Negative") are not the code and count as no label: the
//      task asks for the code, and that format is exactly what the examples teach.
// An answer is correct when the extracted code equals the expected one.
import { visibleAnswer } from '../answer';
import type { Label } from './data';

export interface LabelVerdict {
	/** The code found, or null (none, or two different ones on the line). */
	extracted: Label | null;
	/** The line named more than one different code. */
	ambiguous: boolean;
	correct: boolean;
}

/** The rule above in one sentence for the page. */
export const labelRule =
	'Scoring: the first line of the answer that names a code counts, in any case and with any words around it; two different codes on that line, or a spelled-out word such as “Positive”, count as no label; a reasoning model’s thinking (between <think> or [THINK] tags) is skipped.';

const CODE = /(?<![\p{L}\p{N}])(pos|neg|neu)(?![\p{L}\p{N}])/giu;

/** The code an answer gives, by the rule in this file's header. */
export function extractLabel(output: string): { label: Label | null; ambiguous: boolean } {
	for (const line of visibleAnswer(output).split(/\r?\n/)) {
		const found = new Set([...line.matchAll(CODE)].map((m) => m[1]!.toUpperCase() as Label));
		if (found.size === 0) continue;
		if (found.size > 1) return { label: null, ambiguous: true };
		const [label] = found;
		return { label: label!, ambiguous: false };
	}
	return { label: null, ambiguous: false };
}

export function judgeLabel(output: string, expected: Label): LabelVerdict {
	const { label, ambiguous } = extractLabel(output);
	return { extracted: label, ambiguous, correct: label === expected };
}
