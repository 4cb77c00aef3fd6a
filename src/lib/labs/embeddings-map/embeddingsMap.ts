// The tokens-and-embeddings lab's arithmetic, pure so Vitest checks it without a browser: a
// visitor's text as an engine's token chips, TF-IDF vectors of the concept paragraphs (the map's
// vectors when no embedding model is on the device), the nearest paragraphs to a query by cosine,
// and the 2-D map by PCA.
// TF-IDF weights a word by how often it occurs in a paragraph (1 + ln count, so a word said five
// times does not count five times as much) and how rare it is across paragraphs (ln N/df, so a word
// in every paragraph weighs nothing); each vector is scaled to length 1, so a dot product is the
// cosine. Words are read as the RAG lab's BM25 index reads them (analyse.ts: stop words out,
// Porter stems), so both labs agree on what a word is.
// PCA reuses tiny-gpt's helper, which builds a d×d covariance: fine for its 128 numbers, but
// TF-IDF has a few thousand dimensions (one per word) and an embedding model 384 or more, both
// more than the ~260 paragraphs. Then the n×n Gram matrix of the centred rows has the same
// principal axes (X = UΣVᵀ: XXᵀ = UΣ²Uᵀ), so the helper runs on that and each axis is rescaled.
import type { Tokenized } from '$lib/engine/types';
import { analyse } from '../prompting/retrieval/analyse';
import { showToken } from '../kit/tokenText';
import { pca } from '../tiny-gpt/pca';

/** The paragraphs as TF-IDF vectors: one row of `dimensions` numbers per text, unit length. */
export interface TfidfSpace {
	/** Each word's (stem's) column. */
	columns: Map<string, number>;
	/** ln(N / df) per column. */
	idf: Float64Array;
	/** `count` rows one after the other. */
	vectors: Float64Array;
	dimensions: number;
	count: number;
}

/** Term counts of one text, by stem. */
function counts(text: string): Map<string, number> {
	const tf = new Map<string, number>();
	for (const t of analyse(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
	return tf;
}

/** Scales a vector to length 1 in place; an all-zero vector stays zero. */
function normalise(v: Float64Array): Float64Array {
	let sum = 0;
	for (const x of v) sum += x * x;
	if (sum > 0) {
		const norm = Math.sqrt(sum);
		for (let i = 0; i < v.length; i++) v[i]! /= norm;
	}
	return v;
}

export function tfidfSpace(texts: readonly string[]): TfidfSpace {
	const perText = texts.map(counts);
	const columns = new Map<string, number>();
	const df: number[] = [];
	for (const tf of perText)
		for (const term of tf.keys()) {
			let c = columns.get(term);
			if (c === undefined) {
				c = df.length;
				columns.set(term, c);
				df.push(0);
			}
			df[c]!++;
		}
	const n = texts.length;
	const dimensions = df.length;
	const idf = Float64Array.from(df, (d) => Math.log(n / d));
	const vectors = new Float64Array(n * dimensions);
	perText.forEach((tf, i) => {
		const row = vectors.subarray(i * dimensions, (i + 1) * dimensions);
		for (const [term, count] of tf) {
			const c = columns.get(term)!;
			row[c] = (1 + Math.log(count)) * idf[c]!;
		}
		normalise(row);
	});
	return { columns, idf, vectors, dimensions, count: n };
}

/** A new text (a query) in the same space: words the paragraphs never use are left out. */
export function tfidfVector(space: TfidfSpace, text: string): Float64Array {
	const v = new Float64Array(space.dimensions);
	for (const [term, count] of counts(text)) {
		const c = space.columns.get(term);
		if (c !== undefined) v[c] = (1 + Math.log(count)) * space.idf[c]!;
	}
	return normalise(v);
}

export interface Ranked {
	/** The paragraph's position in the list the scores came from. */
	index: number;
	score: number;
}

/**
 * The k highest scores, best first; equal scores keep the paragraphs' reading order. With
 * `above`, only scores over it (a TF-IDF cosine of 0 means no word in common: not a neighbour).
 */
export function nearest(scores: ArrayLike<number>, k: number, above = -Infinity): Ranked[] {
	const ranked: Ranked[] = [];
	for (let i = 0; i < scores.length; i++) {
		const score = scores[i]!;
		if (Number.isFinite(score) && score > above) ranked.push({ index: i, score });
	}
	return ranked.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, Math.max(0, k));
}

export interface Map2d {
	/** n points, x then y, around the rows' mean. */
	points: Float64Array;
	/** The share of the rows' total spread (variance) the two axes keep, 0..1. */
	kept: number;
}

/** n rows of d numbers placed on the two axes along which they spread most (PCA). */
export function project2d(rows: ArrayLike<number>, n: number, d: number): Map2d {
	if (n === 0 || d === 0) return { points: new Float64Array(n * 2), kept: 0 };
	let total = 0;
	let points: Float64Array;
	if (d <= n) {
		points = pca(rows, n, d, 2);
		const mean = new Float64Array(d);
		for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j]! += rows[i * d + j]! / n;
		for (let i = 0; i < n; i++)
			for (let j = 0; j < d; j++) total += (rows[i * d + j]! - mean[j]!) ** 2;
	} else {
		const gram = centredGram(rows, n, d);
		for (let i = 0; i < n; i++) total += gram[i * n + i]!;
		// The helper's axes of the Gram rows come out as σ²u; the rows' own are σu.
		points = pca(gram, n, n, 2);
		for (let c = 0; c < 2; c++) {
			let sq = 0;
			for (let i = 0; i < n; i++) sq += points[i * 2 + c]! ** 2;
			const scale = sq > 0 ? 1 / Math.sqrt(Math.sqrt(sq)) : 0;
			for (let i = 0; i < n; i++) points[i * 2 + c]! *= scale;
		}
	}
	let shown = 0;
	for (const x of points) shown += x * x;
	return { points, kept: total > 0 ? Math.min(1, shown / total) : 0 };
}

