// The readiness page's live measurement on the chosen engine: load from cache, time to the first
// token and decode speed over 64 tokens, with a fixed prompt and seed so venues compare fairly;
// and the rehearsal: which pages of a deck are missing from the offline copy. The engine and the
// cache are passed in, so both are tested without a browser.
import type { Engine } from '$lib/engine/types';
import type { Figures } from './readiness';

export async function measure(engine: Engine, now = () => performance.now()): Promise<Figures> {
	const started = now();
	await engine.load();
	const loaded = now();
	let first = 0;
	const chat = engine.info.capabilities.chat;
	const result = await engine.generate(
		{
			messages: [
				{
					role: 'user',
					content: chat
						? 'Explain in a few sentences what a language model does.'
						: 'A generative model learns'
				}
			],
			temperature: 0.7,
			topK: 0,
			topP: 1,
			maxTokens: 64,
			seed: 1
		},
		() => {
			if (!first) first = now();
		}
	);
	const end = now();
	const tokens = result.usage.completionTokens;
	const decodeSeconds = first ? (end - first) / 1000 : 0;
	return {
		engine: engine.info.label,
		at: Date.now(),
		loadMs: loaded - started,
		firstTokenMs: first ? first - loaded : end - loaded,
		tokensPerSecond:
			result.usage.decodeTokensPerSecond ||
			(decodeSeconds > 0 && tokens > 1 ? (tokens - 1) / decodeSeconds : 0),
		tokens
	};
}

/** The deck's pages that the offline copy cannot answer. */
export async function missingPages(
	paths: string[],
	inCache: (url: string) => Promise<boolean>
): Promise<string[]> {
	const found = await Promise.all(paths.map((p) => inCache(p)));
	return paths.filter((_, i) => !found[i]);
}
