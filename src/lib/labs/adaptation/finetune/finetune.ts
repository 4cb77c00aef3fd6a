// The fine-tuning lab's pure part: check the visitor's text, split it into an adaptation part and
// a held-out part (the last fifth, which the adapted model never sees), train the base model and
// the adapted one (the base texts once, the adaptation part once per "pass") once each, and
// measure both models' held-out perplexity on the visitor's text and on base paragraphs kept
// aside, with one evaluation vocabulary for all four numbers (perplexity.ts explains why). The
// same two trained models then write the continuations (continueText.ts).
import { trainTrigram, tokenize, type NgramModel } from '$lib/engine/builtin/ngram';
import type { CorpusSplit } from '../corpus';
import { evaluationVocabulary, perplexity, type Perplexity } from '../perplexity';

/**
 * About 6,000 words, more than half the concept texts: at 20 passes the adapted model counts
 * ~800,000 characters, which trains in well under a second in the page.
 */
export const MAX_CHARS = 40_000;
/** Fewer words leave a held-out part of a sentence or two, too little to measure. */
export const MIN_WORDS = 30;
/** The share of the text held out, from its end. */
export const HELD_OUT = 0.2;
/** Below this many paragraphs the text is split by sentences instead. */
const MIN_PARAGRAPHS = 5;

export interface TextSplit {
	unit: 'paragraphs' | 'sentences';
	adapt: string[];
	heldOut: string[];
	words: number;
}

export type TextCheck = { ok: true; split: TextSplit } | { ok: false; problem: string };

const paragraphsOf = (text: string) =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);

const sentencesOf = (paragraphs: string[]) =>
	paragraphs.flatMap((p) =>
		p
			.split(/(?<=[.!?])\s+(?=\S)/)
			.map((s) => s.trim())
			.filter(Boolean)
	);

/** Whether the text can be used, and how it is split; the problem says what to do otherwise. */
export function checkText(text: string): TextCheck {
	if (!text.trim()) return { ok: false, problem: 'Paste a text to adapt to, or take the sample.' };
	if (text.length > MAX_CHARS)
		return {
			ok: false,
			problem: `This text has ${text.length.toLocaleString('en')} characters; the lab takes at most ${MAX_CHARS.toLocaleString('en')} (about 6,000 words), so that training stays quick in the page. Shorten it: nothing has been cut, your text is still in the box.`
		};
	const words = tokenize(text).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
	if (words < MIN_WORDS)
		return {
			ok: false,
			problem: `This text has ${words} words; the lab needs at least ${MIN_WORDS}, so that a fifth of it can be held out for testing.`
		};
	const paragraphs = paragraphsOf(text);
	const unit = paragraphs.length >= MIN_PARAGRAPHS ? 'paragraphs' : 'sentences';
	const units = unit === 'paragraphs' ? paragraphs : sentencesOf(paragraphs);
	if (units.length < 2)
		return {
			ok: false,
			problem:
				'The text needs at least two sentences: one to adapt to and one held out for testing.'
		};
	const held = Math.min(units.length - 1, Math.max(1, Math.round(units.length * HELD_OUT)));
	return {
		ok: true,
		split: { unit, adapt: units.slice(0, -held), heldOut: units.slice(-held), words }
	};
}

/** The base texts once, then the adaptation part once per pass. */
export function adaptedCorpus(base: string[], adapt: string[], passes: number): string[] {
	const out = [...base];
	for (let i = 0; i < passes; i++) out.push(...adapt);
	return out;
}

/**
 * Where both models start their continuation: the first words of the held-out part, from its
 * second sentence when it has one (a date line or heading says little), without the closing
 * punctuation, so the models continue a sentence instead of starting after a full stop (where
 * the base model, trained on paragraphs that end there, mostly stops at once).
 */
export function defaultStart(split: TextSplit, words = 3): string {
	const first = split.heldOut[0] ?? '';
	const sentences = first.split(/(?<=[.!?])\s+(?=\S)/);
	const from =
		sentences.length > 1 && sentences[1]!.split(/\s+/).length >= words ? sentences[1]! : first;
	return from
		.split(/\s+/)
		.slice(0, words)
		.join(' ')
		.replace(/[\s.,;:!?]+$/, '');
}

/** The sampling settings both continuations share; only the training text differs. */
export const continuation = { temperature: 0.8, topK: 40, topP: 0.95, maxTokens: 40 };

export interface TrainedPair {
	before: NgramModel;
	after: NgramModel;
}

/** The base model and the adapted one, each trained once (well under a second together). */
export function trainPair(base: string[], adapt: string[], passes: number): TrainedPair {
	return { before: trainTrigram(base), after: trainTrigram(adaptedCorpus(base, adapt, passes)) };
}

export interface ModelScores {
	/** On the held-out part of the visitor's text. */
	yours: Perplexity;
	/** On the concept paragraphs kept aside from the base's training. */
	base: Perplexity;
	trigrams: number;
}

export interface Comparison {
	before: ModelScores;
	after: ModelScores;
	/** |V| of the uniform mix, shared by all four numbers. */
	vocabulary: number;
}

/** Measures both models; the same models and texts always give the same numbers. */
export function compareModels(
	models: TrainedPair,
	base: CorpusSplit,
	split: TextSplit
): Comparison {
	const vocabulary = evaluationVocabulary(
		base.train,
		base.heldOut,
		split.adapt,
		split.heldOut
	).size;
	const score = (model: NgramModel): ModelScores => ({
		yours: perplexity(model, split.heldOut, vocabulary),
		base: perplexity(model, base.heldOut, vocabulary),
		trigrams: model.stats.trigrams
	});
	return { before: score(models.before), after: score(models.after), vocabulary };
}

/** The change from before to after, as the page writes it: "−83%" or "+4%". */
export function change(before: number, after: number): string {
	const pct = Math.round(((after - before) / before) * 100);
	return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${Math.abs(pct)}%`;
}
