// Seeded draws for the toys. Weights, batches and noise are drawn here in JavaScript and handed to
// the tensor library as arrays, never from tf.random*: the same seed then gives the same run on
// the GPU, on the CPU and in the unit tests (up to float rounding), which is what lets a
// presenter rehearse a run.
import { createRng } from '$lib/sampling/sampling';

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Standard normal (Box–Muller). */
	normal(): number;
	/** An integer in [0, n). */
	int(n: number): number;
}

export function seededRng(seed: number): Rng {
	const u = createRng(seed);
	let spare: number | null = null;
	return {
		next: u,
		normal() {
			if (spare !== null) {
				const s = spare;
				spare = null;
				return s;
			}
			const r = Math.sqrt(-2 * Math.log(1 - u()));
			const a = 2 * Math.PI * u();
			spare = r * Math.sin(a);
			return r * Math.cos(a);
		},
		int: (n) => Math.floor(u() * n)
	};
}

/** n standard-normal draws times scale. */
export function normals(rng: Rng, n: number, scale = 1): Float32Array {
	const out = new Float32Array(n);
	for (let i = 0; i < n; i++) out[i] = rng.normal() * scale;
	return out;
}
