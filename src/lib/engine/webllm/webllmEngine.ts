// The WebLLM engine. Runs only inside the engine worker, and imports WebLLM lazily, so the 6 MB
// library loads when a downloaded model is first used, never on a page.
import type { MLCEngine } from '@mlc-ai/web-llm';
import type { WebllmRecord } from '../protocol';
import type {
	Engine,
	EngineInfo,
	GenerateRequest,
	GenerationResult,
	LoadProgress,
	TokenEvent
} from '../types';
import { loadPhase } from './progress';

export class WebllmEngine implements Engine {
	readonly info: EngineInfo;
	private engine: MLCEngine | undefined;
	private loading: Promise<void> | undefined;

	constructor(private readonly record: WebllmRecord) {
		this.info = {
			id: record.model_id,
			label: record.model_id,
			description: 'A neural language model running on this device’s GPU through WebLLM.',
			kind: 'webllm'
		};
	}

	load(onProgress?: (p: LoadProgress) => void): Promise<void> {
		this.loading ??= (async () => {
			const webllm = await import('@mlc-ai/web-llm');
			const engine = new webllm.MLCEngine({
				appConfig: { model_list: [this.record], cacheBackend: 'indexeddb' },
				initProgressCallback: (r) => onProgress?.(loadPhase(r))
			});
			await engine.reload(this.record.model_id);
			this.engine = engine;
		})();
		// A failed load can be retried from scratch.
		this.loading.catch(() => (this.loading = undefined));
		return this.loading;
	}

	async unload(): Promise<void> {
		await this.engine?.unload();
		this.engine = undefined;
		this.loading = undefined;
	}

	async generate(
		request: GenerateRequest,
		onToken: (event: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult> {
		await this.load();
		const engine = this.engine!;
		const started = performance.now();
		const top = Math.min(5, request.alternatives ?? 0);
		const stream = await engine.chat.completions.create({
			messages: request.messages,
			stream: true,
			stream_options: { include_usage: true },
			temperature: request.temperature,
			top_p: request.topP,
			max_tokens: request.maxTokens,
			seed: request.seed,
			stop: request.stop,
			...(top > 0 ? { logprobs: true, top_logprobs: top } : {})
		});
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
				if (piece) {
					count++;
					if (count === 1) firstAt = performance.now();
					text += piece;
					const lp = choice?.logprobs?.content?.[0];
					onToken({
						text: piece,
						prob: lp ? Math.exp(lp.logprob) : NaN,
						alternatives: lp?.top_logprobs?.map((a) => ({
							text: a.token,
							prob: Math.exp(a.logprob)
						}))
					});
				}
				if (choice?.finish_reason === 'length') finishReason = 'length';
				if (chunk.usage) {
					const extra = chunk.usage.extra as { decode_tokens_per_s?: number } | undefined;
					usage = {
						promptTokens: chunk.usage.prompt_tokens,
						completionTokens: chunk.usage.completion_tokens,
						timeToFirstTokenMs: firstAt ? firstAt - started : 0,
						decodeTokensPerSecond: extra?.decode_tokens_per_s ?? 0
					};
				}
			}
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
