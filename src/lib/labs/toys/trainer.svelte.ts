// The training loop every toy shares: a few steps per animation frame (never a long task, see
// schedule.ts), one loss read-back per frame, state flushed to the page once per frame, and the
// rules a talk needs: pause, resume, reset to the same seed, a counted "train n steps" for
// reduced motion, no training while the experiment is off screen or the tab hidden, and a CPU
// fallback when the GPU device is lost (tensor.ts says why that is the policy).
//
// What may happen when is decided by the pure machine in lifecycle.ts; this shell does the work
// it asks for. All work that touches the model (building it, a frame of steps, drawing the
// views, the diffusion sampler, freeing it) runs one piece after another on one queue, so Reset
// can never free tensors that a frame is still reading: the freeing waits its turn, and the
// frame's results, from an older generation, are dropped.
//
// Why not a worker: TF.js's webgpu backend runs in workers, but OffscreenCanvas views, the
// device-lost path and the seeded rebuild would then cross a message protocol for a model of a
// few thousand weights. Measured on the CPU backend in Chromium (npm run bench, "toys"): a
// diffusion step takes about 1.5 ms, so the 12 ms frame budget keeps the page responsive.
import {
	initialLifecycle,
	next,
	phaseOf,
	type Effect,
	type Lifecycle,
	type LoopEvent
} from './lifecycle';
import { nextFrame, watchHeld } from '../kit/onScreen';
import { addLoss, emptyHistory, recentLoss, type LossHistory } from './lossHistory';
import { fallBackText, problemText, type FallBack, type ToyProblem } from './problems';
import {
	describeRun,
	pickBackend,
	raceBackends,
	type BackendChoice,
	type BackendPick,
	type BackendTiming
} from './race';
import { nextStepsPerFrame, smoothRate } from './schedule';
import { onDeviceLost, useBackend, type BackendInfo, type Tensor } from './tensor';

/** What a toy gives the loop: one training step at a time, and a way to free its tensors. */
export interface ToyModel {
	/** Runs one training step; returns that step's losses as a 1-D tensor (the loop disposes it). */
	trainStep(): Tensor;
	dispose(): void;
}

export interface LoopOptions<M extends ToyModel> {
	/** Names of the losses trainStep returns, in order (chart legend, text alternative). */
	lossNames: string[];
	/** Builds a fresh model on the active backend, from the toy's seed and settings. */
	build: () => M;
	/** Refreshes the toy's views from the model; called at most every viewEveryMs while training. */
	view?: (model: M) => Promise<void>;
	viewEveryMs?: number;
	/** Start on the CPU without timing WebGPU (tests). */
	cpuOnly?: boolean;
	/** Runs fn at the next frame; requestAnimationFrame in the page (tests pass their own). */
	frame?: (fn: () => void) => void;
}

export class TrainingLoop<M extends ToyModel> {
	private life = $state.raw<Lifecycle>(initialLifecycle);
	history = $state.raw<LossHistory>(emptyHistory([]));
	/** Training steps per second, smoothed. */
	rate = $state(0);
	backend = $state.raw<BackendInfo | null>(null);
	/** The visitor's choice of backend; 'auto' trains on the faster one measured (race.ts). */
	choice = $state<BackendChoice>('auto');
	/** Steps/s of each backend, from the race at the first start (null: not raced yet). */
	timings = $state.raw<BackendTiming[] | null>(null);
	private pick = $state.raw<BackendPick | null>(null);
	/** Off screen or the tab hidden: training waits. */
	held = $state(false);
	/** Something the visitor should know (a fallback to the CPU), from problems.ts. */
	notice = $state<string | null>(null);

	phase = $derived(phaseOf(this.life));
	step = $derived(this.life.step);
	/** The visitor asked for training (it may still be starting): the button offers Pause. */
	training = $derived(this.life.want === 'train');
	running = $derived(this.phase === 'running');
	/** What stopped training, as a message that says what to do (problems.ts). */
	error = $derived(this.life.problem ? problemText[this.life.problem] : null);
	backendText = $derived(
		this.backend ? describeRun(this.backend, this.timings ?? [], this.pick) : 'not started yet'
	);

