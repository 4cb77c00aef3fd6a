// One step of the sampling lab, recomputed from the engine's captured scores whenever a slider
// moves, with no new model call: temperature, top-k, min-p and top-p in the order the engines
// apply them, the renormalised probabilities, what is kept, the entropy and the draw.
// When the engine reported its whole distribution (the built-in model), the step goes through the
// very function the engine samples with (sampling.ts nextTokenDistribution + drawCandidate), over
// an array indexed like the engine's, so the token the lab draws is the token the engine would:
// reshape.spec.ts replays a seeded engine run through it. When only the top N are known (a WebLLM
// model), the listed probabilities are exact at temperature 1 and the unlisted tail is estimated
// as spread evenly over the unlisted tokens; the view says which case it shows.
import type { DrawnToken, NextTokens } from '$lib/engine/types';
import {
	GREEDY_TEMPERATURE,
	drawCandidate,
	entropyBits,
	nextTokenDistribution,
	type SamplingParams
} from '$lib/sampling/sampling';

export interface LabParams extends SamplingParams {
	minP: number;
}

export interface Row {
	/** Position in the engine's list (most likely first). */
	index: number;
	id: number;
	text: string;
	/** The model's own probability. */
	modelProb: number;
	/** After temperature and the filters, renormalised; 0 when filtered out. */
	prob: number;
	kept: boolean;
}

export interface Reshaped {
	rows: Row[];
	/** The unlisted tail: its model mass, and its share after reshaping (an estimate). */
	tail: { count: number; modelMass: number; prob: number; kept: boolean };
	/** The kept rows in the order a draw walks them (the engine's order). */
	order: Row[];
	/** Kept tokens (tail included where kept). */
	keptCount: number;
	/** Entropy in bits of what can be drawn, and 2^entropy: "as uncertain as a fair choice among n". */
	entropy: number;
	effectiveChoices: number;
	/** True when every number shown is exact (the engine listed its whole distribution). */
	exact: boolean;
	greedy: boolean;
}

export function reshape(next: NextTokens, params: LabParams): Reshaped {
	const list = next.candidates;
	const greedy = params.temperature < GREEDY_TEMPERATURE;
	if (next.complete || next.otherCount === 0) return reshapeExact(next, params, greedy);

	// Only the top N are known: tempered weights relative to the favourite, the tail spread evenly.
	const invT = greedy ? 1 : 1 / params.temperature;
	const top = list[0]?.prob ?? 1;
	const weight = (p: number) => (p > 0 ? Math.pow(p / top, invT) : 0);
	const tailEach = next.otherCount > 0 ? next.otherMass / next.otherCount : 0;
	let keep = list.map(() => true);
	let tailKeptCount = next.otherCount;
	if (greedy) {
		keep = list.map((_, i) => i === 0);
		tailKeptCount = 0;
	} else if (params.topK > 0) {
		keep = list.map((_, i) => i < params.topK);
		tailKeptCount = Math.max(0, Math.min(next.otherCount, params.topK - list.length));
	}
	const tailWeight = () => tailKeptCount * weight(tailEach);
	const normalised = () => {
		const z = list.reduce((s, c, i) => s + (keep[i] ? weight(c.prob) : 0), 0) + tailWeight();
		return {
			probs: list.map((c, i) => (keep[i] ? weight(c.prob) / z : 0)),
			tail: tailWeight() / z
		};
	};
	let { probs, tail } = normalised();
	if (!greedy && params.minP > 0) {
		const threshold = params.minP * Math.max(...probs) * (1 - 1e-12);
		keep = keep.map((k, i) => k && probs[i]! >= threshold);
		if (tailKeptCount > 0 && tail / tailKeptCount < threshold) tailKeptCount = 0;
		({ probs, tail } = normalised());
	}
	if (!greedy && params.topP < 1) {
		let sum = 0;
		let reached = false;
		keep = keep.map((k, i) => {
			if (!k) return false;
			if (reached) return false;
			sum += probs[i]!;
			if (sum >= params.topP - 1e-12) reached = true;
			return true;
		});
		if (reached) tailKeptCount = 0;
		({ probs, tail } = normalised());
	}
	const rows = list.map((c, i) => ({
		index: i,
		id: c.id,
		text: c.text,
		modelProb: c.prob,
		prob: probs[i]!,
		kept: keep[i]!
	}));
	const kept = probs.filter((p) => p > 0);
	const order = rows.filter((r) => r.kept);
	// The tail's entropy, as if spread evenly: tailKeptCount tokens of tail / count each.
	const tailEntropy = tailKeptCount > 0 && tail > 0 ? -tail * Math.log2(tail / tailKeptCount) : 0;
	const entropy = entropyBits(kept) + tailEntropy;
	return {
		rows,
		tail: {
			count: next.otherCount,
			modelMass: next.otherMass,
			prob: tail,
			kept: tailKeptCount > 0
		},
		order,
		keptCount: kept.length + tailKeptCount,
		entropy,
		effectiveChoices: 2 ** entropy,
		exact: false,
		greedy
	};
}

