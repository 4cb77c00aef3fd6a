// The consistency lab as pure functions. The idea (Manakul et al. 2023, SelfCheckGPT; Farquhar
// et al. 2024, semantic entropy): a model that knows a fact tends to give the same answer each
// time it is sampled, while one that is making it up spreads its answers. So each question is
// sampled N times at a moderate temperature with seeds base, base+1, … (the same seeds for both
// questions, so the question is the only difference), and the answers' agreement is measured in
// two plain ways that need no second model:
//   - majority share: the fraction of answers equal to the most common one, after normalising
//     (first non-empty line, lower case, punctuation and a leading "answer" dropped);
//   - mean pairwise Jaccard: for every pair of answers, shared words / all words, averaged, which
//     still credits answers that agree in part ("1867" against "born in 1867").
// Both are 1 when every answer is the same. consistency.spec.ts pins them.
import { visibleAnswer } from '../prompting/answer';
import type { ItemOutcome, QueueItem } from '../kit/runQueue';
import { sampledBatch, samplesOf, type SampledPlan } from '../kit/samples';
import type { LabRequest } from '../kit/adapter';

/** Answers normalised to at most this many words: the claim, not the explanation after it. */
const MAX_WORDS = 8;

export function normaliseAnswer(reply: string): string {
	const line =
		visibleAnswer(reply)
			.split('\n')
			.map((l) => l.trim())
			.find((l) => l.length > 0) ?? '';
	const words = line
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
	if (words[0] === 'answer') words.shift();
	return words.slice(0, MAX_WORDS).join(' ');
}

export interface Agreement {
	/** The most common normalised answer ('' when none came back). */
	majority: string;
	/** How many answers equal it. */
	count: number;
	/** Answers counted. */
	total: number;
	/** count / total, 0 when there are no answers. */
	share: number;
	/** Mean word-set Jaccard similarity over all pairs; 1 for a single answer, 0 for none. */
	jaccard: number;
}

function jaccard(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 && b.size === 0) return 1;
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / (a.size + b.size - shared);
}

/** Agreement of normalised answers; ties go to the answer seen first. */
export function agreement(answers: readonly string[]): Agreement {
	const total = answers.length;
	if (total === 0) return { majority: '', count: 0, total: 0, share: 0, jaccard: 0 };
	const counts = new Map<string, number>();
	for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
	let majority = answers[0]!;
	for (const [a, n] of counts) if (n > counts.get(majority)!) majority = a;
	const sets = answers.map((a) => new Set(a.split(' ').filter(Boolean)));
	let sum = 0;
	let pairs = 0;
	for (let i = 0; i < sets.length; i++)
		for (let j = i + 1; j < sets.length; j++) {
			sum += jaccard(sets[i]!, sets[j]!);
			pairs++;
		}
	const count = counts.get(majority)!;
	return { majority, count, total, share: count / total, jaccard: pairs ? sum / pairs : 1 };
}

export interface ConsistencyPlan extends SampledPlan {
	questions: readonly string[];
}

/** Sampling settings: varied enough to show doubt, not so hot that a known fact scatters. */
export const sampling = { temperature: 0.8, topK: 40, topP: 0.95 } as const;

/** A year or a name fits in 16 tokens; the trigram model gets 10 words, about 0.2 s each run. */
export const maxTokens = (chat: boolean) => (chat ? 16 : 10);

/** Every sample of the first question, then every sample of the second, seeds seed…seed+N-1. */
export function consistencyItems(plan: ConsistencyPlan, request: LabRequest): QueueItem[] {
	const settings = { ...sampling, maxTokens: maxTokens(plan.chat), thinking: false };
	return sampledBatch(plan.questions, plan, settings, request);
}

export interface ConsistencyRow {
	question: string;
	/** The normalised answers that came back, in seed order (refused items left out). */
	answers: string[];
	agreement: Agreement;
}

/** One row per question from the outcomes so far. */
export function consistencyRows(
	plan: ConsistencyPlan,
	outcomes: readonly ItemOutcome[]
): ConsistencyRow[] {
	const done = new Map(outcomes.map((o) => [o.id, o]));
	return plan.questions.map((question, qi) => {
		const answers = samplesOf(done, qi, plan.samples)
			.filter((o) => o && !o.error)
			.map((o) => normaliseAnswer(o!.text));
		return { question, answers, agreement: agreement(answers) };
	});
}
