// A word-level trigram language model with interpolated Kneser-Ney smoothing: the kind of
// statistical model that generated text in the 1990s. It gives an exact probability for every
// word of its vocabulary after any two-word context, which makes it a transparent stand-in for
// a neural model when no GPU or download is available.

export const BOS = '<s>';
export const EOS = '</s>';

/** Words (with inner hyphens and apostrophes), numbers, and single punctuation marks. */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[.,;:!?()"—%]/gu;

export function tokenize(text: string): string[] {
	return text.match(TOKEN) ?? [];
}

const noSpaceBefore = new Set(['.', ',', ';', ':', '!', '?', ')', '%']);

/** The text a token adds after `prev`: a space in between, except around punctuation. */
export function tokenPiece(prev: string | undefined, token: string): string {
	if (token === EOS || token === BOS) return '';
	if (prev === undefined || prev === BOS || prev === '(' || noSpaceBefore.has(token)) return token;
	return ` ${token}`;
}

export function detokenize(tokens: string[]): string {
	let out = '';
	let prev: string | undefined;
	for (const t of tokens) {
		out += tokenPiece(prev, t);
		prev = t;
	}
	return out;
}

/** Kneser-Ney's absolute discount; 0.75 is the usual choice for small corpora. */
const D = 0.75;

interface Counts {
	total: number;
	/** Distinct words seen after this context. */
	types: number;
	next: Map<number, number>;
}

function bump(map: Map<string, Counts>, key: string, w: number, by = 1) {
	let c = map.get(key);
	if (!c) map.set(key, (c = { total: 0, types: 0, next: new Map() }));
	const old = c.next.get(w) ?? 0;
	if (old === 0) c.types++;
	c.next.set(w, old + by);
	c.total += by;
}

export interface NgramModel {
	/** Every token the model can produce, EOS included; ids index this array. */
	vocab: string[];
	/** The id of a token, or undefined if the model never saw it. */
	idOf(token: string): number | undefined;
	/** P(w | context) for every w in the vocabulary; only the last two context tokens matter. */
	distribution(context: string[]): Float64Array;
	/** Training size, for the UI. */
	stats: { sentences: number; tokens: number; vocab: number; trigrams: number };
}

/** Trains on paragraphs (each one a sequence that starts after BOS BOS and ends with EOS). */
export function trainTrigram(paragraphs: string[]): NgramModel {
	const vocab: string[] = [EOS];
	const ids = new Map<string, number>([[EOS, 0]]);
	const id = (t: string) => {
		let i = ids.get(t);
		if (i === undefined) {
			i = vocab.length;
			vocab.push(t);
			ids.set(t, i);
		}
		return i;
	};

	const trigram = new Map<string, Counts>(); // "u v" → c(u v w)
	const seenTrigram = new Set<string>();
	const middle = new Map<string, Counts>(); // "v" → N1+(· v w)
	const seenBigram = new Set<string>();
	const continuation = new Map<number, number>(); // w → N1+(· w)
	let bigramTypes = 0;
	let tokens = 0;
	let sentences = 0;

	for (const text of paragraphs) {
		const words = tokenize(text);
		if (words.length === 0) continue;
		sentences++;
		const seq = [BOS, BOS, ...words, EOS];
		for (let i = 2; i < seq.length; i++) {
			const u = seq[i - 2]!;
			const v = seq[i - 1]!;
			const w = id(seq[i]!);
			tokens++;
			bump(trigram, `${u} ${v}`, w);
			const tri = `${u} ${v} ${w}`;
			if (!seenTrigram.has(tri)) {
				seenTrigram.add(tri);
				bump(middle, v, w); // a new left context u for the pair (v, w)
			}
			const bi = `${v} ${w}`;
			if (!seenBigram.has(bi)) {
				seenBigram.add(bi);
				bigramTypes++;
				continuation.set(w, (continuation.get(w) ?? 0) + 1);
			}
		}
	}

	// Lowest order: how many distinct words each word follows (its "continuation" count).
	const unigram = new Float64Array(vocab.length);
	for (const [w, n] of continuation) unigram[w] = n / bigramTypes;

	function interpolate(counts: Counts | undefined, lower: Float64Array): Float64Array {
		if (!counts) return lower;
		const p = new Float64Array(vocab.length);
		const backoff = (D * counts.types) / counts.total;
		for (let w = 0; w < p.length; w++) p[w] = backoff * lower[w]!;
		for (const [w, c] of counts.next) p[w]! += Math.max(c - D, 0) / counts.total;
		return p;
	}

	return {
		vocab,
		idOf: (t) => ids.get(t),
		distribution(context) {
			const v = context.length > 0 ? context[context.length - 1]! : BOS;
			const u = context.length > 1 ? context[context.length - 2]! : BOS;
			return interpolate(trigram.get(`${u} ${v}`), interpolate(middle.get(v), unigram));
		},
		stats: { sentences, tokens, vocab: vocab.length, trigrams: seenTrigram.size }
	};
}
