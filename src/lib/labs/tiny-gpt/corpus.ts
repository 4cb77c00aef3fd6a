// The tiny GPT's text: this app's own concept pages, read through the same export the built-in
// trigram engine trains on (concepts/index.ts, trainingParagraphs), so the model learns the words
// the audience sees on the pages. Characters are mapped to a fixed 49-symbol alphabet (lower case,
// digits, common punctuation) rather than to whatever the pages happen to contain: a saved or
// exported model then stays valid after a page's text changes, and a small vocabulary lets a
// model of a few thousand weights get past noise within a minute. Every tenth paragraph is held
// out, so the held-out loss measures text the model never trained on.

export const ALPHABET = '\n !"\'(),-.0123456789:;?abcdefghijklmnopqrstuvwxyz';
export const VOCAB = ALPHABET.length;

const index = new Map([...ALPHABET].map((c, i) => [c, i]));
const folded: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u2013': '-',
	'\u2014': '-',
	'\u2026': '.',
	'\u00d7': 'x',
	'\t': ' ',
	'\u00a0': ' '
};

/** The text in the alphabet: lower case, typographic quotes and dashes folded, the rest dropped. */
export function normalise(text: string): string {
	let out = '';
	for (const ch of text.normalize('NFKD').toLowerCase()) {
		const c = folded[ch] ?? ch;
		if (index.has(c)) out += c;
	}
	return out.replace(/ {2,}/g, ' ');
}

export function encode(text: string): Uint8Array {
	const n = normalise(text);
	const out = new Uint8Array(n.length);
	for (let i = 0; i < n.length; i++) out[i] = index.get(n[i]!)!;
	return out;
}

export function decode(ids: ArrayLike<number>): string {
	let out = '';
	for (let i = 0; i < ids.length; i++) out += ALPHABET[ids[i]!] ?? '?';
	return out;
}

export interface Corpus {
	train: Uint8Array;
	heldOut: Uint8Array;
}

/** Paragraphs joined by newlines; every `every`-th paragraph (the 10th, 20th …) is held out. */
export function splitCorpus(paragraphs: string[], every = 10): Corpus {
	const train: string[] = [];
	const heldOut: string[] = [];
	paragraphs.forEach((p, i) => ((i + 1) % every === 0 ? heldOut : train).push(p));
	return { train: encode(train.join('\n')), heldOut: encode(heldOut.join('\n')) };
}
