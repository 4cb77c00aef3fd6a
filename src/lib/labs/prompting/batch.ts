// Many generations in a row on one engine, for the labs that score a technique over a test set
// (few-shot, chain-of-thought, the model quiz). One engine runs one generation at a time (WebLLM
// has one KV cache; the worker serves calls in order), so items run one after another, never in
// parallel. An item whose request the engine refuses (a prompt longer than the context window)
// is recorded with its error and the batch goes on; any other failure (device lost, the model
// gone, the worker crashed) ends the batch, because every later item would fail the same way.
// An item cut short by Stop is not an outcome: its half-written text would be scored as a wrong
// answer, so the batch ends without it and every score counts only answers that were finished.
import {
	classifyEngineError,
	concernsOneRequest,
	toRawError,
	type EngineError
} from '$lib/engine/errors';
import type { Engine, GenerateRequest, GenerationResult } from '$lib/engine/types';

export interface BatchItem {
	/** Stable within the batch; the views key rows by it. */
	id: string;
	request: GenerateRequest;
}

export interface BatchOutcome {
	id: string;
	/** What the engine wrote (partial if the item failed or was stopped). */
	text: string;
	result: GenerationResult | null;
	error: EngineError | null;
}

export interface BatchHooks {
	/** Item `index` starts. */
	onStart?(index: number): void;
	/** A piece of item `index`'s text arrived. */
	onText?(index: number, piece: string): void;
	/** Item `index` ended (done, refused or stopped). */
	onOutcome?(index: number, outcome: BatchOutcome): void;
}

/**
 * Runs the items in order. Resolves with one outcome per item that ran; stops early (fewer
 * outcomes) when the signal fires or the engine fails for good, in which case `fatal` is set.
 */
export async function runBatch(
	engine: Engine,
	items: BatchItem[],
	hooks: BatchHooks = {},
	signal?: AbortSignal
): Promise<{ outcomes: BatchOutcome[]; fatal: EngineError | null; stopped: boolean }> {
	const outcomes: BatchOutcome[] = [];
	for (const [index, item] of items.entries()) {
		if (signal?.aborted) return { outcomes, fatal: null, stopped: true };
		hooks.onStart?.(index);
		let text = '';
		try {
			const result = await engine.generate(
				item.request,
				(event) => {
					text += event.text;
					hooks.onText?.(index, event.text);
				},
				signal
			);
			if (result.finishReason === 'abort' || signal?.aborted)
				return { outcomes, fatal: null, stopped: true };
			const outcome = { id: item.id, text: result.text || text, result, error: null };
			outcomes.push(outcome);
			hooks.onOutcome?.(index, outcome);
		} catch (e) {
			// An engine may end a stopped generation with an error rather than 'abort'.
			if (signal?.aborted) return { outcomes, fatal: null, stopped: true };
			const error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
			const outcome = { id: item.id, text, result: null, error };
			outcomes.push(outcome);
			hooks.onOutcome?.(index, outcome);
			if (!concernsOneRequest(error.code)) return { outcomes, fatal: error, stopped: false };
		}
	}
	return { outcomes, fatal: null, stopped: false };
}
