// The training loop every toy shares: a few steps per animation frame (never a long task, see
// schedule.ts), one loss read-back per frame, state flushed to the page once per frame, and the
// rules a talk needs: pause, resume, reset to the same seed, a counted "train n steps" for
// reduced motion, no training while the experiment is off screen or the tab hidden, and a CPU
// fallback when the GPU device is lost (tensor.ts says why that is the policy).
//
// Why not a worker: TF.js's webgpu backend runs in workers, but OffscreenCanvas views, the
// device-lost path and the seeded rebuild would then cross a message protocol for a model of a
// few thousand weights. Measured on the CPU backend in Chromium (npm run bench, "toys"): a
// diffusion step takes about 1.5 ms, so the 12 ms frame budget keeps the page responsive.
import { addLoss, emptyHistory, recentLoss, type LossHistory } from './lossHistory';
import { nextStepsPerFrame, smoothRate } from './schedule';
import {
	describeBackend,
	onDeviceLost,
	useBackend,
	type BackendInfo,
	type CpuReason,
	type Tensor
} from './tensor';

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
	/** Start on the CPU without trying WebGPU (the bench, a visitor's choice). */
	cpuOnly?: boolean;
}

export type LoopPhase = 'idle' | 'starting' | 'running' | 'paused' | 'failed';

const raf = (fn: () => void): unknown =>
	typeof requestAnimationFrame === 'function' ? requestAnimationFrame(fn) : setTimeout(fn, 16);

export class TrainingLoop<M extends ToyModel> {
	phase = $state<LoopPhase>('idle');
	step = $state(0);
	history = $state.raw<LossHistory>(emptyHistory([]));
	/** Training steps per second, smoothed. */
	rate = $state(0);
	backend = $state.raw<BackendInfo | null>(null);
	/** Off screen or the tab hidden: training waits. */
	held = $state(false);
	/** Something the visitor should know (a fallback to the CPU). */
	notice = $state<string | null>(null);
	error = $state<string | null>(null);

	running = $derived(this.phase === 'running');
	backendText = $derived(this.backend ? describeBackend(this.backend) : 'not started yet');

	/** The current model; undefined before the first start and while rebuilding. */
	model: M | undefined;
	private options: LoopOptions<M>;
	private perFrame = 1;
	private pending: unknown;
	/** Bumped on reset and rebuild: a frame of an older model drops its results. */
	private generation = 0;
	/** Steps left when training for a counted number of steps; null when training freely. */
	private remaining: number | null = null;
	private lastView = 0;
	private unsubscribeLost: (() => void) | undefined;
	private lastPoint: number[] = [];

	constructor(options: LoopOptions<M>) {
		this.options = options;
		this.history = emptyHistory(options.lossNames);
	}

	/** The latest value of each loss (averaged over the last few points), for text alternatives. */
	latest(index: number): number | null {
		return recentLoss(this.history, index);
	}

	/** Makes sure a backend and a model exist; returns the model. */
	async ready(): Promise<M> {
		if (this.model) return this.model;
		this.phase = this.phase === 'idle' ? 'starting' : this.phase;
		const backend = await useBackend(this.options.cpuOnly ? 'cpu' : 'auto');
		this.backend = backend;
		this.unsubscribeLost ??= onDeviceLost((detail) => void this.fallBack('device-lost', detail));
		if (!this.model) {
			try {
				this.model = this.options.build();
			} catch (e) {
				if (backend.name === 'webgpu') return this.fallBack('webgpu-failed', message(e));
				throw e;
			}
		}
		if (this.phase === 'starting') this.phase = 'idle';
		return this.model;
	}

	/** Trains until paused (or, with n, for n steps and then pauses). */
	async play(n?: number) {
		this.remaining = n ?? null;
		this.error = null;
		try {
			await this.ready();
		} catch (e) {
			this.fail(e);
			return;
		}
		this.phase = 'running';
		this.schedule();
	}

	pause() {
		if (this.phase === 'running' || this.phase === 'starting') this.phase = 'paused';
		this.remaining = null;
	}