	/** The current model; undefined before the first start and while rebuilding. */
	model: M | undefined;
	private options: LoopOptions<M>;
	private perFrame = 1;
	/** The frame asked for or queued (at most one at a time); null when none is. */
	private framing: object | null = null;
	private queue: Promise<void> = Promise.resolve();
	private lastView = 0;
	private lastPoint: number[] = [];
	private fallBack: FallBack | null = null;
	private unsubscribeLost: (() => void) | undefined;
	private destroyed = false;

	constructor(options: LoopOptions<M>) {
		this.options = options;
		this.history = emptyHistory(options.lossNames);
	}

	/** The latest value of each loss (averaged over the last few points), for text alternatives. */
	latest(index: number): number | null {
		return recentLoss(this.history, index);
	}

	/** Trains until paused (or, with n, for n steps and then pauses). */
	play(n?: number) {
		this.send({ type: 'train', steps: n });
	}

	pause() {
		this.send({ type: 'pause' });
	}

	/**
	 * Trains on `choice` from now on. Tensors cannot follow to another backend, so the caller
	 * resets (the toy's own Reset: same seed, step 0); the race is not run again.
	 */
	choose(choice: BackendChoice) {
		this.choice = choice;
	}

	/** Back to step 0 with fresh weights from the same seed (settings are read again by build). */
	reset(): Promise<void> {
		this.send({ type: 'reset' });
		return this.refreshView();
	}

	/** Renders the views once from the current model (after a reset, a setting change). */
	refreshView(): Promise<void> {
		if (this.options.view) this.send({ type: 'prepare', view: true });
		return this.settled();
	}

	/**
	 * Runs fn on the current model in its turn on the queue (building the model if needed);
	 * undefined when there is no model or a reset came while fn ran (its result is out of date).
	 */
	async use<T>(fn: (model: M) => Promise<T>): Promise<T | undefined> {
		this.send({ type: 'prepare', view: false });
		const generation = this.life.generation;
		let out: T | undefined;
		await this.enqueue(generation, 'view-failed', async (model) => {
			if (!model) return;
			const result = await fn(model);
			if (generation === this.life.generation) out = result;
		});
		return out;
	}

	/** Resolves when the work queued so far is done (tests, and callers that await a reset). */
	settled(): Promise<void> {
		return this.queue;
	}

	/** Watches the experiment's element: trains only while it is on screen and the tab visible. */
	observe(node: Element): () => void {
		const stop = watchHeld(node, (held) => {
			if (held === this.held) return;
			this.held = held;
			if (!held) this.schedule();
		});
		return () => {
			stop();
			this.destroy();
		};
	}

	/** Stops for good and frees the model's tensors (the experiment left the page). */
	destroy() {
		this.send({ type: 'reset' });
		this.destroyed = true;
		this.unsubscribeLost?.();
		this.unsubscribeLost = undefined;
	}

	private send(event: LoopEvent) {
		if (this.destroyed) return;
		const { state, effects } = next(this.life, event);
		this.life = state;
		for (const effect of effects) this.apply(effect, state.generation);
	}

	private apply(effect: Effect, generation: number) {
		if (effect === 'dispose') void this.enqueue(null, null, () => this.disposeModel());
		else if (effect === 'clear') {
			this.history = emptyHistory(this.options.lossNames);
			this.rate = 0;
			this.perFrame = 1;
		} else if (effect === 'build')
			void this.enqueue(generation, 'start-failed', () => this.build(generation));
		else if (effect === 'frame') this.schedule();
		else {
			const view = this.options.view;
			if (view) void this.enqueue(generation, 'view-failed', (model) => model && view(model));
		}
	}

