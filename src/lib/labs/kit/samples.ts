// A batch of repeated samples: each prompt asked N times, seeds seed…seed+N−1, so a run can be
// repeated exactly and only the seed differs between one prompt's answers. The consistency check
// and the majority vote (self-consistency) both plan their batch this way and read it back by
// prompt; the item ids and the order live here.
import type { GenerateRequest } from '$lib/engine/types';
import type { LabRequest, RequestSettings } from './adapter';
import type { ItemOutcome, QueueItem } from './runQueue';

const sampleId = (prompt: number, sample: number) => `${prompt}:${sample}`;

/** What every sampled lab's plan holds besides its prompts. */
export interface SampledPlan {
	/** N: samples per prompt. */
	samples: number;
	seed: number;
	/** The engine answers chat messages (a longer budget) or continues text (the trigram model). */
	chat: boolean;
}

/** Every sample of the first prompt, then every sample of the second, and so on. */
export function repeatedSamples<T>(
	prompts: readonly T[],
	samples: number,
	seed: number,
	request: (prompt: T, seed: number) => GenerateRequest
): QueueItem[] {
	return prompts.flatMap((prompt, p) =>
		Array.from({ length: samples }, (_, s) => ({
			id: sampleId(p, s),
			request: request(prompt, seed + s)
		}))
	);
}

/**
 * The usual batch: each prompt text `plan.samples` times with one set of settings, seeds
 * `plan.seed`, `plan.seed + 1`, …; the labs that send a prompt N times (the hallucination check,
 * the majority vote, best-of-N) differ only in their texts and settings.
 */
export function sampledBatch(
	texts: readonly string[],
	plan: { samples: number; seed: number },
	settings: Omit<RequestSettings, 'seed'>,
	request: LabRequest
): QueueItem[] {
	return repeatedSamples(texts, plan.samples, plan.seed, (text, seed) =>
		request(text, { ...settings, seed })
	);
}

/**
 * Where the batch's item at `index` sits in that order: its prompt (from 0) and its sample (from
 * 1), for naming the item under way ("problem 2, sample 3").
 */
export function sampleAt(index: number, samples: number): { prompt: number; sample: number } {
	return { prompt: Math.floor(index / samples), sample: (index % samples) + 1 };
}

/** Prompt p's first n samples in seed order, each its outcome or undefined while it has not ended. */
export function samplesOf(
	outcomes: ReadonlyMap<string, ItemOutcome>,
	prompt: number,
	n: number
): (ItemOutcome | undefined)[] {
	return Array.from({ length: n }, (_, s) => outcomes.get(sampleId(prompt, s)));
}