/**
 * The dot products of the rows after subtracting their mean, n × n: the raw products, centred on
 * both sides (H·XXᵀ·H). Zeros are skipped, so sparse TF-IDF rows cost their few words each.
 */
function centredGram(rows: ArrayLike<number>, n: number, d: number): Float64Array {
	const nonzero: number[][] = [];
	for (let i = 0; i < n; i++) {
		const nz: number[] = [];
		for (let j = 0; j < d; j++) if (rows[i * d + j] !== 0) nz.push(j);
		nonzero.push(nz);
	}
	const k = new Float64Array(n * n);
	for (let i = 0; i < n; i++)
		for (let j = i; j < n; j++) {
			let dot = 0;
			for (const c of nonzero[i]!) dot += rows[i * d + c]! * rows[j * d + c]!;
			k[i * n + j] = dot;
			k[j * n + i] = dot;
		}
	const rowMean = new Float64Array(n);
	let all = 0;
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < n; j++) rowMean[i]! += k[i * n + j]! / n;
		all += rowMean[i]! / n;
	}
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) k[i * n + j] = k[i * n + j]! - rowMean[i]! - rowMean[j]! + all;
	return k;
}

export interface TokenChip {
	/** The token as written, with spaces and line breaks made visible (the sampling lab's way). */
	shown: string;
	id: number;
	/** False where the engine has no token for it (a word the trigram model never saw). */
	known: boolean;
}

export interface TokenView {
	chips: TokenChip[];
	/** What a token is for this engine ("words and punctuation", "subword tokens …"). */
	unit: string;
	/** Characters of the text (Unicode code points), to set beside the token count. */
	characters: number;
	unknown: number;
	/** False for an engine that numbers no token (the ELIZA-style rules read the words as such). */
	numbered: boolean;
}

/**
 * An engine's answer to tokenize(text), as the lab shows it. `numbered` is false for an engine
 * with no token ids at all (rules): its id -1 then means "no number", not "never seen".
 */
export function tokenView(text: string, tokenized: Tokenized, numbered = true): TokenView {
	const chips = tokenized.tokens.map((t) => ({
		shown: showToken(t.text),
		id: t.id,
		known: !numbered || t.id >= 0
	}));
	return {
		chips,
		unit: tokenized.unit,
		characters: [...text].length,
		unknown: chips.filter((c) => !c.known).length,
		numbered
	};
}

/** The map's points scaled into a box (same scale on both axes, so distances stay true). */
export function fitToBox(
	points: ArrayLike<number>,
	width: number,
	height: number,
	pad: number
): { x: number; y: number }[] {
	const n = Math.floor(points.length / 2);
	let minX = Infinity;
	let maxX = -Infinity;
	let minY = Infinity;
	let maxY = -Infinity;
	for (let i = 0; i < n; i++) {
		minX = Math.min(minX, points[2 * i]!);
		maxX = Math.max(maxX, points[2 * i]!);
		minY = Math.min(minY, points[2 * i + 1]!);
		maxY = Math.max(maxY, points[2 * i + 1]!);
	}
	const spanX = maxX - minX || 1;
	const spanY = maxY - minY || 1;
	const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
	const offX = (width - scale * spanX) / 2;
	const offY = (height - scale * spanY) / 2;
	// y grows downwards on screen: the first axis runs left to right, the second bottom to top.
	return Array.from({ length: n }, (_, i) => ({
		x: offX + scale * (points[2 * i]! - minX),
		y: height - (offY + scale * (points[2 * i + 1]! - minY))
	}));
}
