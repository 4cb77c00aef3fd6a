// Best-of-N as pure functions: sample one prompt N times with seeds seed…seed+N−1, score every
// sample with the visitor's rubric (rubric.ts), keep the highest; a tie goes to the earlier
// sample, so the same seed and rubric always pick the same winner. It is the simplest way to
// optimise against a reward without training anything (the InstructGPT and Gao et al. 2022
// papers use it beside RL). The curve takes the first N of one batch for each N = 1, 2, 4 …, as
// the self-consistency lab does, so the points share their samples: the best reward can only
// stay or rise as N grows, and a jump is a better sample found, not a fresh draw.
// bestOfN.spec.ts pins the choice, the ties and the curve.
import type { ItemOutcome, QueueItem } from '../kit/runQueue';
import { sampledBatch, samplesOf, type SampledPlan } from '../kit/samples';
import type { LabRequest } from '../kit/adapter';
import type { RubricForm } from './rubric';

/** The N the visitor can pick, and the points of the curve. */
export const sampleCounts = [1, 2, 4, 8, 16] as const;

/**
 * The index of the highest score, ties to the earlier sample; null scores (a refused sample)
 * never win. -1 when nothing can.
 */
export function pickBest(totals: readonly (number | null)[]): number {
	let best = -1;
	totals.forEach((t, i) => {
		if (t !== null && (best < 0 || t > totals[best]!)) best = i;
	});
	return best;
}

export interface CurvePoint {
	n: number;
	/** Whether the first n samples have all ended. */
	ready: boolean;
	/** The best reward among them (0 while not ready). */
	best: number;
	/** Which sample won (0-based), -1 while not ready or when none could. */
	winner: number;
}

/** Best reward at each N up to the number of samples, from the totals so far (undefined: not ended). */
export function rewardCurve(totals: readonly (number | null | undefined)[]): CurvePoint[] {
	return sampleCounts
		.filter((n) => n <= totals.length)
		.map((n) => {
			const first = totals.slice(0, n);
			if (first.some((t) => t === undefined)) return { n, ready: false, best: 0, winner: -1 };
			const winner = pickBest(first as (number | null)[]);
			return { n, ready: true, best: winner < 0 ? 0 : first[winner]!, winner };
		});
}

export interface BestOfNPlan extends SampledPlan {
	/** The text sent (a chat message, or the sentence start the trigram model continues). */
	prompt: string;
}

/** Hot enough that the samples differ, which is what gives best-of-N something to choose from. */
export const sampling = { temperature: 1, topK: 50, topP: 0.95 } as const;

/**
 * Room for a short paragraph: 120 tokens for a chat model; the trigram model writes 60 words
 * (about 1.2 s a sample at its 20 ms a word), so 16 samples take under 20 s.
 */
export const maxTokens = (chat: boolean) => (chat ? 120 : 60);

/** The prompt N times, seeds seed…seed+N−1; thinking off, the rubric scores the answer. */
export function bestOfNItems(plan: BestOfNPlan, request: LabRequest): QueueItem[] {
	const settings = { ...sampling, maxTokens: maxTokens(plan.chat), thinking: false };
	return sampledBatch([plan.prompt], plan, settings, request);
}

/** Sample s's outcome for s < n, undefined while it has not ended. */
export function samplesSoFar(
	outcomes: readonly ItemOutcome[],
	n: number
): (ItemOutcome | undefined)[] {
	return samplesOf(new Map(outcomes.map((o) => [o.id, o])), 0, n);
}

export type PresetName = 'sensible' | 'gameable';

/**
 * The two rubrics the lab starts from. "Sensible" asks for what a short explanation for a friend
 * needs; "gameable" pays for length and for one word said again and again, so the winner is
 * the sample that rambles and repeats: reward hacking in one click.
 */
export const presets: Record<PresetName, RubricForm> = {
	sensible: {
		length: { min: 15, max: 50, weight: 2 },
		required: { words: 'text, words', weight: 2 },
		banned: { words: 'parameters, transformer', weight: 1 },
		polite: { weight: 1 },
		mentions: { word: 'model', times: 1, weight: 0 }
	},
	gameable: {
		length: { min: 45, max: 1000, weight: 3 },
		required: { words: '', weight: 0 },
		banned: { words: '', weight: 0 },
		polite: { weight: 0 },
		mentions: { word: 'model', times: 6, weight: 3 }
	}
};

/** A copy of a preset for the editor to change. */
export function presetForm(name: PresetName): RubricForm {
	return structuredClone(presets[name]);
}
