// The RAG lab's two prompts, built by pure functions so the page shows exactly what is sent and
// prompt.spec.ts checks it: the question with the retrieved passages numbered [1]..[k] and an
// instruction to answer only from them and cite them by number, and the same question alone.
// The question comes last in the augmented prompt: a chat model reads the passages with the task
// in mind. The built-in trigram model continues only the last two words of the message, the same
// in both prompts, so for it the passages also travel as `context` (a cache model, see
// engine/builtin/cache.ts): its two answers then differ by the retrieved text alone too.
// Citations in the answer are model output, untrusted: citationSegments only cuts the text into
// plain pieces and numbers, and the view renders each number as a link element it builds itself.
// Sampling: a low temperature (0.3) with the prepared seed, because an answer from passages
// should stay close to them; both prompts run with the same settings and seed, so the only
// difference between the two answers is the retrieved text.
import type { GenerateRequest } from '$lib/engine/types';
import type { LabEngine } from '../../kit/adapter';

export interface Passage {
	title: string;
	text: string;
}

const INSTRUCTION =
	'Answer the question using only the numbered passages below. Cite each passage you use by its number in square brackets, like [1]. If the passages do not contain the answer, say so.';

/** The augmented prompt: instruction, numbered passages, then the question. */
export function augmentedPrompt(question: string, passages: Passage[]): string {
	const numbered = passages.map((p, i) => `[${i + 1}] ${p.title}: ${p.text}`).join('\n\n');
	return `${INSTRUCTION}\n\n${numbered}\n\nQuestion: ${question.trim()}`;
}

/** The same question without retrieval. */
export function plainPrompt(question: string): string {
	return question.trim();
}

/** Enough for a short cited answer; the lab is about the passages, not long texts. */
const MAX_TOKENS = 160;

export interface AnswerItem {
	id: 'rag' | 'plain';
	/** The exact message sent. */
	prompt: string;
	request: GenerateRequest;
}

/**
 * The two requests, with retrieval and without, identical but for the prompt. The engine adapter
 * decides how the passages reach the engine: in the prompt for a chat model, and also as
 * `context` for an engine that continues text (the trigram model reads only two words, so
 * passages in the prompt never reach it).
 */
export function answerItems(
	question: string,
	passages: Passage[],
	seed: number,
	engine: LabEngine
): AnswerItem[] {
	const settings = { temperature: 0.3, topK: 40, topP: 0.9, maxTokens: MAX_TOKENS, seed };
	const item = (id: AnswerItem['id'], prompt: string, context: string[] = []): AnswerItem => ({
		id,
		prompt,
		request: engine.request(prompt, settings, context)
	});
	return [
		item(
			'rag',
			augmentedPrompt(question, passages),
			passages.map((p) => p.text)
		),
		item('plain', plainPrompt(question))
	];
}

export type AnswerSegment = { text: string } | { text: string; cite: number };

/**
 * The answer as text and citations: "[2]" and each number of "[1, 3]" or "[1][3]" that names a
 * passage shown (1..count) becomes a citation; anything else stays text as written.
 */
export function citationSegments(answer: string, count: number): AnswerSegment[] {
	const out: AnswerSegment[] = [];
	let at = 0;
	const text = (t: string) => {
		if (!t) return;
		const last = out.at(-1);
		if (last && !('cite' in last)) last.text += t;
		else out.push({ text: t });
	};
	for (const m of answer.matchAll(/\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]/g)) {
		const numbers = m[1]!.split(/\s*[,;]\s*/).map(Number);
		if (!numbers.every((n) => n >= 1 && n <= count)) continue;
		text(answer.slice(at, m.index));
		text('[');
		numbers.forEach((n, i) => {
			if (i) text(', ');
			out.push({ text: String(n), cite: n });
		});
		text(']');
		at = m.index + m[0].length;
	}
	text(answer.slice(at));
	return out;
}

/** The passage numbers an answer cites, each once, in order of first mention. */
export function citedNumbers(segments: AnswerSegment[]): number[] {
	return [...new Set(segments.flatMap((s) => ('cite' in s ? [s.cite] : [])))];
}
