// The training loop on the CPU backend with real tensors, driven the way a visitor spams the
// buttons: random orders of Train, Pause, Reset, frames and waits between them. Every order ends
// with no error shown, Train afterwards trains, and once the loop is gone the tensor count is
// back where it started (tf.memory().numTensors): no frame read a freed tensor, none leaked.
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GanLab } from './gan2d/lab.svelte';
import { tf, useBackend, type Variable } from './tensor';
import { TrainingLoop, type ToyModel } from './trainer.svelte';
import { VaeLab } from './vae/lab.svelte';

/**
 * Two weights pulled towards 0. Its view reads them twice with a task between, as a toy's views
 * wait for GPU read-backs: the window in which a Reset used to free them.
 */
class Tiny implements ToyModel {
	/** Uses of a freed model, over all models (errors of such uses are silent in the loop). */
	static afterFree = 0;
	private freed = false;
	// tidy frees the initial value; the variable keeps its own copy.
	w: Variable = tf.tidy(() => tf.variable(tf.tensor1d([1, -2])));
	private opt = tf.train.adam(0.05);
	trainStep() {
		if (this.freed) Tiny.afterFree++;
		return tf.tidy(() =>
			tf.reshape(
				this.opt.minimize(() => tf.sum(tf.square(this.w)), true, [this.w])!,
				[1]
			)
		);
	}
	async read() {
		for (let i = 0; i < 2; i++) {
			if (this.freed) Tiny.afterFree++;
			const t = tf.mul(this.w, 2);
			await t.data();
			t.dispose();
			await new Promise((r) => setTimeout(r, 0));
		}
	}
	dispose() {
		this.freed = true;
		this.w.dispose();
		this.opt.dispose();
	}
}

type Press = 'train' | 'train5' | 'pause' | 'reset' | 'frame' | 'wait';

/** A loop whose frames run when the test says so. */
function tinyLoop() {
	const frames: (() => void)[] = [];
	const loop = new TrainingLoop<Tiny>({
		lossNames: ['loss'],
		build: () => new Tiny(),
		view: (m) => m.read(),
		viewEveryMs: 0,
		cpuOnly: true,
		frame: (fn) => void frames.push(fn)
	});
	const runFrames = () => frames.splice(0).forEach((f) => f());
	return { loop, runFrames };
}

const macrotask = () => new Promise((r) => setTimeout(r, 0));

async function press(t: ReturnType<typeof tinyLoop>, p: Press) {
	if (p === 'train') t.loop.play();
	else if (p === 'train5') t.loop.play(5);
	else if (p === 'pause') t.loop.pause();
	else if (p === 'reset') void t.loop.reset();
	else if (p === 'frame') t.runFrames();
	else await macrotask();
}

/** Frames and queued work until the step count reaches at least `step`. */
async function trainTo(t: ReturnType<typeof tinyLoop>, step: number) {
	for (let i = 0; i < 200 && t.loop.step < step; i++) {
		t.runFrames();
		await t.loop.settled();
		await macrotask();
	}
}

beforeAll(async () => {
	expect((await useBackend('cpu')).name).toBe('cpu');
});

describe('training loop under button spam', () => {
	it('any order of Train, Pause, Reset and frames ends clean, trains again, leaks nothing', async () => {
		const baseline = tf.memory().numTensors;
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.constantFrom<Press>('train', 'train5', 'pause', 'reset', 'frame', 'wait'), {
					maxLength: 40
				}),
				async (presses) => {
					Tiny.afterFree = 0;
					const t = tinyLoop();
					for (const p of presses) await press(t, p);
					await t.loop.settled();
					expect(t.loop.error).toBeNull();
					expect(Tiny.afterFree).toBe(0);
					expect(['idle', 'starting', 'running', 'paused']).toContain(t.loop.phase);

					t.loop.pause();
					const from = t.loop.step;
					t.loop.play();
					await trainTo(t, from + 3);
					expect(t.loop.phase).toBe('running');
					expect(t.loop.step).toBeGreaterThanOrEqual(from + 3);
					expect(t.loop.error).toBeNull();

					t.loop.destroy();
					await t.loop.settled();
					expect(tf.memory().numTensors).toBe(baseline);
				}
			),
			{ numRuns: 60 }
		);
	});

	it('Reset while the backend starts: training never begins', async () => {
		const t = tinyLoop();
		t.loop.play();
		expect(t.loop.phase).toBe('starting');
		void t.loop.reset();
		await t.loop.settled();
		t.runFrames();
		await t.loop.settled();
		expect(t.loop.phase).toBe('idle');
		expect(t.loop.step).toBe(0);
		t.loop.destroy();
	});

	it('a failing step shows the table message, never the raw error, and Train recovers', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const t = tinyLoop();
		t.loop.play();
		await trainTo(t, 2);
		const model = t.loop.model!;
		model.trainStep = () => {
			throw new TypeError("Cannot read properties of undefined (reading 'backend')");
		};
		t.runFrames();
		await t.loop.settled();
		expect(t.loop.phase).toBe('failed');
		expect(t.loop.error).toMatch(/Press Train to start again from step 0/);
		expect(t.loop.error).not.toMatch(/Cannot read|undefined/);
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
		t.loop.play();
		await trainTo(t, 2);
		expect(t.loop.phase).toBe('running');
		expect(t.loop.error).toBeNull();
		t.loop.destroy();
	});
});

describe('the GAN and VAE toys free their tensors', () => {
	/** Trains a few frames and resets, n times; the count returns to its baseline. */
	async function cycles(lab: GanLab | VaeLab, n: number) {
		const baseline = tf.memory().numTensors;
		for (let i = 0; i < n; i++) {
			lab.loop.play();
			await expect.poll(() => lab.loop.step, { timeout: 5000, interval: 5 }).toBeGreaterThan(0);
			await lab.retrain();
		}
		lab.loop.destroy();
		await lab.loop.settled();
		expect(lab.loop.error).toBeNull();
		expect(tf.memory().numTensors).toBe(baseline);
	}

	it('GAN: 5 train/reset cycles', async () => {
		await cycles(new GanLab({ preset: 'converge', seed: 1 }), 5);
	}, 30_000);

	it('VAE: 5 train/reset cycles', async () => {
		await cycles(new VaeLab({ seed: 1, beta: 1 }), 5);
	}, 30_000);
});
