// The no-download engine: a trigram model of the app's own concept texts, sampled with the same
// temperature / top-k / top-p code the views explain. Works offline, in any browser, instantly.
import { createRng, drawCandidate, nextTokenDistribution } from '$lib/sampling/sampling';
import type { Engine, EngineInfo, GenerateRequest, GenerationResult, TokenEvent } from '../types';
import { BOS, EOS, tokenPiece, tokenize, trainTrigram, type NgramModel } from './ngram';

export const builtinInfo: EngineInfo = {
	id: 'builtin-trigram',
	label: 'Built-in trigram model',
	description:
		'A 1990s-style statistical model: it counts which word followed each pair of words in this app’s own texts. No GPU, no download.',
	kind: 'builtin'
};

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

	constructor(private readonly options: BuiltinOptions) {}

	load(): Promise<void> {
		this.loading ??= this.options.corpus().then((texts) => {
			this.model = trainTrigram(texts);
		});
		return this.loading;
	}

	async generate(
		request: GenerateRequest,
		onToken: (event: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult> {
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

		while (count < request.maxTokens) {
			if (signal?.aborted) {
				finishReason = 'abort';
				break;
			}
			const probs = model.distribution(context);
			const candidates = nextTokenDistribution(probs, request);
			const pick = candidates[drawCandidate(candidates, rng())]!;
			const token = model.vocab[pick.id]!;
			if (token === EOS) {
				finishReason = 'stop';
				break;
			}
			const piece = tokenPiece(context[context.length - 1], token);
			context.push(token);
			text += piece;
			count++;
			if (count === 1) firstTokenAt = performance.now();
			const event: TokenEvent = { text: piece, prob: pick.modelProb };
			if (request.alternatives) {
				event.alternatives = candidates
					.slice(0, request.alternatives)
					.map((c) => ({ text: model.vocab[c.id]!, prob: c.modelProb }));
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
