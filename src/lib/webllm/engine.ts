// The WebLLM engine: our Engine interface over WebLLM's MLCEngine. Runs only inside the engine
// worker, which imports this module lazily (createWebllmEngine), so the 6 MB library loads when a
// downloaded model is first used, never on a page. What it adds to WebLLM: top-k and per-step
// capture through our LogitProcessor chain (processors/), attached only for requests that use
// them; token events with readable captured tokens; usage and timings in our shape; and the
// sampling lab's steps, drawn in here from all the logits and continued through the KV cache.
import type {
	ChatCompletionChunk,
	Completion,
	CompletionCreateParamsNonStreaming,
	CreateEmbeddingResponse,
	EmbeddingCreateParams,
	MLCEngine,
	MLCEngineConfig
} from '@mlc-ai/web-llm';
import {
	embedProblem,
	InvalidRequestError,
	nextTokensProblem,
	scoreProblem,
	validateRequest
} from '$lib/engine/request';
import type {
	EmbedRequest,
	Embeddings,
	Engine,
	EngineInfo,
	GenerateRequest,
	GenerationResult,
	LoadProgress,
	NextTokens,
	NextTokensRequest,
	Scored,
	ScoreRequest,
	TokenEvent,
	Tokenized
} from '$lib/engine/types';
import { appConfigFor } from './cache';
import { webllmInfo } from './capabilities';
import { embeddingInput, unitLength } from './embedInput';
import { toCompletionRequest } from './completionRequest';
import { chunkEvent, chunkUsage } from './chunkEvent';
import { readTokenTable } from './config';
import { captureTopN } from '$lib/sampling/sampling';
import { drawWhole } from '$lib/sampling/wholeDraw';
import { Capture } from './processors/capture';
import { Hold } from './processors/hold';
import { ProcessorChain, type ProcessorRequest } from './processors/chain';
import { switchProcessor } from './processors/processorSwitch';
import { MinP } from './processors/minP';
import { TopK } from './processors/topK';
import { Watermark } from './processors/watermark';
import { decoderOf, tokenizerOf } from './internals';
import { loadPhase } from './progress';
import { continuationSplit, logprobOf, planStep, textBefore } from './stepPlan';
import type { WebllmRecord } from './record';
import { idOnlyTable, type TokenTable } from './tokenTable';

/** The part of MLCEngine this engine uses; the unit tests pass a fake with the same shape. */
export type MLCEngineLike = Pick<
	MLCEngine,
	'reload' | 'unload' | 'resetChat' | 'interruptGenerate'
> & {
	chat: {
		completions: {
			create(
				request: ReturnType<typeof toCompletionRequest>
			): Promise<AsyncIterable<ChatCompletionChunk>>;
		};
	};
	/** Plain text completion (no chat template), for the sampling lab's steps. */
	completions: {
		create(request: CompletionCreateParamsNonStreaming): Promise<Completion>;
	};
	/** Vectors from an embedding model. */
	embeddings: {
		create(request: EmbeddingCreateParams): Promise<CreateEmbeddingResponse>;
	};
};

export interface WebllmEngineOptions {
	/** Makes the MLCEngine; by default WebLLM's, imported on first use. */
	createEngine?: (config: MLCEngineConfig) => Promise<MLCEngineLike>;
	/** Reads the model's token table (for captured distributions); by default from IndexedDB. */
	tokenTable?: (record: WebllmRecord) => Promise<TokenTable | undefined>;
}

async function createMlcEngine(config: MLCEngineConfig): Promise<MLCEngineLike> {
	const webllm = await import('@mlc-ai/web-llm');
	return new webllm.MLCEngine(config);
}

export class WebllmEngine implements Engine {
	readonly info: EngineInfo;
	private engine: MLCEngineLike | undefined;
	private loading: Promise<void> | undefined;
	private readonly capture = new Capture();
	private readonly hold = new Hold();
	/** Capture and hold first, so they see the model's own logits before the mark or top-k change them. */
	private readonly processors = new ProcessorChain([
		this.capture,
		this.hold,
		new Watermark(),
		new TopK(),
		new MinP()
	]);
	/**
	 * The text whose logits the last step read, while the KV cache holds exactly that text; any
	 * other use of the model (a generation, a reset) forgets it.
	 */
	private held: { text: string; logits: Float32Array } | undefined;
	private tokens: Promise<TokenTable> | undefined;
	private readonly createEngine: NonNullable<WebllmEngineOptions['createEngine']>;
	private readonly readTokenTable: NonNullable<WebllmEngineOptions['tokenTable']>;

	constructor(
		private readonly record: WebllmRecord,
		options: WebllmEngineOptions = {}
	) {
		this.info = webllmInfo(record);
		this.createEngine = options.createEngine ?? createMlcEngine;
		this.readTokenTable = options.tokenTable ?? readTokenTable;
	}

