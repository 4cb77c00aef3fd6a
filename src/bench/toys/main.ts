// Training speed of each toy on the backend a page gets: the real model code, seeded, one loss
// read-back per 10 steps (the page reads one per frame). Driven by scripts/bench/toys.mjs.
import { Denoiser } from '$lib/labs/toys/diffusion2d/model';
import { makeData } from '$lib/labs/toys/diffusion2d/lab.svelte';
import { Gan } from '$lib/labs/toys/gan2d/model';
import { makeRealData, presets } from '$lib/labs/toys/gan2d/lab.svelte';
import { tf, useBackend } from '$lib/labs/toys/tensor';
import { makeVaeData } from '$lib/labs/toys/vae/lab.svelte';
import { Vae } from '$lib/labs/toys/vae/model';
import type { ToyModel } from '$lib/labs/toys/trainer.svelte';

type ToyName = 'diffusion2d' | 'gan2d' | 'vae';

const builders: Record<ToyName, () => ToyModel> = {
	diffusion2d: () => new Denoiser(makeData('spiral', [], 1), { seed: 1 }),
	// The page's default preset: two discriminator updates and one generator update per step.
	gan2d: () => new Gan(makeRealData('ring', 1), { ...presets.converge, seed: 1 }),
	vae: () => new Vae(makeVaeData(1), { seed: 1, beta: 1 })
};

async function runToyBench(want: 'auto' | 'cpu', steps: number, toy: ToyName = 'diffusion2d') {
	const backend = await useBackend(want);
	const model = builders[toy]();
	// Warm-up: shader compilation on WebGPU, JIT on the CPU.
	for (let i = 0; i < 5; i++) await model.trainStep().data();
	const started = performance.now();
	for (let i = 0; i < steps; i++) {
		const l = model.trainStep();
		if (i % 10 === 9) await l.data();
		l.dispose();
	}
	const ms = performance.now() - started;
	const memory = tf.memory().numBytes;
	model.dispose();
	return {
		backend: backend.name,
		adapter: backend.adapter ?? '',
		stepsPerSecond: (steps * 1000) / ms,
		memory
	};
}

(window as unknown as { runToyBench: typeof runToyBench }).runToyBench = runToyBench;
