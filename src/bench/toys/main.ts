// Training speed of each toy on the backend a page gets: the real model code, seeded, one loss
// read-back per 10 steps (the page reads one per frame). Driven by scripts/bench/toys.mjs.
import { Denoiser } from '$lib/labs/toys/diffusion2d/model';
import { makeData } from '$lib/labs/toys/diffusion2d/lab.svelte';
import { tf, useBackend } from '$lib/labs/toys/tensor';

async function runToyBench(want: 'auto' | 'cpu', steps: number) {
	const backend = await useBackend(want);
	const model = new Denoiser(makeData('spiral', [], 1), { seed: 1 });
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
