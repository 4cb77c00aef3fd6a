// One line, in words, on where a generation stands, shared by every prompting lab so each run
// reads the same way: not run, preparing, writing, done with its token count and speed, stopped,
// or the engine's own message when it failed. Two shapes of run are described: one streamed
// generation (GenerationRun: the prompt comparison, structured output, use cases) and one answer
// of a BatchRun that writes two answers in turn (the RAG lab), where a side may also be waiting
// for the other or not run because the engine failed on the other. Pure, so runStatus.spec.ts
// walks every state without an engine.
import type { EngineError } from '$lib/engine/errors';
import type { GenerationResult, LoadProgress } from '$lib/engine/types';
import type { RunPhase } from '$lib/demos/generationRun.svelte';
import type { BatchOutcome } from './batch';
import type { BatchPhase } from './batch.svelte';

export interface RunLike {
	phase: RunPhase;
	result: GenerationResult | null;
	error: EngineError | null;
	loadProgress: LoadProgress | null;
}

const finished: Record<GenerationResult['finishReason'], string> = {
	stop: 'finished its text',
	length: 'reached the token limit',
	abort: 'stopped'
};

/** For the second of two answers while the engine writes the first. */
export const waitingStatus = 'Waits for the other answer: one engine writes one answer at a time.';
/** For the second of two answers when the engine failed for good on the first. */
export const notRunStatus =
	'Not run: the engine failed on the other answer, and would fail the same way on this one.';

function preparing(engineLabel: string, progress: LoadProgress | null): string {
	return `Preparing ${engineLabel}…${progress?.text ? ` ${progress.text}` : ''}`;
}

/** A finished generation: its length, how it ended, and its speed where the engine measured it. */
export function resultStatus(r: GenerationResult, engineLabel: string): string {
	// The trigram model often ends at once after a full stop: its paragraphs end there.
	if (r.usage.completionTokens === 0)
		return `${engineLabel} wrote nothing: it ended the text at once.`;
	const speed =
		r.usage.decodeTokensPerSecond > 0
			? `, ${r.usage.decodeTokensPerSecond.toFixed(0)} tokens/s`
			: '';
	return `${engineLabel}: ${r.usage.completionTokens} tokens, ${finished[r.finishReason]}${speed}.`;
}

export function runStatus(run: RunLike, engineLabel: string): string {
	switch (run.phase) {
		case 'idle':
			return 'Not run yet.';
		case 'loading':
			return preparing(engineLabel, run.loadProgress);
		case 'streaming':
			return `${engineLabel} is writing…`;
		case 'failed':
			return run.error?.message ?? 'The engine failed.';
		case 'stopped':
			return run.result
				? `Stopped after ${run.result.usage.completionTokens} tokens.`
				: 'Stopped before it started.';
		case 'done':
			return resultStatus(run.result!, engineLabel);
	}
}

export interface BatchLike {
	phase: BatchPhase;
	outcomes: BatchOutcome[];
	current: number;
	live: string;
	error: EngineError | null;
	loadProgress: LoadProgress | null;
}

export interface SideView {
	text: string;
	status: string;
	/** The engine's error for this side (its message is the status; shown with its next step). */
	error: EngineError | null;
	writing: boolean;
	/** The answer is complete (finished, or cut at the token limit). */
	done: boolean;
}

/** Answer i of a BatchRun that writes its answers in turn. */
export function batchSide(run: BatchLike, i: number, engineLabel: string): SideView {
	const view = (status: string, writing = false, text = ''): SideView => ({
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
			...view(resultStatus(r, engineLabel), false, outcome.text),
			done: r.finishReason !== 'abort'
		};
	}
	switch (run.phase) {
		case 'idle':
			return view('Not run yet.');
		case 'loading':
			return view(preparing(engineLabel, run.loadProgress));
		case 'running':
			return run.current === i
				? view(`${engineLabel} is writing…`, true, run.live)
				: view(waitingStatus);
		case 'stopped':
			// The answer being written when Stop came has no outcome, only its text so far.
			return i === run.outcomes.length && run.live
				? view('Stopped while writing.', false, run.live)
				: view('Stopped before it started.');
		case 'failed':
			// The load failed (no outcome at all), or an earlier side failed for good.
			return run.outcomes.length
				? view(notRunStatus)
				: { ...view(run.error?.message ?? 'The engine failed.'), error: run.error };
		case 'done':
			return view('Not run.');
	}
}
