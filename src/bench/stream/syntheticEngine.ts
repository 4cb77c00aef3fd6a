// A stand-in engine for the stream bench: the same Engine interface, with tokens from a worker
// (source.worker.ts) at a fixed rate, batched like the engine worker's or one message per token.
import type { Engine, GenerateRequest, GenerationResult, TokenEvent } from '$lib/engine/types';
import { builtinInfo } from '$lib/engine/builtin/info';

export class SyntheticEngine implements Engine {
	readonly info = { ...builtinInfo, id: 'synthetic', label: 'Synthetic source' };
	constructor(
		private readonly tokensPerSecond: number,
		private readonly batched = true
	) {}
	async load() {}
	async reset() {}
	async unload() {}
	/** Not part of the stream bench. */
	async nextTokens(): Promise<never> {
		throw new Error('The synthetic source only streams.');
	}
	async tokenize(): Promise<never> {
		throw new Error('The synthetic source only streams.');
	}
	async embed(): Promise<never> {
		throw new Error('The synthetic source only streams.');
	}
	async score(): Promise<never> {
		throw new Error('The synthetic source only streams.');
	}
	generate(
		request: GenerateRequest,
		onToken: (e: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult> {
		const total = request.maxTokens;
		const worker = new Worker(new URL('./source.worker.ts', import.meta.url), { type: 'module' });
		const started = performance.now();
		let delivered = 0;
		return new Promise((resolve) => {
			const finish = (reason: GenerationResult['finishReason']) => {
				worker.terminate();
				resolve({
					text: '',
					finishReason: reason,
					usage: {
						promptTokens: 0,
						completionTokens: delivered,
						timeToFirstTokenMs: 0,
						decodeTokensPerSecond: delivered / ((performance.now() - started) / 1000)
					}
				});
			};
			worker.onmessage = (e: MessageEvent<TokenEvent[]>) => {
				if (signal?.aborted) return finish('abort');
				for (const event of e.data) onToken(event);
				delivered += e.data.length;
				if (delivered >= total) finish('length');
			};
			worker.postMessage({ total, rate: this.tokensPerSecond, batched: this.batched });
		});
	}
}
