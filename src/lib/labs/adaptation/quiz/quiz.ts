// The model quiz's pure part: the exact message each question sends, the answer letter read back
// from whatever the engine wrote, the score, the speed, and the record kept per engine on the
// device (checked when read back: the store is shared and may hold anything, e.g. an older shape).
import * as v from 'valibot';
import type { GenerationUsage } from '$lib/engine/types';
import { visibleAnswer } from '$lib/labs/prompting/answer';
import { scoredRequest } from '$lib/labs/prompting/scoredRequest';
import type { QueueItem } from '../../kit/runQueue';
import { letters, type Letter, type QuizQuestion } from './questions';

/** Room for "The answer is B) …", and short enough for the built-in engine's 20 ms per word. */
export const ANSWER_TOKENS = 16;

/**
 * The one user message a question sends, the same for every engine. It ends in "Answer:", the
 * usual cue of multiple-choice tests, which also gives the trigram model something to continue
 * (after "only." it would end the text at once and write nothing).
 */
export function quizPrompt(q: QuizQuestion): string {
	const options = q.options.map((o, i) => `${letters[i]}) ${o}`).join('\n');
	return `${q.question}\n${options}\nReply with the letter of the correct option only.\nAnswer:`;
}

/**
 * One scored request per question (greedy, thinking off: scoredRequest.ts), so a model gives its
 * single most likely answer and a rerun gives the same one; the seed is still set, per question,
 * for engines that sample anyway.
 */
export function quizItems(questions: QuizQuestion[], seed: number): QueueItem[] {
	return questions.map((q, i) => ({
		id: q.id,
		request: scoredRequest(quizPrompt(q), { seed: seed + i, maxTokens: ANSWER_TOKENS })
	}));
}

const stated = /\b[Aa]nswer(?:\s+is)?\s*[:-]?\s*[(*]*([A-D])(?![A-Za-z])/;
const leading = /^[\s(*[]*([A-D])(?:[).:\]*]|\s*$|\s*\n|\s+[-–—]\s)/;
const marked = /(?:^|[\s(*])([A-D])\)/;
// A capital standing alone and ending a sentence: "I think D." (not "U.S.A." or "A model").
const lone = /(?<![\p{L}\p{N}.'’-])([A-D])[*"”’]*(?=[.!?]+(?:\s|$))/u;

/**
 * The option the reply chooses, or null. A reasoning model's <think> block is dropped first
 * (answer.ts): a letter it weighs there is not its answer. Then, in this order: a stated answer
 * ("Answer: B", "the answer is C"), a leading letter ("B", "B) …", "(B)", "**B**"), a marked
 * letter anywhere ("… C) …"), a lone capital before the end of a sentence ("I think D."),
 * else the text of exactly one option. An article "A" starting a sentence ("A model …") is no
 * answer: it is followed by a word, not by the end of a sentence.
 */
export function extractLetter(reply: string, options: readonly string[]): Letter | null {
	const t = visibleAnswer(reply);
	const m = stated.exec(t) ?? leading.exec(t) ?? marked.exec(t) ?? lone.exec(t);
	if (m) return m[1] as Letter;
	const lower = t.toLowerCase();
	const named = options
		.map((o, i) => (lower.includes(o.toLowerCase()) ? letters[i]! : null))
		.filter((l) => l !== null);
	return named.length === 1 ? named[0]! : null;
}

export interface ScoredItem {
	id: string;
	chosen: Letter | null;
	correct: boolean;
}

export function scoreQuiz(questions: QuizQuestion[], answers: string[]) {
	const items: ScoredItem[] = answers.map((text, i) => {
		const q = questions[i]!;
		const chosen = extractLetter(text, q.options);
		return { id: q.id, chosen, correct: chosen === q.answer };
	});
	return { items, correct: items.filter((i) => i.correct).length, total: items.length };
}

/** Tokens written per second of writing, over all answers (a slow answer weighs its time). */
export function tokensPerSecond(usages: GenerationUsage[]): number {
	let tokens = 0;
	let seconds = 0;
	for (const u of usages) {
		if (u.completionTokens > 0 && u.decodeTokensPerSecond > 0) {
			tokens += u.completionTokens;
			seconds += u.completionTokens / u.decodeTokensPerSecond;
		}
	}
	return seconds > 0 ? tokens / seconds : 0;
}

/** A count, a rate or a time: a finite number of at least `min`. */
const atLeast = (min: number) => v.pipe(v.number(), v.finite(), v.minValue(min));
const count = (min: number) => v.pipe(atLeast(min), v.integer());

/**
 * One engine's stored result, as the quiz table and charts read it back (results.ts). Bounded, so
 * a damaged or hostile stored value fails here, cheaply, instead of reaching the page.
 */
export const QuizRecordSchema = v.pipe(
	v.object({
		engineId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
		label: v.pipe(v.string(), v.maxLength(200)),
		/** Weights for a neural model, distinct trigrams for the built-in one, null when unknown. */
		size: v.nullable(atLeast(1)),
		sizeKind: v.picklist(['weights', 'trigrams']),
		correct: count(0),
		total: count(1),
		tokensPerSecond: atLeast(0),
		seed: atLeast(0),
		/** When it was measured (ms since 1970). */
		at: atLeast(0)
	}),
	v.check((r) => r.correct <= r.total, 'more answers correct than questions asked')
);

export type QuizRecord = v.InferOutput<typeof QuizRecordSchema>;
