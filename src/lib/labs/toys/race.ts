// Which backend a toy trains on: the faster one, measured here, unless the visitor forces one.
// Why measure instead of preferring the GPU: in the bench (npm run bench, "toys") on a software
// WebGPU adapter the CPU backend trained 3–19× faster (diffusion 13.7 vs 4.6 steps/s, GAN 64 vs
// 3.4, VAE 46.9 vs 6.9), and networks this small can be faster on the CPU even with a real GPU,
// since each step is a few dozen tiny kernels and a dispatch costs more than their arithmetic.
// So at the first start each toy builds its model on each available backend, runs a few warm-up
// steps (shader compilation, JIT), times a few more, and trains on the faster one; the page shows
// both figures. The race runs once per toy per page visit (a second start reuses its figures).
import {
	backendName,
	describeBackend,
	useBackend,
	type BackendInfo,
	type BackendName
} from './tensor';
import type { ToyModel } from './trainer.svelte';

/** What the visitor asked for: the faster one (measured), or one backend whatever its speed. */
export type BackendChoice = 'auto' | BackendName;

export interface BackendTiming {
	name: BackendName;
	stepsPerSecond: number;
}

export interface BackendPick {
	name: BackendName;
	/** 'faster': won the race; 'only': the other one is not available; 'forced': the visitor's. */
	why: 'faster' | 'only' | 'forced';
}

/** The backend menu: the words beside each choice. */
export const backendChoices: readonly { value: BackendChoice; label: string }[] = [
	{ value: 'auto', label: 'the faster here (measured)' },
	{ value: 'webgpu', label: 'GPU (WebGPU)' },
	{ value: 'cpu', label: 'CPU (JavaScript)' }
];

/**
 * The backend to train on. A forced choice wins (where WebGPU does not start, useBackend falls
 * to the CPU and the page says why). Otherwise the highest steps/s; a tie, or no timings at
 * all, goes to the CPU, which needs no device.
 */
export function pickBackend(timings: readonly BackendTiming[], forced: BackendChoice): BackendPick {
	const usable = timings.filter((t) => Number.isFinite(t.stepsPerSecond) && t.stepsPerSecond > 0);
	if (forced !== 'auto') return { name: forced, why: 'forced' };
	if (usable.length <= 1) return { name: usable[0]?.name ?? 'cpu', why: 'only' };
	const best = usable.reduce((a, b) =>
		b.stepsPerSecond > a.stepsPerSecond ||
		(b.stepsPerSecond === a.stepsPerSecond && b.name === 'cpu')
			? b
			: a
	);
	return { name: best.name, why: 'faster' };
}

const label: Record<BackendName, string> = { webgpu: 'WebGPU', cpu: 'the CPU' };
const rate = (t: BackendTiming) =>
	t.stepsPerSecond >= 10 ? Math.round(t.stepsPerSecond).toString() : t.stepsPerSecond.toFixed(1);

/** The backend line: which one runs, and why, with both figures when both were timed. */
export function describeRun(
	info: BackendInfo,
	timings: readonly BackendTiming[],
	pick: BackendPick | null
): string {
	// A fallback (device lost, WebGPU failed), no WebGPU at all, or no race: the reason is the story.
	const fellBack = info.name === 'cpu' && info.reason !== undefined && info.reason !== 'chosen';
	if (!pick || pick.why === 'only' || info.name !== pick.name || fellBack)
		return describeBackend(info);
	const figures = timings.map((t) => `${rate(t)} steps/s on ${label[t.name]}`).join(' vs ');
	const measured = figures ? ` (measured here: ${figures})` : '';
	const why = pick.why === 'forced' ? ', as you chose' : ', the faster here';
	return `${backendName(info)}${why}${measured}`;
}

/**
 * Race settings: one warm-up step (shader compilation, JIT), then steps in pairs, each pair read
 * back, until at least RACE_MIN_STEPS and RACE_MIN_MS, or RACE_MAX_MS, have passed: a fast
 * backend is timed over enough steps to see past one slow frame, a slow one (a software adapter
 * at 3 steps/s) costs no more than about a second after its warm-up.
 */
const RACE_MIN_STEPS = 6;
const RACE_MIN_MS = 250;
const RACE_MAX_MS = 1200;

/** Builds the toy on `name`, warms it up, then times steps as above. */
async function timeOn(name: BackendName, build: () => ToyModel): Promise<BackendTiming | null> {
	const info = await useBackend(name);
	if (info.name !== name) return null;
	const model = build();
	const stepAndRead = async () => {
		const l = model.trainStep();
		try {
			await l.data();
		} finally {
			l.dispose();
		}
	};
	try {
		await stepAndRead();
		const started = performance.now();
		let steps = 0;
		let ms = 0;
		while (ms < RACE_MAX_MS && (steps < RACE_MIN_STEPS || ms < RACE_MIN_MS)) {
			model.trainStep().dispose();
			await stepAndRead();
			steps += 2;
			ms = performance.now() - started;
		}
		return { name, stepsPerSecond: (steps * 1000) / Math.max(ms, 0.01) };
	} finally {
		model.dispose();
	}
}

/**
 * Times the toy on WebGPU (when it starts) and on the CPU. The WebGPU leg goes first, so that a
 * browser without it falls to the CPU with the reason kept (useBackend says "no WebGPU adapter").
 */
export async function raceBackends(build: () => ToyModel): Promise<BackendTiming[]> {
	const timings: BackendTiming[] = [];
	for (const name of ['webgpu', 'cpu'] as const) {
		try {
			const t = await timeOn(name, build);
			if (t) timings.push(t);
		} catch (e) {
			console.warn(`Timing ${name} failed:`, e);
		}
	}
	return timings;
}
