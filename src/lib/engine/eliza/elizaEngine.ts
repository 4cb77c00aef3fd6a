// ELIZA as an engine: the rule-based responder of eliza.ts behind the same interface as the
// trigram model and WebLLM, so a lab asks it the same way and it runs in the engine worker
// beside them. What it cannot do it says through its capabilities (`rules`): it ignores every
// sampling setting (validateRequest leaves them unchecked, and nothing here reads them), and it
// refuses next-token distributions, scores and vectors with request.ts's one wording, since a
// rule has one answer and no probabilities. A streamed word asked for with its alternatives comes
// with itself as the only one, certain.
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
import { respond, words } from './eliza';
import { elizaCapabilities, elizaInfo } from './info';

/** The reply as pieces a stream can show: words, each after its space. */
function pieces(text: string): string[] {
	return text.match(/\s*\S+/g) ?? [];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ElizaEngine implements Engine {
	readonly info = elizaInfo;
	constructor(private readonly options: { tokenDelayMs?: number } = {}) {}

	async load(): Promise<void> {}
	async reset(): Promise<void> {}
	async unload(): Promise<void> {}

	async generate(
		request: GenerateRequest,
		onToken: (event: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult> {
		const problems = validateRequest(request, elizaCapabilities, elizaInfo.label);
		if (problems.length) throw new InvalidRequestError(problems);
		const started = performance.now();
		const asked = request.messages.filter((m) => m.role === 'user').map((m) => m.content);
		const reply = respond(asked);
		let text = '';
		let count = 0;
		let firstTokenAt = 0;
		let finishReason: GenerationResult['finishReason'] = 'stop';
		for (const piece of pieces(reply.text)) {
			if (signal?.aborted) {
				finishReason = 'abort';
				break;
			}
			if (count === request.maxTokens) {
				finishReason = 'length';
				break;
			}
			text += piece;
			count++;
			if (count === 1) firstTokenAt = performance.now();
			const only = [{ text: piece, prob: 1 }];
			onToken({
				text: piece,
				prob: 1,
				...(request.alternatives ? { alternatives: only } : {}),
				...(request.capture ? { distribution: only } : {})
			});
			if (request.stop?.some((s) => text.endsWith(s))) break;
			await sleep(this.options.tokenDelayMs ?? 0);
		}
		const elapsed = (performance.now() - started) / 1000;
		return {
			text,
			finishReason,
			usage: {
				promptTokens: asked.reduce((n, m) => n + words(m).length, 0),
				completionTokens: count,
				timeToFirstTokenMs: count ? firstTokenAt - started : 0,
				decodeTokensPerSecond: count && elapsed > 0 ? count / elapsed : 0
			}
		};
	}

	/** A rule has no distribution to show: refused with the message that names what has one. */
	async nextTokens(request: NextTokensRequest): Promise<NextTokens> {
		throw new InvalidRequestError([
			nextTokensProblem(request, elizaCapabilities, elizaInfo.label)!
		]);
	}

	/** It reads words, lower-cased, punctuation dropped; it has no token ids. */
	async tokenize(text: string): Promise<Tokenized> {
		return { tokens: words(text).map((w) => ({ id: -1, text: w })), unit: 'words' };
	}

	async embed(request: EmbedRequest): Promise<Embeddings> {
		throw new InvalidRequestError([embedProblem(request, elizaCapabilities, elizaInfo.label)!]);
	}

	/** A rule has no probabilities: refused with the message that names what has them. */
	async score(request: ScoreRequest): Promise<Scored> {
		throw new InvalidRequestError([scoreProblem(request, elizaCapabilities, elizaInfo.label)!]);
	}
}
