// The character embeddings (one row of `width` numbers per character) flattened to a 2-D map:
// the two directions along which the rows spread most (principal components). Power iteration on
// the covariance matrix with deflation is enough for 49 rows of at most 128 numbers (well under a
// millisecond) and needs no linear-algebra library. Each direction's sign is fixed (its largest
// entry positive) so the map does not flip from one training update to the next.

/** Rows n × d (row-major) projected onto their top `k` principal directions: n × k, row-major. */
export function pca(rows: ArrayLike<number>, n: number, d: number, k = 2): Float64Array {
	const mean = new Float64Array(d);
	for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j]! += rows[i * d + j]! / n;
	const x = new Float64Array(n * d);
	for (let i = 0; i < n; i++)
		for (let j = 0; j < d; j++) x[i * d + j] = rows[i * d + j]! - mean[j]!;
	const cov = new Float64Array(d * d);
	for (let i = 0; i < n; i++)
		for (let a = 0; a < d; a++) {
			const xa = x[i * d + a]!;
			if (xa === 0) continue;
			for (let b = 0; b < d; b++) cov[a * d + b]! += (xa * x[i * d + b]!) / n;
		}
	const out = new Float64Array(n * k);
	for (let c = 0; c < k; c++) {
		const v = direction(cov, d);
		for (let i = 0; i < n; i++) {
			let s = 0;
			for (let j = 0; j < d; j++) s += x[i * d + j]! * v[j]!;
			out[i * k + c] = s;
		}
		// Deflate: remove this direction's share so the next iteration finds the next one.
		let lambda = 0;
		for (let a = 0; a < d; a++)
			for (let b = 0; b < d; b++) lambda += v[a]! * cov[a * d + b]! * v[b]!;
		for (let a = 0; a < d; a++)
			for (let b = 0; b < d; b++) cov[a * d + b]! -= lambda * v[a]! * v[b]!;
	}
	return out;
}

/** The covariance's leading eigenvector, unit length, largest entry positive. */
function direction(cov: Float64Array, d: number, iterations = 200): Float64Array {
	let v = new Float64Array(d).map((_, i) => 1 / Math.sqrt(d) + i * 1e-3);
	for (let it = 0; it < iterations; it++) {
		const w = new Float64Array(d);
		for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) w[a]! += cov[a * d + b]! * v[b]!;
		const norm = Math.hypot(...w);
		if (norm < 1e-12) return v.fill(0);
		v = w.map((x) => x / norm);
	}
	let big = 0;
	for (let j = 1; j < d; j++) if (Math.abs(v[j]!) > Math.abs(v[big]!)) big = j;
	return v[big]! < 0 ? v.map((x) => -x) : v;
}
