// The WebLLM engine. Runs only inside the engine worker, and imports WebLLM lazily, so the 6 MB
// library loads when a downloaded model is first used, never on a page.
import type { ChatCompletionChunk, MLCEngine, MLCEngineConfig } from '@mlc-ai/web-llm';
import { InvalidRequestError, validateRequest } from '../request';
import type { WebllmRecord } from '../protocol';
import type {
	Engine,
	EngineInfo,
	GenerateRequest,
	GenerationResult,
	LoadProgress,
	TokenEvent
} from '../types';
import { webllmCapabilities } from './capabilities';
import { toCompletionRequest } from './completionRequest';
import { switchProcessor } from './processorSwitch';
import { loadPhase } from './progress';
import { StepInspector } from './stepInspector';
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
};

export interface WebllmEngineOptions {
	/** Makes the MLCEngine; by default WebLLM's, imported on first use. */
	createEngine?: (config: MLCEngineConfig) => Promise<MLCEngineLike>;
	/** Reads the model's token table (for captured distributions); by default from IndexedDB. */
	tokenTable?: (record: WebllmRecord) => Promise<TokenTable | undefined>;
}

async function createWebllmEngine(config: MLCEngineConfig): Promise<MLCEngineLike> {
	const webllm = await import('@mlc-ai/web-llm');
	return new webllm.MLCEngine(config);
}

async function cachedTokenTable(record: WebllmRecord): Promise<TokenTable | undefined> {
	const [{ getFile }, { modelBaseUrl }, { tokenTableFrom }] = await Promise.all([
		import('$lib/models/webllmCache'),
		import('$lib/models/catalogue'),
		import('./tokenTable')
	]);
	const data = await getFile(
		'webllm/model',
		new URL('tokenizer.json', modelBaseUrl(record.model)).href
	);
	return data === undefined ? undefined : tokenTableFrom(data);
}

export class WebllmEngine implements Engine {
	readonly info: EngineInfo;
	private engine: MLCEngineLike | undefined;
	private loading: Promise<void> | undefined;
	private readonly inspector = new StepInspector();
	private tokens: Promise<TokenTable> | undefined;
	private readonly createEngine: NonNullable<WebllmEngineOptions['createEngine']>;
	private readonly readTokenTable: NonNullable<WebllmEngineOptions['tokenTable']>;

	constructor(
		private readonly record: WebllmRecord,
		options: WebllmEngineOptions = {}
	) {
		this.info = {
			id: record.model_id,
			label: record.model_id,
			description: 'A neural language model running on this device’s GPU through WebLLM.',
			kind: 'webllm',
			capabilities: webllmCapabilities
		};
		this.createEngine = options.createEngine ?? createWebllmEngine;
		this.readTokenTable = options.tokenTable ?? cachedTokenTable;
	}

	load(onProgress?: (p: LoadProgress) => void): Promise<void> {
		this.loading ??= (async () => {
			const engine = await this.createEngine({
				appConfig: { model_list: [this.record], cacheBackend: 'indexeddb' },
				initProgressCallback: (r) => onProgress?.(loadPhase(r)),
				// Registered the public way; processorSwitch.ts detaches it when a request needs
				// neither top-k nor capture, so plain generation pays nothing for it.
				logitProcessorRegistry: new Map([[this.record.model_id, this.inspector]])
			});
			await engine.reload(this.record.model_id);
			this.engine = engine;
		})();
		// A failed load can be retried from scratch.
		this.loading.catch(() => (this.loading = undefined));
		return this.loading;
	}

	async reset(): Promise<void> {
		await this.engine?.resetChat();
	}

	async unload(): Promise<void> {
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

	async generate(
		request: GenerateRequest,
		onToken: (event: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult> {
		const problems = validateRequest(request, this.info.capabilities, 'This model');
		if (problems.length) throw new InvalidRequestError(problems);
		await this.load();
		const engine = this.engine!;
		const capture = request.capture ?? 0;
		const table = capture > 0 ? await this.tokenTable() : idOnlyTable;
		this.inspector.configure({ topK: request.topK, capture });
		switchProcessor(
			engine,
			this.record.model_id,
			this.inspector.active ? this.inspector : undefined
		);

		const started = performance.now();
		const stream = await engine.chat.completions.create(toCompletionRequest(request));
		const onAbort = () => engine.interruptGenerate();
		signal?.addEventListener('abort', onAbort, { once: true });
		let text = '';
		let count = 0;
		let firstAt = 0;
		let finishReason: GenerationResult['finishReason'] = 'stop';
		let usage: GenerationResult['usage'] | undefined;
		try {
			for await (const chunk of stream) {
				const choice = chunk.choices[0];
				const piece = choice?.delta?.content ?? '';
				// A piece may span several steps (a character split over tokens): it shows the
				// distribution of the step that started it.
				const steps = capture > 0 ? this.inspector.drain() : [];
				if (piece) {
					count++;
					if (count === 1) firstAt = performance.now();
					text += piece;
					const lp = choice?.logprobs?.content?.[0];
					const event: TokenEvent = {
						text: piece,
						prob: lp ? Math.exp(lp.logprob) : NaN,
						alternatives: lp?.top_logprobs?.map((a) => ({
							text: a.token,
							prob: Math.exp(a.logprob)
						}))
					};
					const step = steps[0];
					if (step) {
						event.distribution = step.top.map((c) => ({ text: table.text(c.id), prob: c.prob }));
						// Without logprobs, the captured softmax still knows the chosen token's odds.
						if (Number.isNaN(event.prob) && step.chosen !== undefined)
							event.prob = step.top.find((c) => c.id === step.chosen)?.prob ?? NaN;
					}
					onToken(event);
				}
				if (choice?.finish_reason === 'length') finishReason = 'length';
				if (chunk.usage) {
					const extra = chunk.usage.extra as
						{ decode_tokens_per_s?: number; prefill_tokens_per_s?: number } | undefined;
					usage = {
						promptTokens: chunk.usage.prompt_tokens,
						completionTokens: chunk.usage.completion_tokens,
						timeToFirstTokenMs: firstAt ? firstAt - started : 0,
						prefillTokensPerSecond: extra?.prefill_tokens_per_s ?? 0,
						decodeTokensPerSecond: extra?.decode_tokens_per_s ?? 0
					};
				}
			}
		} finally {
			signal?.removeEventListener('abort', onAbort);
			this.inspector.configure({ topK: 0, capture: 0 });
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