	load(onProgress?: (p: LoadProgress) => void): Promise<void> {
		this.loading ??= (async () => {
			const engine = await this.createEngine({
				appConfig: appConfigFor(this.record),
				initProgressCallback: (r) => onProgress?.(loadPhase(r)),
				// Registered the public way; processors/processorSwitch.ts detaches it when no step
				// of the chain is needed, so plain generation pays nothing for it.
				logitProcessorRegistry: new Map([[this.record.model_id, this.processors]])
			});
			await engine.reload(this.record.model_id);
			this.engine = engine;
		})();
		// A failed load can be retried from scratch.
		this.loading.catch(() => (this.loading = undefined));
		return this.loading;
	}

	async reset(): Promise<void> {
		this.held = undefined;
		await this.engine?.resetChat();
	}

	async unload(): Promise<void> {
		this.held = undefined;
		await this.engine?.unload();
		this.engine = undefined;
		this.loading = undefined;
	}

	/** Token texts for captured ids, read once per model; ids stay readable if it fails. */
	private tokenTable(): Promise<TokenTable> {
		this.tokens ??= this.readTokenTable(this.record)
			.then((t) => t ?? idOnlyTable)
			.catch(() => idOnlyTable);
		return this.tokens;
	}

	/**
	 * Runs one request with the processor chain set up for it, and clears the chain after, failed
	 * or not. The chain is shared by every call on this model, so it is configured only here,
	 * inside the call that uses it; the worker runs one call per engine at a time (callQueue.ts),
	 * so no other call can change it meanwhile.
	 */
	private async withProcessors<T>(request: ProcessorRequest, run: () => Promise<T>): Promise<T> {
		this.processors.configure(request);
		switchProcessor(
			this.engine,
			this.record.model_id,
			this.processors.active ? this.processors : undefined
		);
		try {
			return await run();
		} finally {
			this.processors.configure({});
		}
	}

	/**
	 * One step of a text: the model's logits after it, the top N listed and, when asked, the token
	 * the lab's draw lands on among all of them (sampling/wholeDraw.ts). A text that extends the
	 * last one by the token just taken costs one decode through the KV cache; the same text again
	 * costs nothing on the GPU; any other text is read whole (stepPlan.ts).
	 */
	async nextTokens(request: NextTokensRequest, signal?: AbortSignal): Promise<NextTokens> {
		const problem = nextTokensProblem(request, this.info.capabilities, 'This model');
		if (problem) throw new InvalidRequestError([problem]);
		await this.load();
		const engine = this.engine!;
		const table = await this.tokenTable();
		const onAbort = () => engine.interruptGenerate();
		signal?.addEventListener('abort', onAbort, { once: true });
		try {
			const logits = await this.logitsAfter(request, table);
			const named = (id: number, prob: number) => ({ id, text: table.text(id), prob });
			const candidates = captureTopN(logits, request.top).map((c) => named(c.id, c.prob));
			const listed = candidates.reduce((s, c) => s + c.prob, 0);
			const next: NextTokens = {
				candidates,
				otherMass: Math.max(0, 1 - listed),
				otherCount: Math.max(0, logits.length - candidates.length),
				complete: false
			};
			const drawn = request.draw && drawWhole(logits, request.draw, request.draw.u);
			if (drawn)
				next.drawn = {
					...named(drawn.id, drawn.modelProb),
					sampledProb: drawn.prob,
					rank: drawn.rank,
					draw: request.draw!
				};
			return next;
		} finally {
			signal?.removeEventListener('abort', onAbort);
		}
	}

	/** The logits after the request's text, from the cheapest path that gives them. */
	private async logitsAfter(
		request: Pick<NextTokensRequest, 'text' | 'after'>,
		table: TokenTable
	): Promise<Float32Array> {
		const plan = planStep(this.held?.text, request, (id) => table.text(id));
		if (plan.kind === 'reuse') return this.held!.logits;
		const engine = this.engine!;
		const decode = plan.kind === 'decode' ? decoderOf(engine, this.record.model_id) : undefined;
		this.held = undefined;
		const logits = await this.withProcessors({ hold: true }, async () => {
			if (decode && plan.kind === 'decode') await decode(plan.id);
			else
				await engine.completions.create({
					prompt: request.text,
					max_tokens: 1,
					temperature: 1,
					top_p: 1,
					stream: false
				});
			return this.hold.take();
		});
		if (!logits) throw new Error('The model produced no step to inspect.');
		this.held = { text: request.text, logits };
		return logits;
	}

	/** The text as the model's own tokens (its tokenizer, read from the loaded pipeline). */
	async tokenize(text: string): Promise<Tokenized> {
		await this.load();
		const tokenizer = tokenizerOf(this.engine, this.record.model_id);
		if (!tokenizer)
			throw new Error('This version of WebLLM does not expose the model’s tokenizer.');
		const table = await this.tokenTable();
		const ids = Array.from(tokenizer.encode(text));
		return {
			tokens: ids.map((id) => ({ id, text: table.text(id) })),
			unit: 'subword tokens (the model’s own tokenizer)'
		};
	}

