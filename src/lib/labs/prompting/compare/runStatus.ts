// One line, in words, on where a generation stands: shared by the prompting labs' outputs so
// every run reads the same way (not run, preparing, writing, done with its token count,
// stopped, or the engine's own message when it failed).
import type { EngineError } from '$lib/engine/errors';
import type { GenerationResult, LoadProgress } from '$lib/engine/types';
import type { RunPhase } from '$lib/demos/generationRun.svelte';

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

export function runStatus(run: RunLike, engineLabel: string): string {
	switch (run.phase) {
		case 'idle':
			return 'Not run yet.';
		case 'loading':
			return `Preparing ${engineLabel}…${run.loadProgress?.text ? ` ${run.loadProgress.text}` : ''}`;
		case 'streaming':
			return `${engineLabel} is writing…`;
		case 'failed':
			return run.error?.message ?? 'The engine failed.';
		case 'stopped':
			return run.result
				? `Stopped after ${run.result.usage.completionTokens} tokens.`
				: 'Stopped before it started.';
		case 'done': {
			const r = run.result!;
			// The trigram model often ends at once after a full stop: its paragraphs end there.
			if (r.usage.completionTokens === 0)
				return `${engineLabel} wrote nothing: it ended the text at once.`;
			const speed =
				r.usage.decodeTokensPerSecond > 0
					? `, ${r.usage.decodeTokensPerSecond.toFixed(0)} tokens/s`
					: '';
			return `${engineLabel}: ${r.usage.completionTokens} tokens, ${finished[r.finishReason]}${speed}.`;
		}
	}
}
