// The diffusion toy learns, on the CPU backend with fixed seeds (the same code the page runs,
// with a smaller network and batch than the page's 128 units × 256 points, so the whole file
// stays within seconds on a 2-core machine; it measured 90 s at the page's size under load).
import { beforeAll, describe, expect, it } from 'vitest';
import { meanNearestDistance, slicedWasserstein } from '../metrics';
import { seededRng } from '../random';
import { useBackend } from '../tensor';
import { trainLosses } from '../trainLosses';
import { Denoiser, NO_CLASS, type DiffusionData } from './model';
import { sampleShape, type ShapeName } from './shapes';

/** The denoiser's one loss per step. */
const train = async (model: Denoiser, steps: number) =>
	(await trainLosses(model, steps)).map((l) => l[0]!);
/** A test-sized network: the same code, a quarter of the work per step. */
const SMALL = { hidden: 64, batch: 128 };
const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;

function data(a: ShapeName, b?: ShapeName): DiffusionData {
	const rng = seededRng(11);
	const pa = sampleShape(a, 1000, rng);
	if (!b) return { points: pa, labels: new Uint8Array(1000) };
	const pb = sampleShape(b, 1000, rng);
	const points = new Float32Array(4000);
	points.set(pa);
	points.set(pb, 2000);
	return { points, labels: Uint8Array.from({ length: 2000 }, (_, i) => (i < 1000 ? 0 : 1)) };
}

beforeAll(async () => {
	expect((await useBackend('cpu')).name).toBe('cpu');
});

describe('diffusion denoiser (CPU backend, seed 3)', () => {
	it('halves its loss within 300 steps and then samples close to the target', async () => {
		const model = new Denoiser(data('moons'), { seed: 3, ...SMALL });
		const losses = await train(model, 300);
		const first = mean(losses.slice(0, 10));
		const last = mean(losses.slice(-20));
		console.log(
			`diffusion loss: first 10 steps ${first.toFixed(3)}, steps 281-300 ${last.toFixed(3)}`
		);
		expect(last).toBeLessThan(first / 2);

		const { frames, timesteps } = await model.sample({
			count: 400,
			steps: 25,
			cls: 0,
			guidance: 1,
			seed: 5
		});
		expect(timesteps).toHaveLength(25);
		expect(frames).toHaveLength(26);
		const target = sampleShape('moons', 400, seededRng(99));
		const noise = slicedWasserstein(frames[0]!, target);
		const out = slicedWasserstein(frames.at(-1)!, target);
		console.log(
			`diffusion sliced Wasserstein: noise ${noise.toFixed(3)}, samples ${out.toFixed(3)}`
		);
		// Measured: noise about 0.40, samples about 0.07 (two independent draws of the target
		// itself: 0.04).
		expect(out).toBeLessThan(noise / 3);
		expect(out).toBeLessThan(0.13);
		model.dispose();
	}, 120_000);

	it('guidance moves samples towards the chosen class', async () => {
		const model = new Denoiser(data('moons', 'letters'), { seed: 4, ...SMALL });
		await train(model, 300);
		const a = sampleShape('moons', 400, seededRng(21));
		const b = sampleShape('letters', 400, seededRng(22));
		const offShape = async (cls: number, guidance: number) => {
			const { frames } = await model.sample({ count: 300, steps: 20, cls, guidance, seed: 8 });
			const x = frames.at(-1)!;
			return { toA: meanNearestDistance(x, a), toB: meanNearestDistance(x, b) };
		};
		const none = await offShape(NO_CLASS, 1);
		const guided = await offShape(0, 3);
		console.log(
			`diffusion guidance: no class → moons ${none.toA.toFixed(3)}, letters ${none.toB.toFixed(3)}; class moons at scale 3 → moons ${guided.toA.toFixed(3)}, letters ${guided.toB.toFixed(3)}`
		);
		// Measured: without a class 0.135 from the moons and 0.133 from the letters; with the
		// moons class at guidance 3, 0.102 and 0.155.
		expect(guided.toA).toBeLessThan(none.toA * 0.85);
		expect(guided.toB).toBeGreaterThan(none.toB * 1.08);
		model.dispose();
	}, 120_000);

	it('repeats a run exactly with the same seed', async () => {
		const run = async () => {
			const model = new Denoiser(data('spiral'), { seed: 9 });
			const losses = await train(model, 5);
			model.dispose();
			return losses;
		};
		expect(await run()).toEqual(await run());
	}, 30_000);
});