	/**
	 * Each token of a continuation after the text before it: the text is read once (or not at all
	 * when it is the last step's), then every token of the continuation is scored from the logits
	 * before it and run through the KV cache by one decode, the sampling lab's path (stepPlan.ts).
	 */
	async score(request: ScoreRequest, signal?: AbortSignal): Promise<Scored> {
		const problem = scoreProblem(request, this.info.capabilities, 'This model');
		if (problem) throw new InvalidRequestError([problem]);
		await this.load();
		const engine = this.engine!;
		const tokenizer = tokenizerOf(engine, this.record.model_id);
		if (!tokenizer)
			throw new Error('This version of WebLLM does not expose the model’s tokenizer.');
		const table = await this.tokenTable();
		const ids = (text: string) => Array.from(tokenizer.encode(text));
		const prefixIds = ids(request.prefix);
		const { before, scored } = continuationSplit(
			prefixIds,
			ids(request.prefix + request.continuation)
		);
		let text = textBefore(request.prefix, prefixIds, before, (id) => table.text(id), ids);
		if (text === null)
			throw new InvalidRequestError([
				{
					field: 'messages',
					message:
						'The text before ends inside one of the model’s tokens: end it at a whole word, and start the continuation with its space.'
				}
			]);
		const onAbort = () => engine.interruptGenerate();
		signal?.addEventListener('abort', onAbort, { once: true });
		try {
			let logits = await this.logitsAfter({ text }, table);
			const tokens: Scored['tokens'] = [];
			for (const [i, id] of scored.entries()) {
				tokens.push({ id, text: table.text(id), ...logprobOf(logits, id) });
				if (i === scored.length - 1) break;
				if (signal?.aborted) throw Object.assign(new Error('Stopped.'), { name: 'AbortError' });
				text += table.text(id);
				logits = await this.logitsAfter({ text, after: id }, table);
			}
			return { tokens, unit: 'subword tokens (the model’s own tokenizer)' };
		} finally {
			signal?.removeEventListener('abort', onAbort);
		}
	}

	/**
	 * Texts as unit vectors, one text per forward pass: WebLLM 0.2.86's compiled attention ignores
	 * padding, so texts of different lengths in one batch would get wrong vectors (stack.md).
	 */
	async embed(
		request: EmbedRequest,
		signal?: AbortSignal,
		onLoadProgress?: (p: LoadProgress) => void
	): Promise<Embeddings> {
		const problem = embedProblem(request, this.info.capabilities, 'This model');
		if (problem) throw new InvalidRequestError([problem]);
		await this.load(onLoadProgress);
		const engine = this.engine!;
		const vectors: number[][] = [];
		for (const text of request.texts) {
			if (signal?.aborted) throw Object.assign(new Error('Stopped.'), { name: 'AbortError' });
			const response = await engine.embeddings.create({
				input: [embeddingInput(text, request.as)],
				model: this.record.model_id
			});
			const vector = response.data[0]?.embedding;
			if (!vector) throw new Error('The embedding model returned no vector.');
			vectors.push(unitLength(vector));
		}
		return { vectors, dimensions: vectors[0]?.length ?? 0 };
	}

	async generate(
		request: GenerateRequest,
		onToken: (event: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult> {
		const problems = validateRequest(request, this.info.capabilities, 'This model');
		if (problems.length) throw new InvalidRequestError(problems);
		await this.load();
		const engine = this.engine!;
		this.held = undefined;
		const capture = request.capture ?? 0;
		const table = capture > 0 ? await this.tokenTable() : idOnlyTable;
		const started = performance.now();
		const onAbort = () => engine.interruptGenerate();
		signal?.addEventListener('abort', onAbort, { once: true });
		let text = '';
		let count = 0;
		let firstAt = 0;
		let finishReason: GenerationResult['finishReason'] = 'stop';
		let usage: GenerationResult['usage'] | undefined;
		try {
			await this.withProcessors(request, async () => {
				const stream = await engine.chat.completions.create(
					toCompletionRequest(request, this.record.model_id)
				);
				for await (const chunk of stream) {
					const choice = chunk.choices[0];
					const piece = choice?.delta?.content ?? '';
					const steps = capture > 0 ? this.capture.drain() : [];
					if (piece) {
						count++;
						if (count === 1) firstAt = performance.now();
						text += piece;
						onToken(chunkEvent(piece, choice, steps[0], table));
					}
					if (choice?.finish_reason === 'length') finishReason = 'length';
					if (chunk.usage) usage = chunkUsage(chunk.usage, firstAt ? firstAt - started : 0);
				}
			});
		} finally {
			signal?.removeEventListener('abort', onAbort);
		}
		if (signal?.aborted) finishReason = 'abort';
		return {
			text,
			finishReason,
			usage: usage ?? {
				promptTokens: 0,
				completionTokens: count,
				timeToFirstTokenMs: firstAt ? firstAt - started : 0,
				decodeTokensPerSecond: 0
			}
		};
	}
}

/** The engine the engine worker makes for a downloaded model (src/lib/engine/worker.ts). */
export function createWebllmEngine(record: WebllmRecord): Engine {
	return new WebllmEngine(record);
}
