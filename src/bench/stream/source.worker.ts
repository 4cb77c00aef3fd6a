// The synthetic token source: tokens at a fixed rate, each with its probability, 5 alternatives
// and a 10-token captured distribution (as a GPU model with capture on sends them), posted
// through the same batcher the engine worker uses.
/// <reference lib="webworker" />
import { createTokenBatcher } from '$lib/engine/tokenBatcher';
import type { TokenEvent } from '$lib/engine/types';

const words =
	' the model reads every token and weighs what could come next so that text appears one piece at a time'.split(
		/(?= )/
	);

function token(i: number): TokenEvent {
	const prob = ((i * 7919) % 997) / 997;
	const list = (n: number) =>
		Array.from({ length: n }, (_, k) => ({
			text: words[(i + k) % words.length]!,
			prob: prob / (k + 1)
		}));
	return { text: words[i % words.length]!, prob, alternatives: list(5), distribution: list(10) };
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<{ total: number; rate: number; batched: boolean }>) => {
	const { total, rate, batched } = e.data;
	const batch = batched
		? createTokenBatcher<TokenEvent>((events) => scope.postMessage(events))
		: { push: (t: TokenEvent) => scope.postMessage([t]), flush() {} };
	const started = performance.now();
	let sent = 0;
	// Every 4 ms, produce the tokens due by now, one push each (as an engine's tokens arrive).
	const tick = () => {
		const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
		while (sent < due) batch.push(token(sent++));
		if (sent < total) setTimeout(tick, 4);
		else batch.flush();
	};
	tick();
};