	/** Back to step 0 with fresh weights from the same seed (settings are read again by build). */
	async reset() {
		this.generation++;
		this.pause();
		this.disposeModel();
		this.step = 0;
		this.rate = 0;
		this.perFrame = 1;
		this.history = emptyHistory(this.options.lossNames);
		this.phase = 'idle';
		await this.refreshView();
	}

	/** Renders the views once from the current model (after a reset, a setting change). */
	async refreshView() {
		if (!this.options.view) return;
		try {
			const model = await this.ready();
			await this.options.view(model);
		} catch (e) {
			this.fail(e);
		}
	}

	/** Watches the experiment's element: trains only while it is on screen and the tab visible. */
	observe(node: Element): () => void {
		let onScreen = true;
		const update = () => {
			const held = !onScreen || document.visibilityState === 'hidden';
			if (held === this.held) return;
			this.held = held;
			if (!held) this.schedule();
		};
		const observer =
			typeof IntersectionObserver === 'function'
				? new IntersectionObserver((entries) => {
						onScreen = entries.some((e) => e.isIntersecting);
						update();
					})
				: undefined;
		observer?.observe(node);
		document.addEventListener('visibilitychange', update);
		return () => {
			observer?.disconnect();
			document.removeEventListener('visibilitychange', update);
			this.destroy();
		};
	}

	/** Stops for good and frees the model's tensors (the experiment left the page). */
	destroy() {
		this.generation++;
		this.pause();
		this.unsubscribeLost?.();
		this.unsubscribeLost = undefined;
		this.disposeModel();
	}

	private schedule() {
		if (this.pending !== undefined || this.phase !== 'running' || this.held) return;
		this.pending = raf(() => void this.frame());
	}

	private async frame() {
		this.pending = undefined;
		const model = this.model;
		if (this.phase !== 'running' || this.held || !model) return;
		const generation = this.generation;
		const n = this.remaining === null ? this.perFrame : Math.min(this.perFrame, this.remaining);
		const started = performance.now();
		let values: number[];
		try {
			let last: Tensor | undefined;
			for (let i = 0; i < n; i++) {
				const losses = model.trainStep();
				last?.dispose();
				last = losses;
			}
			values = last ? Array.from(await last.data()) : this.lastPoint;
			last?.dispose();
		} catch (e) {
			if (generation !== this.generation) return;
			if (this.backend?.name === 'webgpu') await this.fallBack('webgpu-failed', message(e));
			else this.fail(e);
			return;
		}
		if (generation !== this.generation) return;
		const ms = performance.now() - started;
		this.perFrame = nextStepsPerFrame(n, ms);
		this.rate = smoothRate(this.rate, n, ms);
		this.step += n;
		this.lastPoint = values;
		this.history = addLoss(this.history, { step: this.step, values });
		if (this.remaining !== null) {
			this.remaining -= n;
			if (this.remaining <= 0) this.pause();
		}
		const now = performance.now();
		if (
			this.options.view &&
			(this.phase !== 'running' || now - this.lastView >= (this.options.viewEveryMs ?? 250))
		) {
			this.lastView = now;
			try {
				await this.options.view(model);
			} catch (e) {
				if (generation === this.generation) this.fail(e);
				return;
			}
		}
		if (generation === this.generation) this.schedule();
	}

	/** The GPU failed: move to the CPU, rebuild from the seed, carry on if training was on. */
	private async fallBack(reason: CpuReason, detail: string): Promise<M> {
		const wasRunning = this.phase === 'running';
		this.generation++;
		this.disposeModel();
		this.backend = await useBackend('cpu', reason);
		this.backend = { ...this.backend, reason, detail };
		this.notice =
			reason === 'device-lost'
				? `The GPU device was lost (${detail}). Training restarted on the CPU from step 0 with the same seed.`
				: `WebGPU failed (${detail}). Training restarted on the CPU from step 0 with the same seed.`;
		this.step = 0;
		this.history = emptyHistory(this.options.lossNames);
		this.model = this.options.build();
		if (wasRunning) {
			this.phase = 'running';
			this.schedule();
		}
		return this.model;
	}

	private fail(e: unknown) {
		this.pause();
		this.phase = 'failed';
		this.error = message(e);
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

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
