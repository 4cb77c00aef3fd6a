// N requests on one engine, one after another, for every lab that runs more than one generation:
// the prompt comparison's two sides, the RAG lab's two answers, the scored batches of few-shot,
// chain-of-thought and the model quiz. One rule for all of them decides what ends the run:
// - a request the engine refuses (a prompt longer than the context window, a setting it cannot
//   honour) concerns that item only (`concernsOneRequest`): it is recorded with its error and the
//   run goes on, because the next item may well fit;
// - any other failure (device lost, the model gone, the worker crashed) ends the whole run, since
//   every later item would fail the same way, and costs the visitor a wait for nothing;
// - an item cut short by Stop is not an outcome: its half-written text would be scored as a wrong
//   answer, so the run ends without it and every score counts only answers that finished.
// Items run in sequence, never in parallel: one engine has one KV cache, and the labs want each
// item's text on screen as it is written.
import {
	classifyEngineError,
	concernsOneRequest,
	toRawError,
	type EngineError
} from '$lib/engine/errors';
import type { Engine, GenerateRequest, GenerationResult } from '$lib/engine/types';

export interface QueueItem {
	/** Stable within the run; the views key rows by it. */
	id: string;
	request: GenerateRequest;
}

export interface ItemOutcome {
	id: string;
	/** What the engine wrote (partial if the item was refused). */
	text: string;
	result: GenerationResult | null;
	error: EngineError | null;
}

export interface QueueHooks {
	/** Item `index` starts. */
	onStart?(index: number): void;
	/** A piece of item `index`'s text arrived. */
	onText?(index: number, piece: string): void;
	/** Item `index` ended with an outcome (done or refused). */
	onOutcome?(index: number, outcome: ItemOutcome): void;
}

export interface QueueEnd {
	/** One per item that ended, in item order; fewer than the items when the run ended early. */
	outcomes: ItemOutcome[];
	/** The engine-wide failure that ended the run, if one did. */
	fatal: EngineError | null;
	/** Stop ended the run. */
	stopped: boolean;
}

/** Runs the items in order under the rule above. Never throws. */
export async function runQueue(
	engine: Engine,
	items: readonly QueueItem[],
	hooks: QueueHooks = {},
	signal?: AbortSignal
): Promise<QueueEnd> {
	const outcomes: ItemOutcome[] = [];
	const stopped = (): QueueEnd => ({ outcomes, fatal: null, stopped: true });
	for (const [index, item] of items.entries()) {
		if (signal?.aborted) return stopped();
		hooks.onStart?.(index);
		let text = '';
		let outcome: ItemOutcome;
		try {
			const result = await engine.generate(
				item.request,
				(event) => {
					text += event.text;
					hooks.onText?.(index, event.text);
				},
				signal
			);
			if (result.finishReason === 'abort' || signal?.aborted) return stopped();
			outcome = { id: item.id, text: result.text || text, result, error: null };
		} catch (e) {
			// An engine may end a stopped generation with an error rather than 'abort'.
			if (signal?.aborted) return stopped();
			const error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
			outcome = { id: item.id, text, result: null, error };
		}
		outcomes.push(outcome);
		hooks.onOutcome?.(index, outcome);
		if (outcome.error && !concernsOneRequest(outcome.error.code))
			return { outcomes, fatal: outcome.error, stopped: false };
	}
	return { outcomes, fatal: null, stopped: false };
}
