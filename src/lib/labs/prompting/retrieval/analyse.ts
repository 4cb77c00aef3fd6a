// How the RAG lab turns text into search terms, the same way for the passages (at build time)
// and for the question (in the page): lower case, Unicode words (so "Oğuz" and "2017" are
// words), a short stop-word list, then Porter's stemmer, so "retrieves", "retrieved" and
// "retrieval" all meet at "retriev" and "models" finds "model".
// The stop words are our own short list, not a library's: BM25's idf already makes common words
// nearly worthless, but a question is mostly glue words ("what", "does", "how"), and without the
// list each of them still adds a small score to every passage and lights up as a "match" in the
// view. The list holds only function words and question words, nothing a concept could be about
// ("model", "data", "text" stay searchable), so keeping it short costs no recall.
// Words are letters and digits only: "top-k" gives "top" and "k", "model's" gives "model" and a
// dropped "s", the way a reader would expect both to match.
import { stemmer } from 'stemmer';

const STOP_WORDS = new Set(
	(
		'a about above after again all also am an and any are as at be because been before being ' +
		'between both but by can could did do does doing down during each few for from further had ' +
		'has have having he her here hers him his how i if in into is it its itself just me more ' +
		'most my no nor not now of off on once only or other our out over own same she should so ' +
		'some such than that the their them then there these they this those through to too under ' +
		'until up us very was we were what when where which while who whom why will with would you ' +
		'your s t d ll m re ve'
	).split(' ')
);

const WORD = /[\p{L}\p{N}]+/gu;

/** A word of a text and where it stands; `term` is null for a stop word. */
export interface WordSpan {
	start: number;
	end: number;
	term: string | null;
}

/** The term a single word searches as, or null for a stop word. */
export function termOf(word: string): string | null {
	const lower = word.toLowerCase();
	return STOP_WORDS.has(lower) ? null : stemmer(lower);
}

/** Every word of a text with its position, for highlighting matches in the original text. */
export function wordSpans(text: string): WordSpan[] {
	return [...text.matchAll(WORD)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		term: termOf(m[0])
	}));
}

/** The search terms of a text, in order, repeats kept (term frequencies count them). */
export function analyse(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(WORD)) {
		const t = termOf(m[0]);
		if (t) out.push(t);
	}
	return out;
}

export interface Segment {
	text: string;
	/** This piece is a word whose term matched the question. */
	match: boolean;
}

/** A text cut into plain and matching pieces: the view marks each match with <mark>. */
export function highlight(text: string, matched: ReadonlySet<string>): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const w of wordSpans(text)) {
		if (!w.term || !matched.has(w.term)) continue;
		if (w.start > at) out.push({ text: text.slice(at, w.start), match: false });
		out.push({ text: text.slice(w.start, w.end), match: true });
		at = w.end;
	}
	if (at < text.length) out.push({ text: text.slice(at), match: false });
	return out;
}
