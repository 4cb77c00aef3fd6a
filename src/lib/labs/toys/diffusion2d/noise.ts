// The noise schedule, in plain numbers (no tensors), shared by training, the forward view and the
// sampler. 100 steps with betas rising linearly from 0.001 to 0.1: at t = T the signal that is
// left, √ᾱ_T, is about 0.06, so the last step is practically pure noise, while the early steps
// add so little that the shape stays readable for the first third of the scrubber (the point of
// the forward view). Image models use 1,000 finer steps; 2-D points do not need them.
export const T = 100;

export interface NoiseSchedule {
	betas: Float32Array;
	/** ᾱ_t = Π (1 − β_s) for s ≤ t, index t = 0 … T − 1. */
	alphaBar: Float32Array;
}

export function linearSchedule(steps = T, from = 0.001, to = 0.1): NoiseSchedule {
	const betas = new Float32Array(steps);
	const alphaBar = new Float32Array(steps);
	let prod = 1;
	for (let t = 0; t < steps; t++) {
		betas[t] = from + ((to - from) * t) / Math.max(1, steps - 1);
		prod *= 1 - betas[t]!;
		alphaBar[t] = prod;
	}
	return { betas, alphaBar };
}

/** x_t = √ᾱ_t · x_0 + √(1 − ᾱ_t) · ε, for the forward view (t = −1 returns x_0 unchanged). */
export function noised(x0: Float32Array, eps: Float32Array, t: number, s: NoiseSchedule) {
	if (t < 0) return x0.slice();
	const a = Math.sqrt(s.alphaBar[t]!);
	const b = Math.sqrt(1 - s.alphaBar[t]!);
	const out = new Float32Array(x0.length);
	for (let i = 0; i < x0.length; i++) out[i] = a * x0[i]! + b * eps[i]!;
	return out;
}

/** The timesteps a sampler with `count` steps visits, from noisiest to cleanest (DDIM spacing). */
export function samplerTimesteps(count: number, steps = T): number[] {
	const n = Math.max(1, Math.min(steps, Math.round(count)));
	const out: number[] = [];
	for (let i = 0; i < n; i++)
		out.push(Math.round(((steps - 1) * (n - 1 - i)) / Math.max(1, n - 1)));
	return n === 1 ? [steps - 1] : out;
}

/** Sinusoidal features of a timestep: nearby steps get nearby features, far ones differ. */
export function timeFeatures(t: number, steps = T, frequencies = [1, 2, 4, 8, 16]): number[] {
	const x = t / steps;
	return frequencies.flatMap((f) => [Math.sin(Math.PI * f * x), Math.cos(Math.PI * f * x)]);
}