	/**
	 * Queues work on the model. Work of an older generation (null: any) is skipped; an error
	 * becomes a fallback to the CPU on WebGPU, else the problem named (null: ignored).
	 */
	private enqueue(
		generation: number | null,
		problem: ToyProblem | null,
		work: (model: M | undefined) => Promise<void> | void
	): Promise<void> {
		this.queue = this.queue.then(async () => {
			if (generation !== null && generation !== this.life.generation) return;
			try {
				await work(this.model);
			} catch (e) {
				if (problem === null || (generation !== null && generation !== this.life.generation))
					return;
				console.warn('Toy training:', e);
				if (this.backend?.name === 'webgpu' && !this.fallBack) this.fellBack('webgpu-failed');
				else this.send({ type: 'failed', generation: this.life.generation, problem });
			}
		});
		return this.queue;
	}

	private async build(generation: number) {
		const backend = await this.startBackend();
		if (generation !== this.life.generation) return;
		this.backend = this.fallBack ? { ...backend, reason: this.fallBack } : backend;
		// A device lost while the CPU won the race ends nothing here; after a WebGPU error it
		// names the cause.
		this.unsubscribeLost ??= onDeviceLost(() => {
			if (this.backend?.name === 'webgpu' || this.fallBack) this.fellBack('device-lost');
		});
		this.disposeModel();
		this.model = this.options.build();
		this.send({ type: 'built', generation });
	}

	/** The CPU after a fallback; else the visitor's choice, or the race's winner (raced once). */
	private async startBackend(): Promise<BackendInfo> {
		if (this.options.cpuOnly || this.fallBack) return useBackend('cpu', this.fallBack ?? 'chosen');
		if (this.choice === 'auto' && this.timings === null) {
			this.timings = await raceBackends(this.options.build);
		}
		this.pick = pickBackend(this.timings ?? [], this.choice);
		return useBackend(this.pick.name);
	}

	/**
	 * The GPU failed: the CPU from now on, a fresh model from the seed, training goes on if it was.
	 * Work still waiting on the old device is left behind (a lost device may never answer; its
	 * results are of an older generation anyway). A device loss reported after a WebGPU error
	 * only corrects the message: the CPU already runs.
	 */
	private fellBack(reason: FallBack) {
		const first = this.fallBack === null;
		this.fallBack = reason;
		this.notice = fallBackText[reason];
		if (this.backend?.name === 'cpu') this.backend = { ...this.backend, reason };
		if (!first) return;
		this.queue = Promise.resolve();
		this.framing = null;
		this.send({ type: 'fell-back' });
	}

	private schedule() {
		if (this.framing || this.held || this.phase !== 'running') return;
		const token = {};
		this.framing = token;
		const generation = this.life.generation;
		(this.options.frame ?? nextFrame)(() => {
			void this.enqueue(generation, 'train-failed', (model) => this.frame(model)).finally(() => {
				if (this.framing !== token) return;
				this.framing = null;
				this.schedule();
			});
		});
	}

	private async frame(model: M | undefined) {
		if (this.phase !== 'running' || this.held || !model) return;
		const generation = this.life.generation;
		const left = this.life.remaining;
		const n = left === null ? this.perFrame : Math.min(this.perFrame, left);
		const started = performance.now();
		let last: Tensor | undefined;
		let values = this.lastPoint;
		try {
			for (let i = 0; i < n; i++) {
				const losses = model.trainStep();
				last?.dispose();
				last = losses;
			}
			if (last) values = Array.from(await last.data());
		} finally {
			last?.dispose();
		}
		if (generation !== this.life.generation) return;
		const ms = performance.now() - started;
		this.perFrame = nextStepsPerFrame(n, ms);
		this.rate = smoothRate(this.rate, n, ms);
		this.lastPoint = values;
		this.history = addLoss(this.history, { step: this.life.step + n, values });
		this.send({ type: 'stepped', generation, steps: n });
		const now = performance.now();
		if (
			this.options.view &&
			this.phase === 'running' &&
			now - this.lastView >= (this.options.viewEveryMs ?? 250)
		) {
			this.lastView = now;
			await this.options.view(model);
		}
	}

	private disposeModel() {
		try {
			this.model?.dispose();
		} catch {
			// The tensors of a lost device cannot always be freed; the device took them with it.
		}
		this.model = undefined;
	}
}
