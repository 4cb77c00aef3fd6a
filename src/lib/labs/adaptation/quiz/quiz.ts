// The model quiz's pure part: the exact message each question sends, the answer letter read back
// from whatever the engine wrote, the score, the speed, and the record kept per engine on the
// device (checked when read back: the store is shared and may hold anything, e.g. an older shape).
import type { GenerationUsage } from '$lib/engine/types';
import { visibleAnswer } from '$lib/labs/prompting/answer';
import type { QueueItem } from '../../kit/runQueue';
import { scoredRequest } from '$lib/labs/prompting/scoredRequest';
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

export interface QuizRecord {
	engineId: string;
	label: string;
	/** Weights for a neural model, distinct trigrams for the built-in one, null when unknown. */
	size: number | null;
	sizeKind: 'weights' | 'trigrams';
	correct: number;
	total: number;
	tokensPerSecond: number;
	seed: number;
	/** When it was measured (ms since 1970). */
	at: number;
}

const finiteAtLeast = (v: unknown, min: number): v is number =>
	typeof v === 'number' && Number.isFinite(v) && v >= min;

/** A stored record if it has the right shape and sane numbers, else null. */
export function parseQuizRecord(v: unknown): QuizRecord | null {
	if (typeof v !== 'object' || v === null) return null;
	const r = v as Record<string, unknown>;
	if (typeof r.engineId !== 'string' || !r.engineId) return null;
	if (typeof r.label !== 'string') return null;
	if (r.size !== null && !finiteAtLeast(r.size, 1)) return null;
	if (r.sizeKind !== 'weights' && r.sizeKind !== 'trigrams') return null;
	if (!finiteAtLeast(r.total, 1) || !Number.isInteger(r.total)) return null;
	if (!finiteAtLeast(r.correct, 0) || !Number.isInteger(r.correct) || r.correct > r.total)
		return null;
	if (!finiteAtLeast(r.tokensPerSecond, 0) || !finiteAtLeast(r.seed, 0) || !finiteAtLeast(r.at, 0))
		return null;
	return {
		engineId: r.engineId,
		label: r.label,
		size: r.size as number | null,
		sizeKind: r.sizeKind,
		correct: r.correct,
		total: r.total,
		tokensPerSecond: r.tokensPerSecond,
		seed: r.seed,
		at: r.at
	};
}
