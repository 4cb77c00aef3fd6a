// One generation as the UI sees it: idle → loading → streaming → done | stopped | failed.
// Shared by every experiment that streams text from the current engine.
// Straight from the modules, not the engine index: a page that only renders a run (the stream
// bench) then does not pull in the engine worker.
import { classifyEngineError, toRawError, type EngineError } from '$lib/engine/errors';
import type {
	Engine,
	GenerateRequest,
	GenerationResult,
	LoadProgress,
	TokenEvent
} from '$lib/engine/types';

export type RunPhase = 'idle' | 'loading' | 'streaming' | 'done' | 'stopped' | 'failed';

export class GenerationRun {
	phase = $state<RunPhase>('idle');
	/**
	 * Raw state, replaced (not mutated) once per frame: tokens arrive one message at a time, up to
	 * thousands per second, and deep-proxying each one or re-rendering per token would cost more
	 * than the model itself (npm run bench, "token stream view").
	 */
	tokens = $state.raw<TokenEvent[]>([]);
	text = $state('');
	result = $state.raw<GenerationResult | null>(null);
	error = $state<EngineError | null>(null);
	/** Latest loading report (cache read, shader compilation) while phase is 'loading'. */
	loadProgress = $state<LoadProgress | null>(null);
	busy = $derived(this.phase === 'loading' || this.phase === 'streaming');

	private controller: AbortController | undefined;
	/** Tokens received since the last frame. */
	private pending: TokenEvent[] = [];
	private pendingText = '';
	private frame: number | undefined;

	/** Moves the tokens received so far onto the screen state, in one update. */
	private flush = () => {
		this.frame = undefined;
		if (!this.pending.length) return;
		this.tokens = this.tokens.concat(this.pending);
		this.text += this.pendingText;
		this.pending = [];
		this.pendingText = '';
	};

	private scheduleFlush() {
		if (this.frame !== undefined) return;
		this.frame =
			typeof requestAnimationFrame === 'function'
				? requestAnimationFrame(this.flush)
				: (setTimeout(this.flush, 16) as unknown as number);
	}

	private dropPending() {
		if (this.frame !== undefined) {
			if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(this.frame);
			else clearTimeout(this.frame);
		}
		this.frame = undefined;
		this.pending = [];
		this.pendingText = '';
	}

	/** The text generated so far, including tokens not yet on screen (for saving). */
	get latestText(): string {
		return this.text + this.pendingText;
	}

	/**
	 * onToken, if given, runs after each token was added (e.g. to save progress). Resolves to
	 * false when another run took over meanwhile, so the caller leaves the newer run's state alone.
	 */
	async start(engine: Engine, request: GenerateRequest, onToken?: () => void): Promise<boolean> {
		this.stop();
		this.dropPending();
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
				return this.controller === controller;
			}
			this.phase = 'streaming';
			// Tokens are buffered and shown once per frame, whatever the rate they arrive at.
			const result = await engine.generate(
				request,
				(event) => {
					if (this.controller !== controller) return; // a late token from a replaced run
					this.pending.push(event);
					this.pendingText += event.text;
					this.scheduleFlush();
					onToken?.();
				},
				controller.signal
			);
			if (this.controller !== controller) return false; // a newer run took over
			this.flush();
			this.result = result;
			this.phase = result.finishReason === 'abort' ? 'stopped' : 'done';
		} catch (e) {
			if (this.controller !== controller) return false;
			this.flush();
			this.error = classifyEngineError(toRawError(e), { online: globalThis.navigator?.onLine });
			this.phase = 'failed';
		}
		return true;
	}

	stop(): void {
		this.controller?.abort();
		// A load can take minutes (or stall): Stop frees the page at once. The worker finishes the
		// load in the background, so the next run finds the model ready.
		if (this.phase === 'loading') this.phase = 'stopped';
	}
}
