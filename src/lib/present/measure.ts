// The readiness page's live measurement on the chosen engine: load from cache, time to the first
// token and decode speed over 64 tokens, with a fixed prompt and seed so venues compare fairly;
// and the rehearsal: which pages of a deck are missing from the offline copy. The engine and the
// cache are passed in, so both are tested without a browser. Measurements kept on this device are
// read back through the one stored-record reader: one damaged entry used to make /check throw on
// every load (and be saved back with the next measurement).
import * as v from 'valibot';
import type { Engine } from '$lib/engine/types';
import { readRecords, type ReadRecords } from '$lib/storage/records';
import type { Figures } from './readiness';

/** Where the measurements live in the app database's "labs" store. */
export const FIGURES_KEY = 'check:figures';
/** How many measurements are kept, newest first. */
export const KEEP_FIGURES = 12;

const amount = v.pipe(v.number(), v.finite(), v.minValue(0));
const figuresSchema = v.object({
	engine: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	at: amount,
	loadMs: amount,
	firstTokenMs: amount,
	tokensPerSecond: amount,
	tokens: v.pipe(amount, v.integer())
});

/** A measurement's key: the table's row key and the reader's duplicate check. */
export const figuresKey = (f: Figures) => `${f.engine} ${f.at}`;

/** The stored list of measurements, good ones kept; anything else (not a list) skipped whole. */
export function readFigures(stored: unknown): ReadRecords<Figures> {
	if (stored === undefined) return { records: [], skipped: [] };
	if (!Array.isArray(stored))
		return { records: [], skipped: [{ key: FIGURES_KEY, why: 'not a list of measurements' }] };
	return readRecords(figuresSchema, stored.slice(0, 100), figuresKey);
}

/** The kept list after a new measurement: newest first, one row per key, at most KEEP_FIGURES. */
export function addFigures(history: readonly Figures[], f: Figures): Figures[] {
	return [f, ...history.filter((h) => figuresKey(h) !== figuresKey(f))].slice(0, KEEP_FIGURES);
}

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
