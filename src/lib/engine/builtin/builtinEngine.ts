// The no-download engine: a trigram model of the app's own concept texts, sampled with the same
// temperature / top-k / top-p code the views explain. Works offline, in any browser, instantly.
import { applyPenalties } from '$lib/sampling/penalties';
import { markProbs, wordKey } from '$lib/sampling/watermark';
import {
	createRng,
	drawCandidate,
	nextTokenDistribution,
	topIndices
} from '$lib/sampling/sampling';
import {
	embedProblem,
	InvalidRequestError,
	nextTokensProblem,
	scoreProblem,
	validateRequest
} from '../request';
import type {
	EmbedRequest,
	Embeddings,
	Engine,
	GenerateRequest,
	GenerationResult,
	NextTokens,
	NextTokensRequest,
	Scored,
	ScoreRequest,
	TokenEvent,
	Tokenized
} from '../types';
import { withCache } from './cache';
import { builtinCapabilities, builtinInfo } from './info';
import { BOS, EOS, tokenPiece, tokenize, trainTrigram, type NgramModel } from './ngram';

/** Also here for the specs that build the engine and read its info; pages import info.ts. */
export { builtinCapabilities, builtinInfo };

export interface BuiltinOptions {
	/** Where the training text comes from (the concept pages by default). */
	corpus: () => Promise<string[]>;
	/** Pause between tokens so a stream is visible; the model itself needs microseconds. */
	tokenDelayMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class BuiltinEngine implements Engine {
	readonly info = builtinInfo;
	private model: NgramModel | undefined;
	private loading: Promise<void> | undefined;
	private index: Map<string, number> | undefined;

	constructor(private readonly options: BuiltinOptions) {}

	load(): Promise<void> {
		this.loading ??= this.options.corpus().then((texts) => {
			this.model = trainTrigram(texts);
		});
		return this.loading;
	}

	/** Nothing to forget: every call starts from the messages it is given. */
	async reset(): Promise<void> {}

	/** Drops the counts (a few MB); the next call trains again (milliseconds). */
	async unload(): Promise<void> {
		this.model = undefined;
		this.loading = undefined;
		this.index = undefined;
	}

	/**
	 * Every word the model could write after the text, with its probability: the whole
	 * distribution (a few thousand words at most), so what the sampling lab computes is exact.
	 */
	async nextTokens(request: NextTokensRequest): Promise<NextTokens> {
		const problem = nextTokensProblem(request, builtinCapabilities, builtinInfo.label);
		if (problem) throw new InvalidRequestError([problem]);
		await this.load();
		const model = this.model!;
		const words = tokenize(request.text);
		const probs = model.distribution([BOS, BOS, ...words]);
		const previous = words.at(-1);
		const ids = topIndices(probs, probs.length).filter((id) => probs[id]! > 0);
		return {
			candidates: ids.map((id) => {
				const word = model.vocab[id]!;
				return { id, text: word === EOS ? EOS : tokenPiece(previous, word), prob: probs[id]! };
			}),
			otherMass: 0,
			otherCount: 0,
			complete: true
		};
	}

	/** Its tokens are words and punctuation; a word it never saw has no id (-1). */
	async tokenize(text: string): Promise<Tokenized> {
		await this.load();
		const model = this.model!;
		this.index ??= new Map(model.vocab.map((w, i) => [w, i]));
		const index = this.index;
		let previous: string | undefined;
		const tokens = tokenize(text).map((word) => {
			const piece = tokenPiece(previous, word);
			previous = word;
			return { id: index.get(word) ?? -1, text: piece };
		});
		return { tokens, unit: 'words and punctuation' };
	}

	/**
	 * Each word of the continuation after everything before it: its share of the counts after the
	 * two words before it, smoothed (ngram.ts). A word the model never saw has no probability at
	 * all (-Infinity), and the rest is scored as if it were there.
	 */
	async score(request: ScoreRequest): Promise<Scored> {
		const problem = scoreProblem(request, builtinCapabilities, builtinInfo.label);
		if (problem) throw new InvalidRequestError([problem]);
		await this.load();
		const model = this.model!;
		const before = tokenize(request.prefix);
		const context = [BOS, BOS, ...before];
		const tokens = tokenize(request.continuation).map((word) => {
			const id = model.idOf(word);
			const previous = context.at(-1);
			const probs = model.distribution(context);
			context.push(word);
			const text = tokenPiece(previous === BOS ? undefined : previous, word);
			if (id === undefined) return { id: -1, text, logprob: -Infinity, rank: 0 };
			const p = probs[id]!;
			let rank = 1;
			for (const q of probs) if (q > p) rank++;
			return { id, text, logprob: Math.log(p), rank };
		});
		return { tokens, unit: 'words and punctuation' };
	}

	/** Counts make no vectors: refused with the message that names what does. */
	async embed(request: EmbedRequest): Promise<Embeddings> {
		throw new InvalidRequestError([embedProblem(request, builtinCapabilities, builtinInfo.label)!]);
	}

	async generate(
		request: GenerateRequest,
		onToken: (event: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult> {
		const problems = validateRequest(request, builtinCapabilities, builtinInfo.label);
		if (problems.length) throw new InvalidRequestError(problems);
		await this.load();
		const model = this.model!;
		const started = performance.now();
		const prompt = [...request.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
		const promptTokens = tokenize(prompt);
		// The model continues the prompt: its last two words are the context.
		const context = [BOS, BOS, ...promptTokens];
		const rng = createRng(request.seed ?? Math.floor(Math.random() * 2 ** 32));
		const delay = this.options.tokenDelayMs ?? 0;
		let text = '';
		let count = 0;
		let firstTokenAt = 0;
		let finishReason: GenerationResult['finishReason'] = 'length';
		// How often each word was generated so far, for the repetition penalties.
		const counts = new Map<number, number>();
		const penalties = {
			frequency: request.frequencyPenalty,
			presence: request.presencePenalty,
			repetition: request.repetitionPenalty
		};

		// Passages given as context are mixed in as a cache model (cache.ts).
		const distribution = request.context?.length
			? withCache(model, request.context)
			: (c: string[]) => model.distribution(c);
		// A watermark hashes words, not this model's ids, so a detector needs no model.
		const mark = request.watermark;
		const keys = mark ? model.vocab.map(wordKey) : [];
		while (count < request.maxTokens) {
			if (signal?.aborted) {
				finishReason = 'abort';
				break;
			}
			const modelProbs = distribution(context);
			const penalised = applyPenalties(modelProbs, counts, penalties);
			const probs = mark
				? markProbs(penalised, wordKey(context[context.length - 1]!), keys, mark)
				: penalised;
			const candidates = nextTokenDistribution(probs, request);
			const pick = candidates[drawCandidate(candidates, rng())]!;
			const token = model.vocab[pick.id]!;
			counts.set(pick.id, (counts.get(pick.id) ?? 0) + 1);
			if (token === EOS) {
				finishReason = 'stop';
				break;
			}
			const previous = context[context.length - 1];
			// What a word would add to the text here (with its space), or the end-of-text mark.
			const shown = (id: number) => {
				const word = model.vocab[id]!;
				return word === EOS ? EOS : tokenPiece(previous, word);
			};
			const piece = tokenPiece(previous, token);
			context.push(token);
			text += piece;
			count++;
			if (count === 1) firstTokenAt = performance.now();
			// The model's own probability, before penalties and sampling.
			const event: TokenEvent = { text: piece, prob: modelProbs[pick.id]! };
			if (request.alternatives) {
				event.alternatives = candidates
					.slice(0, request.alternatives)
					.map((c) => ({ text: shown(c.id), prob: modelProbs[c.id]! }));
			}
			if (request.capture) {
				event.distribution = topIndices(modelProbs, request.capture).map((id) => ({
					text: shown(id),
					prob: modelProbs[id]!
				}));
			}
			onToken(event);
			if (request.stop?.some((s) => text.endsWith(s))) {
				finishReason = 'stop';
				break;
			}
			// Yield to the page between tokens, so rendering and the Stop button stay live.
			await sleep(delay);
		}
		const elapsed = (performance.now() - started) / 1000;
		return {
			text,
			finishReason,
			usage: {
				promptTokens: promptTokens.length,
				completionTokens: count,
				timeToFirstTokenMs: count ? firstTokenAt - started : 0,
				decodeTokensPerSecond: count && elapsed > 0 ? count / elapsed : 0
			}
		};
	}
}
