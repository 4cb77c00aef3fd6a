// Instant client-side search over the concepts: title, defined terms, definition and body,
// weighted in that order. Small enough (22 pages) to index on every page load in ~1 ms.
import type { Concept } from './schema';
import { plainParagraphs } from '$lib/markdown/text';

/** Lower case, and a light plural stemmer so "models" finds "model" and vice versa. */
export function normalise(word: string): string {
	const w = word.toLowerCase();
	if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
	return w;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text, normalised; hyphenated words also count whole ("top-p" → top, p, top-p). */
export function searchTokens(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
		const parts = m[0].split('-');
		for (const p of parts) out.push(normalise(p));
		if (parts.length > 1) out.push(normalise(m[0]));
	}
	return out;
}

const STOP = new Set(['a', 'an', 'and', 'of', 'the', 'in', 'for', 'to', 'on']);

const weights = { title: 8, terms: 5, definition: 3, body: 1 } as const;
type Field = keyof typeof weights;

interface Doc {
	concept: Concept;
	fields: Record<Field, Map<string, number>>;
	paragraphs: string[];
	titleLower: string;
	/** The title's words that carry meaning ("Top-k and top-p sampling" → top-k, top-p, sampling). */
	titleWords: string[];
}

export interface Segment {
	text: string;
	match: boolean;
}

export interface SearchResult {
	concept: Concept;
	score: number;
	title: Segment[];
	snippet: Segment[];
}

function counts(tokens: string[]): Map<string, number> {
	const m = new Map<string, number>();
	for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
	return m;
}

export interface ConceptIndex {
	search(query: string, limit?: number): SearchResult[];
}

export function buildIndex(concepts: Concept[]): ConceptIndex {
	const docs: Doc[] = concepts.map((c) => {
		const paragraphs = plainParagraphs(c.body);
		return {
			concept: c,
			paragraphs,
			titleLower: c.title.toLowerCase(),
			titleWords: c.title
				.toLowerCase()
				.split(/\s+/)
				.map(normalise)
				.filter((w) => !STOP.has(w)),
			fields: {
				title: counts(searchTokens(`${c.title} ${c.slug}`)),
				terms: counts(c.terms.flatMap(searchTokens)),
				definition: counts(searchTokens(c.definition)),
				body: counts(paragraphs.flatMap(searchTokens))
			}
		};
	});
	const vocabulary = new Set<string>();
	const docFreq = new Map<string, number>();
	for (const d of docs) {
		const seen = new Set<string>();
		for (const f of Object.values(d.fields)) for (const t of f.keys()) seen.add(t);
		for (const t of seen) {
			vocabulary.add(t);
			docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
		}
	}
	const idf = (t: string) => Math.log(1 + (docs.length + 1) / ((docFreq.get(t) ?? 0) + 0.5));

	/** The index terms a query word stands for: itself, and as the last word also its completions. */
	function expand(word: string, isLast: boolean): { term: string; factor: number }[] {
		const out = vocabulary.has(word) ? [{ term: word, factor: 1 }] : [];
		if (isLast && word.length >= 2) {
			for (const v of vocabulary)
				if (v !== word && v.startsWith(word)) out.push({ term: v, factor: 0.6 });
		}
		return out;
	}

	return {
		search(query, limit = 10) {
			const words = searchTokens(query);
			if (words.length === 0) return [];
			const q = query.trim().toLowerCase();
			const queryWords = new Set(q.split(/\s+/).map(normalise));
			const expanded = words.map((w, i) => expand(w, i === words.length - 1));
			const matchers = expanded.flatMap((e) => e.map((x) => x.term));
			const results: SearchResult[] = [];
			for (const d of docs) {
				let score = 0;
				let matched = 0;
				for (const options of expanded) {
					let best = 0;
					for (const { term, factor } of options) {
						let s = 0;
						for (const field of Object.keys(weights) as Field[]) {
							const tf = d.fields[field].get(term) ?? 0;
							if (tf) s += weights[field] * (tf / (tf + 1.2));
						}
						best = Math.max(best, s * factor * idf(term));
					}
					if (best > 0) matched++;
					score += best;
				}
				if (matched === 0) continue;
				// Every word found beats some words found; the title itself typed beats everything.
				score *= matched / words.length;
				if (d.titleLower === q || d.concept.slug === q.replace(/\s+/g, '-')) score += 1000;
				else if (d.titleLower.startsWith(q)) score += 100;
				// A title whose every word was typed ("sampling temperature" holds "Temperature")
				// beats a title that shares one word with the query and the rest with its body.
				else if (d.titleWords.every((w) => queryWords.has(w))) score += 50;
				results.push({
					concept: d.concept,
					score,
					title: highlight(d.concept.title, matchers),
					snippet: snippet(d, matchers)
				});
			}
			return results.sort((a, b) => b.score - a.score).slice(0, limit);
		}
	};
}

/** Splits text into matching and non-matching segments, by word. */
export function highlight(text: string, terms: string[]): Segment[] {
	const set = new Set(terms);
	const out: Segment[] = [];
	let last = 0;
	for (const m of text.matchAll(WORD)) {
		if (!set.has(normalise(m[0]))) continue;
		if (m.index > last) out.push({ text: text.slice(last, m.index), match: false });
		out.push({ text: m[0], match: true });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last), match: false });
	return out;
}

/** The definition, or the paragraph with the most matches, cut to about 180 characters. */
function snippet(d: Doc, terms: string[]): Segment[] {
	const candidates = [d.concept.definition, ...d.paragraphs];
	let best = d.concept.definition;
	let bestCount = 0;
	for (const text of candidates) {
		const n = highlight(text, terms).filter((s) => s.match).length;
		if (n > bestCount) {
			best = text;
			bestCount = n;
		}
	}
	let text = best;
	if (text.length > 180) {
		const first = highlight(text, terms).find((s) => s.match);
		const at = first ? text.indexOf(first.text) : 0;
		const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 60)) + 1);
		text = `${start > 0 ? '…' : ''}${text.slice(start, start + 180).trimEnd()}…`;
	}
	return highlight(text, terms);
}
