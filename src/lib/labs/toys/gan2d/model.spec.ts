// The GAN toy learns, on the CPU backend with fixed seeds (the same code and presets the page
// runs). Budgets: 300 steps per run, a few seconds each on a quiet 2-core machine.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { slicedWasserstein } from '../metrics';
import { seededRng } from '../random';
import { tf, useBackend } from '../tensor';
import { trainLosses as train } from '../trainLosses';
import { modeCoverage, sampleModes } from './data';
import { makeRealData, presets, type GanPresetName } from './lab.svelte';
import { Gan } from './model';

/** Trains a preset on its data; returns distance and coverage before and after. */
async function runPreset(name: GanPresetName, steps: number, seed = 1) {
	const p = presets[name];
	const gan = new Gan(makeRealData(p.data, seed), { ...p, seed });
	const target = sampleModes(p.data, 500, seededRng(99));
	const before = await gan.sample(500, 7);
	const losses = await train(gan, steps);
	const after = await gan.sample(500, 7);
	gan.dispose();
	return {
		losses,
		start: slicedWasserstein(before, target),
		end: slicedWasserstein(after, target),
		coverage: modeCoverage(after, p.data)
	};
}

beforeAll(async () => {
	expect((await useBackend('cpu')).name).toBe('cpu');
});

describe('GAN on 2-D points (CPU backend, seed 1, 300 steps)', () => {
	let converged: Awaited<ReturnType<typeof runPreset>>;

	it('the balanced preset converges: its samples reach the blobs and cover most of them', async () => {
		converged = await runPreset('converge', 300);
		const { start, end, coverage, losses } = converged;
		const last = losses.slice(-20);
		const d = last.reduce((s, l) => s + l[0]!, 0) / last.length;
		console.log(
			`GAN converge: sliced Wasserstein ${start.toFixed(3)} → ${end.toFixed(3)}, covers ${coverage.covered}/${coverage.modes} blobs, ${Math.round(coverage.nearShare * 100)}% of samples on a blob, D loss ${d.toFixed(2)}`
		);
		// Measured: 0.88 → 0.08, 8 of 8 blobs, 62% of samples on a blob; D loss 1.14 (equilibrium 1.39).
		expect(end).toBeLessThan(start * 0.7);
		expect(end).toBeLessThan(0.22);
		expect(coverage.covered).toBeGreaterThanOrEqual(5);
		// Neither side has won outright: the discriminator is still unsure.
		expect(d).toBeGreaterThan(0.7);
		expect(d).toBeLessThan(1.6);
	}, 120_000);

	it('the collapse preset covers fewer blobs', async () => {
		const { end, coverage } = await runPreset('collapse', 300);
		console.log(
			`GAN collapse: sliced Wasserstein ${end.toFixed(3)}, covers ${coverage.covered}/${coverage.modes} blobs (balanced: ${converged.coverage.covered})`
		);
		// Measured: 0.51, 1 of 8 blobs (balanced: 8).
		expect(coverage.covered).toBeLessThanOrEqual(3);
		expect(coverage.covered).toBeLessThan(converged.coverage.covered - 2);
		expect(end).toBeGreaterThan(converged.end);
	}, 120_000);

	it('repeats a run exactly with the same seed', async () => {
		const run = async () => {
			const gan = new Gan(makeRealData('ring', 3), { ...presets.converge, seed: 3 });
			const losses = await train(gan, 5);
			const points = await gan.sample(20, 1);
			gan.dispose();
			return { losses, points: Array.from(points) };
		};
		expect(await run()).toEqual(await run());
	});

	it('applies new learning rates and update counts to the running model', async () => {
		// Tripwire on what setSettings borrows: tfjs-core's Adam reads this.learningRate at every
		// update, so changing the field changes the next step.
		const src = readFileSync(
			'node_modules/@tensorflow/tfjs-core/dist/optimizers/adam_optimizer.js',
			'utf8'
		);
		expect(src).toContain('-this.learningRate');
		const weightsAfterStep = async (lrG: number) => {
			const gan = new Gan(makeRealData('ring', 2), { ...presets.converge, seed: 2 });
			gan.setSettings({ ...presets.converge, lrG });
			gan.trainStep().dispose();
			const w = Array.from(await gan.generator.variables[0]!.data());
			gan.dispose();
			return w;
		};
		const a = await weightsAfterStep(1e-4);
		const b = await weightsAfterStep(1e-2);
		const moved = a.reduce((s, v, i) => s + Math.abs(v - b[i]!), 0);
		expect(moved).toBeGreaterThan(0);
	});

	it('keeps its tensor count flat while training and frees everything on dispose', async () => {
		const before = tf.memory().numTensors;
		const gan = new Gan(makeRealData('ring', 2), { ...presets.collapse, seed: 2 });
		gan.trainStep().dispose();
		const training = tf.memory().numTensors;
		for (let i = 0; i < 5; i++) gan.trainStep().dispose();
		await gan.sample(10, 1);
		await gan.decision(4);
		expect(tf.memory().numTensors).toBe(training);
		gan.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});

	it('scores its decision surface as probabilities on a grid', async () => {
		const gan = new Gan(makeRealData('line', 1), { ...presets.converge, seed: 1 });
		const surface = await gan.decision(8);
		expect(surface).toHaveLength(64);
		for (const p of surface) expect(p > 0 && p < 1).toBe(true);
		const s = await gan.score(sampleModes('line', 50, seededRng(1)), await gan.sample(50, 2));
		expect(s.real).toBeGreaterThan(0);
		expect(s.fake).toBeLessThan(1);
		gan.dispose();
	});
});
