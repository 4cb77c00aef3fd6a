// The features lab's training loop: as many full-set steps per animation frame as fit the toys'
// frame budget (toys/schedule.ts), the views redrawn a few times a second, a counted run for
// reduced motion, and nothing while the lab is off screen or the tab hidden. Why not the toys'
// TrainingLoop: that one drives TF.js tensors (it starts a backend, reads losses back from the
// device, falls back to the CPU on a lost device) and queues the work so a Reset cannot free a
// tensor a frame still reads. This network is plain JavaScript (net.ts says why): a step is a
// synchronous call, so there is nothing to queue or free, and a frame that Reset overtakes is
// recognised by its generation number and does nothing.
import { nextFrame, watchHeld } from '../kit/onScreen';
import { addLoss, emptyHistory, type LossHistory } from '../toys/lossHistory';
import { nextStepsPerFrame, smoothRate } from '../toys/schedule';

export interface PlainLoopOptions {
	lossNames: string[];
	/** One training step; returns its losses. */
	train: () => number[];
	/** Redraws the views; called at most every viewEveryMs while training, and when it stops. */
	view: () => void;
	viewEveryMs?: number;
	/** Runs fn at the next frame; requestAnimationFrame in the page (tests pass their own). */
	frame?: (fn: () => void) => void;
}

export class PlainLoop {
	step = $state(0);
	/** Steps per second, smoothed. */
	rate = $state(0);
	/** Training was asked for (it waits while held). */
	training = $state(false);
	/** Off screen or the tab hidden: training waits. */
	held = $state(false);
	history = $state.raw<LossHistory>(emptyHistory([]));

	private remaining: number | null = null;
	private generation = 0;
	private perFrame = 1;
	private asked = false;
	private lastView = 0;
	private options: PlainLoopOptions;

	constructor(options: PlainLoopOptions) {
		this.options = options;
		this.history = emptyHistory(options.lossNames);
	}

	/** Trains until paused, or for n steps. */
	play(n?: number) {
		if (this.training) return;
		this.remaining = n !== undefined && n > 0 ? Math.floor(n) : null;
		this.training = true;
		this.ask();
	}

	/** The lab frame's runner: busy while training, and Stop pauses. */
	get busy(): boolean {
		return this.training;
	}

	stop(): void {
		this.pause();
	}

	pause() {
		if (!this.training) return;
		this.training = false;
		this.remaining = null;
		this.options.view();
	}

	/** Step 0 and an empty chart; the caller builds the fresh model and redraws. */
	reset() {
		this.generation++;
		this.training = false;
		this.remaining = null;
		this.step = 0;
		this.rate = 0;
		this.perFrame = 1;
		this.history = emptyHistory(this.options.lossNames);
	}

	/** Watches the lab's element: trains only while it is on screen and the tab visible. */
	observe(node: Element): () => void {
		const stop = watchHeld(node, (held) => {
			this.held = held;
			this.ask();
		});
		return () => {
			stop();
			this.reset();
		};
	}

	private ask() {
		if (this.asked || this.held || !this.training) return;
		this.asked = true;
		const generation = this.generation;
		(this.options.frame ?? nextFrame)(() => {
			this.asked = false;
			if (generation === this.generation) this.frame();
			this.ask();
		});
	}

	private frame() {
		if (!this.training || this.held) return;
		const n = this.remaining === null ? this.perFrame : Math.min(this.perFrame, this.remaining);
		const started = performance.now();
		let losses: number[] = [];
		for (let i = 0; i < n; i++) losses = this.options.train();
		const ms = performance.now() - started;
		this.perFrame = nextStepsPerFrame(n, ms);
		this.rate = smoothRate(this.rate, n, ms);
		this.step += n;
		this.history = addLoss(this.history, { step: this.step, values: losses });
		if (this.remaining !== null) {
			this.remaining -= n;
			if (this.remaining <= 0) return this.pause();
		}
		const now = performance.now();
		if (now - this.lastView >= (this.options.viewEveryMs ?? 200)) {
			this.lastView = now;
			this.options.view();
		}
	}
}