/** The whole distribution is known: the engine's own sampler, over ids as the engine has them. */
function reshapeExact(next: NextTokens, params: LabParams, greedy: boolean): Reshaped {
	const size = next.candidates.reduce((m, c) => Math.max(m, c.id + 1), 0);
	const byId = new Float64Array(size);
	for (const c of next.candidates) byId[c.id] = c.prob;
	const kept = nextTokenDistribution(byId, params);
	const after = new Map(kept.map((k) => [k.id, k.prob]));
	const rows = next.candidates.map((c, index) => ({
		index,
		id: c.id,
		text: c.text,
		modelProb: c.prob,
		prob: after.get(c.id) ?? 0,
		kept: after.has(c.id)
	}));
	const entropy = entropyBits(kept.map((k) => k.prob));
	const byRowId = new Map(rows.map((r) => [r.id, r]));
	return {
		rows,
		tail: { count: 0, modelMass: 0, prob: 0, kept: false },
		order: kept.map((k) => byRowId.get(k.id)!),
		keptCount: kept.length,
		entropy,
		effectiveChoices: 2 ** entropy,
		exact: true,
		greedy
	};
}

export interface Draw {
	/** The uniform number in [0, 1) that picked the token (none when greedy). */
	u: number | null;
	/** The row it landed on, or null when it landed in the unlisted tail. */
	row: Row | null;
	/** Landed in the unlisted tail: the token the engine named there, and its rank. */
	tail?: { text: string; rank: number };
	/** Cumulative bounds of each kept row in draw order (for the marker on the cumulative bar). */
	segments: { row: Row; from: number; to: number }[];
}

/**
 * Where the uniform number u lands. Kept rows are walked in the order the engine walks them
 * (most likely first after reshaping), so for an exact step this is drawCandidate itself.
 */
export function drawFrom(view: Reshaped, u: number): Draw {
	const order = view.order;
	let from = 0;
	const segments = order.map((row) => {
		const s = { row, from, to: from + row.prob };
		from = s.to;
		return s;
	});
	if (view.greedy) return { u: null, row: order[0] ?? null, segments };
	if (view.exact) {
		const i = drawCandidate(
			order.map((r) => ({ id: r.id, modelProb: r.modelProb, prob: r.prob })),
			u
		);
		return { u, row: order[i] ?? null, segments };
	}
	const hit = segments.find((s) => u < s.to);
	return { u, row: hit ? hit.row : null, segments };
}

/**
 * Where the draw landed according to the engine, which drew among all its tokens: on a listed
 * row, or in the tail with the token named. Only for a step the page knows in part (the page's
 * own walk is exact for a whole distribution, and there is no draw when greedy).
 */
export function namedDraw(draw: Draw, view: Reshaped, drawn: DrawnToken | undefined): Draw {
	if (!drawn || view.exact || view.greedy) return draw;
	const row = view.rows.find((r) => r.id === drawn.id);
	if (row) return { ...draw, row };
	return { ...draw, row: null, tail: { text: drawn.text, rank: drawn.rank } };
}
