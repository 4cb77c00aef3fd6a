// Where a lab's run stands, in words, written once for every lab: not run, preparing the engine,
// writing, waiting for the item before it (one engine writes one answer at a time), done with its
// token count and speed, stopped, refused with the engine's own message, or not run because the
// engine failed for good on an earlier item. Three labs used to word this three ways (a status per
// streamed run, per side of a pair, and per batch); a visitor comparing two labs saw "Stopped after
// 12 tokens" in one and "Stopped while writing" in the next. Pure, so runState.spec.ts walks every
// state without an engine.
import type { EngineError } from '$lib/engine/errors';
import type { GenerationResult, LoadProgress } from '$lib/engine/types';
import type { RunPhase } from '$lib/demos/generationRun.svelte';
import type { ItemOutcome } from './runQueue';
import type { QueuePhase } from './runQueue.svelte';

/** What the wording needs of a RunQueue (runQueue.svelte.ts). */
export interface QueueView {
	phase: QueuePhase;
	outcomes: readonly ItemOutcome[];
	current: number;
	total: number;
	live: string;
	error: EngineError | null;
	loadProgress: LoadProgress | null;
}

/** What it needs of one streamed generation (demos/generationRun.svelte.ts). */
export interface SingleRunView {
	phase: RunPhase;
	text: string;
	result: GenerationResult | null;
	error: EngineError | null;
	loadProgress: LoadProgress | null;
}

/** One item (a side, an answer) as a column shows it. */
export interface ItemState {
	text: string;
	status: string;
	/** The engine's error for this item (its message is the status; shown with its next step). */
	error: EngineError | null;
	writing: boolean;
	/** The answer is complete (finished, or cut at the token limit). */
	done: boolean;
}

const finished: Record<GenerationResult['finishReason'], string> = {
	stop: 'finished its text',
	length: 'reached the token limit',
	abort: 'stopped'
};

export const words = {
	idle: 'Not run yet.',
	waiting: 'Waits for the other answer: one engine writes one answer at a time.',
	notRun:
		'Not run: the engine failed on the other answer, and would fail the same way on this one.',
	stoppedWriting: 'Stopped while writing.',
	stoppedBefore: 'Stopped before it started.',
	failed: 'The engine failed.',
	preparing: (label: string, progress: LoadProgress | null) =>
		`Preparing ${label}…${progress?.text ? ` ${progress.text}` : ''}`,
	writing: (label: string) => `${label} is writing…`
};

/** A finished generation: its length, how it ended, and its speed where the engine measured it. */
function resultStatus(r: GenerationResult, label: string): string {
	// The trigram model often ends at once after a full stop: its paragraphs end there.
	if (r.usage.completionTokens === 0) return `${label} wrote nothing: it ended the text at once.`;
	const speed =
		r.usage.decodeTokensPerSecond > 0
			? `, ${r.usage.decodeTokensPerSecond.toFixed(0)} tokens/s`
			: '';
	return `${label}: ${r.usage.completionTokens} tokens, ${finished[r.finishReason]}${speed}.`;
}

/** Item i of a run queue, in words: the one wording of a run's state for every lab. */
export function itemState(run: QueueView, i: number, label: string): ItemState {
	const view = (status: string, writing = false, text = ''): ItemState => ({
		text,
		status,
		error: null,
		writing,
		done: false
	});
	const outcome = run.outcomes[i];
	if (outcome) {
		if (outcome.error)
			return { ...view(outcome.error.message, false, outcome.text), error: outcome.error };
		const r = outcome.result!;
		return {
			...view(resultStatus(r, label), false, outcome.text),
			done: r.finishReason !== 'abort'
		};
	}
	switch (run.phase) {
		case 'idle':
			return view(words.idle);
		case 'loading':
			return view(words.preparing(label, run.loadProgress));
		case 'running':
			return run.current === i ? view(words.writing(label), true, run.live) : view(words.waiting);
		case 'stopped':
			// The item being written when Stop came has no outcome, only its text so far.
			return i === run.outcomes.length && run.live
				? view(words.stoppedWriting, false, run.live)
				: view(words.stoppedBefore);
		case 'failed':
			// The load failed (no outcome at all), or an earlier item failed for good.
			return run.outcomes.length
				? view(words.notRun)
				: { ...view(run.error?.message ?? words.failed), error: run.error };
		case 'done':
			return view('Not run.');
	}
}

/** One streamed generation read as a queue of one item, so it is worded by itemState too. */
export function singleRun(run: SingleRunView): QueueView {
	// A streamed run keeps its result when stopped: its token count is worth saying.
	const ended = run.result && (run.phase === 'done' || run.phase === 'stopped');
	const phase: Record<RunPhase, QueuePhase> = {
		idle: 'idle',
		loading: 'loading',
		streaming: 'running',
		done: 'done',
		stopped: 'stopped',
		failed: 'failed'
	};
	const failedItem = run.phase === 'failed' && run.error && run.text;
	return {
		phase: phase[run.phase],
		outcomes: ended
			? [{ id: '0', text: run.text, result: run.result, error: null }]
			: failedItem
				? [{ id: '0', text: run.text, result: null, error: run.error }]
				: [],
		current: run.phase === 'streaming' ? 0 : -1,
		total: 1,
		live: run.text,
		error: run.error,
		loadProgress: run.loadProgress
	};
}

/** The line over a whole scored run: which item of how many runs, or how it ended. */
export function queueSummary(
	run: QueueView,
	label: string,
	itemName: (index: number) => string
): string {
	const answered = run.outcomes.length;
	switch (run.phase) {
		case 'idle':
			return 'Press Run to score every answer. Nothing leaves this device.';
		case 'loading':
			return words.preparing(label, run.loadProgress);
		case 'running':
			return `Running ${run.current + 1} of ${run.total} on ${label}: ${
				run.current >= 0 ? itemName(run.current) : ''
			}`;
		case 'done':
			return `Done: ${answered} answers from ${label}, all scored.`;
		case 'stopped':
			return answered
				? `Stopped after ${answered} of ${run.total} answers: the scores count the ${answered} that finished.`
				: 'Stopped before the first answer finished: nothing was scored.';
		case 'failed':
			return run.error?.message ?? words.failed;
	}
}

/** A scored item's verdict in words and a mark, never colour alone; null: it has not run. */
export function verdictText(correct: boolean | null): string {
	if (correct === null) return 'not run yet';
	return correct ? '✓ correct' : '✗ wrong';
}
