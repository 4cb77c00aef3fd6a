// One generation as the UI sees it: idle → loading → streaming → done | stopped | failed.
// Shared by every experiment that streams text from the current engine.
import {
	classifyEngineError,
	toRawError,
	type Engine,
	type EngineError,
	type GenerateRequest,
	type GenerationResult,
	type LoadProgress,
	type TokenEvent
} from '$lib/engine';

export type RunPhase = 'idle' | 'loading' | 'streaming' | 'done' | 'stopped' | 'failed';

export class GenerationRun {
	phase = $state<RunPhase>('idle');
	tokens = $state<TokenEvent[]>([]);
	text = $state('');
	result = $state.raw<GenerationResult | null>(null);
	error = $state<EngineError | null>(null);
	/** Latest loading report (cache read, shader compilation) while phase is 'loading'. */
	loadProgress = $state<LoadProgress | null>(null);
	busy = $derived(this.phase === 'loading' || this.phase === 'streaming');

	private controller: AbortController | undefined;

	/** onToken, if given, runs after each token was added (e.g. to save progress). */
	async start(engine: Engine, request: GenerateRequest, onToken?: () => void): Promise<void> {
		this.stop();
		const controller = new AbortController();
		this.controller = controller;
		this.tokens = [];
		this.text = '';
		this.result = null;
		this.error = null;
		this.loadProgress = null;
		this.phase = 'loading';
		try {
			await engine.load((p) => (this.loadProgress = p));
			if (controller.signal.aborted) {
				if (this.controller === controller) this.phase = 'stopped';
				return;
			}
			this.phase = 'streaming';
			// Appending (not rebuilding) keeps the per-token cost constant as the output grows.
			const result = await engine.generate(
				request,
				(event) => {
					if (this.controller !== controller) return; // a late token from a replaced run
					this.tokens.push(event);
					this.text += event.text;
					onToken?.();
				},
				controller.signal
			);
			if (this.controller !== controller) return; // a newer run took over
			this.result = result;
			this.phase = result.finishReason === 'abort' ? 'stopped' : 'done';
		} catch (e) {
			if (this.controller !== controller) return;
			this.error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
			this.phase = 'failed';
		}
	}

	stop(): void {
		this.controller?.abort();
	}
}
