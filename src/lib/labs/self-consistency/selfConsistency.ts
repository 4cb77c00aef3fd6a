// The self-consistency lab as pure functions (Wang et al. 2022): every chain-of-thought problem is
// answered up to N times step by step at temperature 0.7 with seeds seed…seed+N-1, the final
// number is read from each reply by the chain-of-thought lab's rule (cot/extract.ts), and the
// answer for "N samples" is the majority vote over the first N. Taking the first N of one batch
// (rather than a new batch per N) is how the paper plots it, and it means the points on the
// curve share their samples, so a jump from one N to the next is the vote changing, not luck of a
// fresh draw. Tokens spent per problem at N are the completion tokens of those N replies, thinking
// included. selfConsistency.spec.ts pins the vote and the curve.
import type { ItemOutcome, QueueItem } from '../kit/runQueue';
import { sampledBatch, samplesOf, type SampledPlan } from '../kit/samples';
import type { LabRequest } from '../kit/adapter';
import { cotPrompt } from '../prompting/cot/cot';
import { extractAnswer } from '../prompting/cot/extract';
import type { WordProblem } from '../prompting/cot/problems';

/** The most common answer, ties to the one that appeared first; null when no reply had a number. */
export function majorityVote(answers: readonly (number | null)[]): number | null {
	const counts = new Map<number, number>();
	for (const a of answers) if (a !== null) counts.set(a, (counts.get(a) ?? 0) + 1);
	let best: number | null = null;
	for (const [a, n] of counts) if (best === null || n > counts.get(best)!) best = a;
	return best;
}

/** The sample counts the visitor can pick as the largest N, and the points plotted. */
export const sampleCounts = [1, 2, 4, 8, 16] as const;

export interface SelfConsistencyPlan extends SampledPlan {
	/** The word problems; `samples` is the largest N (the curve takes the first 1, 2, 4 …). */
	problems: readonly WordProblem[];
	/** Thinking on for a model that switches it (Qwen3); always false elsewhere. */
	thinking: boolean;
}

/** Moderate temperature: the votes need different chains, not noise (the paper used 0.5–0.7). */
export const sampling = { temperature: 0.7, topK: 40, topP: 0.95 } as const;

/**
 * Token budget per reply: 300 holds a small model's steps and answer line, 1,000 a reasoning
 * model's thinking too; the trigram model writes 24 words (0.5 s), enough to show it has no steps.
 */
export function budget(chat: boolean, thinking: boolean): number {
	if (!chat) return 24;
	return thinking ? 1000 : 300;
}

/** Problem by problem, N samples each. */
export function selfConsistencyItems(plan: SelfConsistencyPlan, request: LabRequest): QueueItem[] {
	const texts = plan.problems.map((p) => cotPrompt(p.question, 'steps'));
	const settings = { ...sampling, maxTokens: budget(plan.chat, plan.thinking) };
	return sampledBatch(texts, plan, { ...settings, thinking: plan.thinking }, request);
}

export interface CurvePoint {
	n: number;
	/** Problems whose first n samples have all ended. */
	problems: number;
	correct: number;
	/** Mean completion tokens per problem for n samples. */
	tokens: number;
}

/** Accuracy and tokens at each plotted N up to the plan's, from the outcomes so far. */
export function curve(plan: SelfConsistencyPlan, outcomes: readonly ItemOutcome[]): CurvePoint[] {
	const done = new Map(outcomes.map((o) => [o.id, o]));
	return sampleCounts
		.filter((n) => n <= plan.samples)
		.map((n) => {
			let problems = 0;
			let correct = 0;
			let tokens = 0;
			plan.problems.forEach((p, pi) => {
				const firstN = samplesOf(done, pi, n);
				if (firstN.some((o) => !o)) return;
				problems++;
				const answers = firstN.map((o) => (o!.error ? null : extractAnswer(o!.text).value));
				if (majorityVote(answers) === p.answer) correct++;
				tokens += firstN.reduce((t, o) => t + (o!.result?.usage.completionTokens ?? 0), 0);
			});
			return { n, problems, correct, tokens: problems ? Math.round(tokens / problems) : 0 };
		});
}
