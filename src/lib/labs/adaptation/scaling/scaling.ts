// The scaling-law experiment as pure code: keep a seeded share of the concept paragraphs aside,
// train the trigram model on growing shares of the rest, measure held-out perplexity for each,
// and fit a power law ppl ≈ a·N^b by least squares on the logarithms (a straight line on log–log
// axes). Everything is measured in this run; nothing is a stored result. The whole run on the
// concept texts takes tens of milliseconds (scaling.bench.ts), so the page runs it in the tab
// and only pauses between sizes to draw each new point.
import { trainTrigram } from '$lib/engine/builtin/ngram';
import { shareOf, splitCorpus, trainingTokens } from '../corpus';
import { evaluationVocabulary, perplexity } from '../perplexity';

export interface ScalingPoint {
	fraction: number;
	paragraphs: number;
	/** Training tokens the model saw (words, punctuation and end marks). */
	tokens: number;
	perplexity: number;
	/** Held-out tokens this model had never seen. */
	unknown: number;
	/** Distinct trigrams it counted: the size of its table. */
	trigrams: number;
	/** Training plus measuring, in milliseconds. */
	ms: number;
}

export interface HeldOutInfo {
	paragraphs: number;
	tokens: number;
	/** |V| of the uniform mix, the same for every size. */
	vocabulary: number;
}

export interface PowerLaw {
	a: number;
	b: number;
	/** Share of the variance of ln y the line explains (1 = every point on it). */
	r2: number;
}

/** Least squares of ln y on ln x; null with fewer than two distinct positive x. */
export function fitPowerLaw(points: { x: number; y: number }[]): PowerLaw | null {
	const usable = points.filter((p) => p.x > 0 && p.y > 0);
	const xs = usable.map((p) => Math.log(p.x));
	const ys = usable.map((p) => Math.log(p.y));
	const n = xs.length;
	if (n < 2) return null;
	const mx = xs.reduce((s, v) => s + v, 0) / n;
	const my = ys.reduce((s, v) => s + v, 0) / n;
	let sxx = 0;
	let sxy = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		sxx += (xs[i]! - mx) ** 2;
		sxy += (xs[i]! - mx) * (ys[i]! - my);
		syy += (ys[i]! - my) ** 2;
	}
	if (sxx === 0) return null;
	const b = sxy / sxx;
	const lnA = my - b * mx;
	let residual = 0;
	for (let i = 0; i < n; i++) residual += (ys[i]! - lnA - b * xs[i]!) ** 2;
	return { a: Math.exp(lnA), b, r2: syy > 0 ? 1 - residual / syy : 1 };
}

export interface ScalingHooks {
	/** The held-out part is chosen (before any training). */
	onSplit?(heldOut: HeldOutInfo): void;
	/** Before training on fractions[index]. */
	onStart?(index: number): void;
	onPoint?(point: ScalingPoint, index: number): void;
	/** Awaited between sizes: the page yields to the browser here. */
	pause?(): Promise<void>;
	signal?: AbortSignal;
}

/** Runs every fraction in order; stops early (fewer points) when the signal fires. */
export async function runScaling(
	paragraphs: string[],
	fractions: number[],
	seed: number,
	hooks: ScalingHooks = {}
): Promise<{ points: ScalingPoint[]; heldOut: HeldOutInfo; stopped: boolean }> {
	const { train, heldOut } = splitCorpus(paragraphs, seed);
	const vocabulary = evaluationVocabulary(paragraphs).size;
	const info: HeldOutInfo = {
		paragraphs: heldOut.length,
		tokens: heldOut.reduce((n, p) => n + trainingTokens(p), 0),
		vocabulary
	};
	hooks.onSplit?.(info);
	const points: ScalingPoint[] = [];
	for (const [index, fraction] of fractions.entries()) {
		if (hooks.signal?.aborted) return { points, heldOut: info, stopped: true };
		hooks.onStart?.(index);
		await hooks.pause?.();
		if (hooks.signal?.aborted) return { points, heldOut: info, stopped: true };
		const started = performance.now();
		const share = shareOf(train, fraction);
		const model = trainTrigram(share);
		const measured = perplexity(model, heldOut, vocabulary);
		const point: ScalingPoint = {
			fraction,
			paragraphs: share.length,
			tokens: model.stats.tokens,
			perplexity: measured.perplexity,
			unknown: measured.unknown,
			trigrams: model.stats.trigrams,
			ms: performance.now() - started
		};
		points.push(point);
		hooks.onPoint?.(point, index);
	}
	return { points, heldOut: info, stopped: false };
}

/** A signed number as the page writes it, with a true minus sign. */
export const signed = (v: number, digits = 2) => v.toFixed(digits).replace('-', '−');

/** The chart's text alternative: the range measured and the fitted line. */
export function scalingSummary(points: ScalingPoint[], fit: PowerLaw | null): string {
	if (!points.length) return 'No sizes trained yet.';
	const first = points[0]!;
	const last = points.at(-1)!;
	const at = (p: ScalingPoint) =>
		`${Math.round(p.perplexity).toLocaleString('en')} at ${p.tokens.toLocaleString('en')} tokens`;
	const range =
		points.length === 1
			? `Held-out perplexity ${at(first)}.`
			: `Held-out perplexity from ${at(first)} to ${at(last)} over ${points.length} sizes.`;
	return fit && points.length > 1
		? `${range} Fitted power law: exponent b = ${signed(fit.b)}, R² = ${fit.r2.toFixed(3)}.`
		: range;
}
