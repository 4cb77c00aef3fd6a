// What one side of the RAG lab (with or without retrieval) shows, from the BatchRun that runs
// both in turn: its text so far and one line on its state, in words. Pure, so sideStatus.spec.ts
// walks every state without an engine: the second side waits while the first is written (one
// engine writes one answer at a time), and a failure names the side it belongs to.
import type { EngineError } from '$lib/engine/errors';
import type { LoadProgress } from '$lib/engine/types';
import type { BatchOutcome } from '../batch';
import type { BatchPhase } from '../batch.svelte';

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
	/** The engine's error for this side (shown with its next step). */
	error: EngineError | null;
	writing: boolean;
	/** The answer is complete (finished, or cut at the token limit). */
	done: boolean;
}

const ended = { stop: 'finished its answer', length: 'reached the token limit', abort: 'stopped' };

export function sideView(run: BatchLike, i: number, engineLabel: string): SideView {
	const outcome = run.outcomes[i];
	if (outcome) {
		if (outcome.error)
			return { text: outcome.text, status: '', error: outcome.error, writing: false, done: false };
		const r = outcome.result!;
		const speed =
			r.usage.decodeTokensPerSecond > 0
				? `, ${r.usage.decodeTokensPerSecond.toFixed(0)} tokens/s`
				: '';
		return {
			text: outcome.text,
			status: `${engineLabel}: ${r.usage.completionTokens} tokens, ${ended[r.finishReason]}${speed}.`,
			error: null,
			writing: false,
			done: r.finishReason !== 'abort'
		};
	}
	const view = (status: string, writing = false, text = ''): SideView => ({
		text,
		status,
		error: null,
		writing,
		done: false
	});
	switch (run.phase) {
		case 'idle':
			return view('Not run yet.');
		case 'loading':
			return view(
				`Preparing ${engineLabel}…${run.loadProgress?.text ? ` ${run.loadProgress.text}` : ''}`
			);
		case 'running':
			return run.current === i
				? view(`${engineLabel} is writing…`, true, run.live)
				: view('Waits for the other answer: one engine writes one answer at a time.');
		case 'stopped':
			return view('Stopped before it started.');
		case 'failed':
			// The load failed (no outcome at all), or an earlier side failed for good.
			return run.outcomes.length
				? view('Not run: the engine failed on the other answer.')
				: { ...view(''), error: run.error };
		case 'done':
			return view('Not run.');
	}
}
