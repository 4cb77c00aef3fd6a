// The data split both adaptation labs share: a fixed share of the concept paragraphs is kept
// aside (chosen by a seeded shuffle, so a seed always keeps aside the same paragraphs) and never
// trained on, and nested shares of the rest are taken by token budget. Paragraphs stay whole:
// the model trains on each one as a sequence from its start to its end mark, as the app's
// built-in engine does, so a cut paragraph would teach it an end that is not in the text.
import { tokenize } from '$lib/engine/builtin/ngram';
import { createRng } from '$lib/sampling/sampling';

/** About one paragraph in eight is kept aside for testing. */
export const HELD_OUT_SHARE = 0.12;

/** Tokens of a paragraph as the model trains on them: its words and punctuation plus the end mark. */
export const trainingTokens = (paragraph: string) => tokenize(paragraph).length + 1;

export interface CorpusSplit {
	/** In the shuffled order, so any prefix is a random sample of the training part. */
	train: string[];
	heldOut: string[];
}

/** A seeded split: the same paragraphs and seed always give the same two parts. */
export function splitCorpus(
	paragraphs: string[],
	seed: number,
	share = HELD_OUT_SHARE
): CorpusSplit {
	const rng = createRng(seed);
	const order = paragraphs.map((_, i) => i);
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	const kept = Math.max(1, Math.round(paragraphs.length * share));
	return {
		heldOut: order.slice(0, kept).map((i) => paragraphs[i]!),
		train: order.slice(kept).map((i) => paragraphs[i]!)
	};
}

/**
 * The first paragraphs of `train` whose tokens reach `fraction` of all its tokens (at least one
 * paragraph). Shares are nested: a larger share holds every paragraph of a smaller one.
 */
export function shareOf(train: string[], fraction: number): string[] {
	const total = train.reduce((n, p) => n + trainingTokens(p), 0);
	const budget = fraction * total;
	const out: string[] = [];
	let used = 0;
	for (const p of train) {
		if (out.length > 0 && used >= budget) break;
		out.push(p);
		used += trainingTokens(p);
	}
	return out;
}
