// A stand-in engine for the stream bench: the same Engine interface, tokens at a fixed rate from a
// worker, one message per token (as the engine worker sends them), each with its probability,
// 5 alternatives and a 10-token captured distribution, as a GPU model with capture on sends them.
import type { Engine, GenerateRequest, GenerationResult, TokenEvent } from '$lib/engine/types';
import { builtinInfo } from '$lib/engine/builtin/builtinEngine';

/** Runs in the source worker; kept free of imports so it can be inlined as a Blob. */
function sourceWorker() {
	const words =
		' the model reads every token and weighs what could come next so that text appears one piece at a time'.split(
			/(?= )/
		);
	const token = (i: number) => {
		const prob = ((i * 7919) % 997) / 997;
		const list = (n: number) =>
			Array.from({ length: n }, (_, k) => ({
				text: words[(i + k) % words.length]!,
				prob: prob / (k + 1)
			}));
		return { text: words[i % words.length]!, prob, alternatives: list(5), distribution: list(10) };
	};
	onmessage = (e: MessageEvent<{ total: number; rate: number }>) => {
		const { total, rate } = e.data;
		const started = performance.now();
		let sent = 0;
		// Every 4 ms, post the tokens due by now, one message each (as the engine worker does).
		const tick = () => {
			const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
			while (sent < due) postMessage(token(sent++));
			if (sent < total) setTimeout(tick, 4);
		};
		tick();
	};
}

export class SyntheticEngine implements Engine {
	readonly info = { ...builtinInfo, id: 'synthetic', label: 'Synthetic source' };
	constructor(private readonly tokensPerSecond: number) {}
	async load() {}
	async reset() {}
	async unload() {}
	generate(
		request: GenerateRequest,
		onToken: (e: TokenEvent) => void,
		signal?: AbortSignal
	): Promise<GenerationResult> {
		const total = request.maxTokens;
		const worker = new Worker(
			URL.createObjectURL(new Blob([`(${sourceWorker.toString()})()`], { type: 'text/javascript' }))
		);
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
			worker.onmessage = (e: MessageEvent<TokenEvent>) => {
				if (signal?.aborted) return finish('abort');
				onToken(e.data);
				if (++delivered === total) finish('length');
			};
			worker.postMessage({ total, rate: this.tokensPerSecond });
		});
	}
}
