// A Gaussian mixture in the plane, fitted by expectation–maximisation: the generative half of the
// generative-against-discriminative lab. Plain JavaScript (a few hundred points, k ≤ 4 components
// of 2 × 2 covariance: a fit of 40 iterations is well under a millisecond of arithmetic per class),
// so the lab needs no tensor library. What it offers is what a classifier lacks: the density of a
// point under each class, and new points drawn from it.
import type { Rng } from '../toys/random';

export interface Component {
	weight: number;
	mean: [number, number];
	/** Covariance [sxx, sxy, syy]. */
	cov: [number, number, number];
}

export type Mixture = Component[];

/** Added to the data's spread at the start, so no component starts flat. */
const FLOOR = 1e-4;
/**
 * A component that would shrink onto a line or a point (its covariance's determinant below this)
 * keeps its old shape for that step. Adding a floor to the variances instead is not an exact
 * M-step, and the likelihood then fell by a hair on clustered points (gmm.spec.ts found it);
 * keeping the old shape is a partial M-step, which still never lowers the likelihood.
 */
const MIN_DET = 5e-9;
const LOG_2PI = Math.log(2 * Math.PI);

function logGauss(c: Component, x: number, y: number): number {
	const [a, b, d] = c.cov;
	const det = a * d - b * b;
	const dx = x - c.mean[0];
	const dy = y - c.mean[1];
	const q = (d * dx * dx - 2 * b * dx * dy + a * dy * dy) / det;
	return -LOG_2PI - 0.5 * Math.log(det) - 0.5 * q;
}

function logSumExp(v: number[]): number {
	const top = Math.max(...v);
	if (top === -Infinity) return -Infinity;
	return top + Math.log(v.reduce((s, x) => s + Math.exp(x - top), 0));
}

/** log p(x, y) under the mixture (nats). */
export function logDensity(m: Mixture, x: number, y: number): number {
	return logSumExp(m.map((c) => Math.log(c.weight) + logGauss(c, x, y)));
}

/** The mean log-likelihood per point of [x0, y0, …]. */
export function meanLogLikelihood(m: Mixture, xy: ArrayLike<number>): number {
	let s = 0;
	const n = xy.length / 2;
	for (let i = 0; i < n; i++) s += logDensity(m, xy[2 * i]!, xy[2 * i + 1]!);
	return s / n;
}

/** A start: k points of the data picked by the seed as means, the data's spread for each. */
export function initMixture(xy: ArrayLike<number>, k: number, rng: Rng): Mixture {
	const n = xy.length / 2;
	let mx = 0;
	let my = 0;
	for (let i = 0; i < n; i++) {
		mx += xy[2 * i]! / n;
		my += xy[2 * i + 1]! / n;
	}
	let vx = 0;
	let vy = 0;
	for (let i = 0; i < n; i++) {
		vx += (xy[2 * i]! - mx) ** 2 / n;
		vy += (xy[2 * i + 1]! - my) ** 2 / n;
	}
	return Array.from({ length: k }, () => {
		const i = rng.int(n);
		return {
			weight: 1 / k,
			mean: [xy[2 * i]!, xy[2 * i + 1]!] as [number, number],
			cov: [vx + FLOOR, 0, vy + FLOOR] as [number, number, number]
		};
	});
}

/**
 * One EM step: each point's responsibilities under the current mixture (E), then the weights,
 * means and covariances that maximise the expected log-likelihood (M). A component no point
 * claims, or one that would collapse, keeps its place and shape.
 */
export function emStep(m: Mixture, xy: ArrayLike<number>): Mixture {
	const n = xy.length / 2;
	const k = m.length;
	const r = new Float64Array(n * k);
	for (let i = 0; i < n; i++) {
		const logs = m.map((c) => Math.log(c.weight) + logGauss(c, xy[2 * i]!, xy[2 * i + 1]!));
		const total = logSumExp(logs);
		for (let j = 0; j < k; j++) r[i * k + j] = Math.exp(logs[j]! - total);
	}
	return m.map((old, j) => {
		let nj = 0;
		let sx = 0;
		let sy = 0;
		for (let i = 0; i < n; i++) {
			const w = r[i * k + j]!;
			nj += w;
			sx += w * xy[2 * i]!;
			sy += w * xy[2 * i + 1]!;
		}
		const weight = nj / n;
		if (nj < 1e-9) return { ...old, weight };
		const mean: [number, number] = [sx / nj, sy / nj];
		let a = 0;
		let b = 0;
		let d = 0;
		for (let i = 0; i < n; i++) {
			const w = r[i * k + j]!;
			const dx = xy[2 * i]! - mean[0];
			const dy = xy[2 * i + 1]! - mean[1];
			a += w * dx * dx;
			b += w * dx * dy;
			d += w * dy * dy;
		}
		const cov: Component['cov'] = [a / nj, b / nj, d / nj];
		if (cov[0] * cov[2] - cov[1] * cov[1] < MIN_DET) return { ...old, weight };
		return { weight, mean, cov };
	});
}

/** Fits k components by `steps` EM steps; returns the mixture and the log-likelihood before each step and after the last. */
export function fitMixture(xy: ArrayLike<number>, k: number, rng: Rng, steps = 40) {
	let m = initMixture(xy, k, rng);
	const trace = [meanLogLikelihood(m, xy)];
	for (let s = 0; s < steps; s++) {
		m = emStep(m, xy);
		trace.push(meanLogLikelihood(m, xy));
	}
	return { mixture: m, trace };
}

/** n new points from the mixture: a component by its weight, then a draw from its Gaussian. */
export function sample(m: Mixture, n: number, rng: Rng): Float32Array {
	const out = new Float32Array(2 * n);
	for (let i = 0; i < n; i++) {
		let u = rng.next();
		const c = m.find((c) => (u -= c.weight) < 0) ?? m.at(-1)!;
		// The covariance's Cholesky factor turns two standard normals into a draw from it.
		const [a, b, d] = c.cov;
		const l11 = Math.sqrt(a);
		const l21 = b / l11;
		const l22 = Math.sqrt(Math.max(0, d - l21 * l21));
		const z1 = rng.normal();
		const z2 = rng.normal();
		out[2 * i] = c.mean[0] + l11 * z1;
		out[2 * i + 1] = c.mean[1] + l21 * z1 + l22 * z2;
	}
	return out;
}

/** P(class | point) by Bayes' rule from each class's log density and prior; sums to 1. */
export function posterior(logDensities: number[], priors: number[]): number[] {
	const logs = logDensities.map((l, i) => l + Math.log(priors[i]!));
	const total = logSumExp(logs);
	if (!Number.isFinite(total)) return priors.map(() => 1 / priors.length);
	return logs.map((l) => Math.exp(l - total));
}
