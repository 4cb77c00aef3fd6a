// The VAE toy learns, on the CPU backend with a fixed seed (the same code the page runs).
// Budget: 150 steps of batch 32, a few seconds on a quiet 2-core machine.
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import { tf, useBackend } from '../tensor';
import { trainLosses } from '../trainLosses';
import { makeGlyphs, PIXELS } from './glyphs';
import { interpolate, Vae } from './model';

beforeAll(async () => {
	expect((await useBackend('cpu')).name).toBe('cpu');
});

const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;

/** Trains for n steps; the two loss terms of every step. */
async function train(vae: Vae, n: number) {
	const losses = await trainLosses(vae, n);
	return { recon: losses.map((l) => l[0]!), kl: losses.map((l) => l[1]!) };
}

describe('VAE on 16×16 glyphs (CPU backend, seed 1)', () => {
	it('cuts its reconstruction loss by a factor of 2.5 in 150 steps; interpolation is continuous', async () => {
		const data = makeGlyphs(400, seededRng(1));
		const vae = new Vae(data, { seed: 1, beta: 1 });
		const { recon, kl } = await train(vae, 150);
		const first = mean(recon.slice(0, 5));
		const last = mean(recon.slice(-10));
		console.log(
			`VAE reconstruction ${first.toFixed(1)} → ${last.toFixed(1)} nats per image, KL ${mean(kl.slice(-10)).toFixed(2)}`
		);
		// Measured: 210.5 → 64.6 nats per image (a factor of 3.3), KL 4.5 nats.
		expect(last).toBeLessThan(first / 2.5);
		expect(mean(kl.slice(-10))).toBeGreaterThan(0.5);

		// Decode 21 points on the line between the latent codes of an O and an X: neighbours
		// differ by far less than the two ends do (no jumps).
		const z = await vae.encode(data.images.subarray(0, 2 * PIXELS));
		const frames = await vae.decode(interpolate([z[0]!, z[1]!], [z[2]!, z[3]!], 21));
		const dist = (i: number, j: number) => {
			let s = 0;
			for (let p = 0; p < PIXELS; p++)
				s += (frames[i * PIXELS + p]! - frames[j * PIXELS + p]!) ** 2;
			return Math.sqrt(s);
		};
		const ends = dist(0, 20);
		const steps = Array.from({ length: 20 }, (_, i) => dist(i, i + 1));
		const worst = Math.max(...steps);
		console.log(
			`VAE interpolation: ends ${ends.toFixed(2)} apart, largest step ${worst.toFixed(2)}`
		);
		// Measured: ends 1.45 apart (L2 over 256 pixels), largest step 0.09.
		expect(ends).toBeGreaterThan(1);
		expect(worst).toBeLessThan(ends / 4);
		const before = tf.memory().numTensors;
		vae.dispose();
		expect(tf.memory().numTensors).toBeLessThan(before);
	}, 120_000);

	it('trades reconstruction for a smaller KL term as β grows', async () => {
		const data = makeGlyphs(200, seededRng(4));
		const ends = async (beta: number) => {
			const vae = new Vae(data, { seed: 4, beta });
			const { recon, kl } = await train(vae, 80);
			vae.dispose();
			return { recon: mean(recon.slice(-10)), kl: mean(kl.slice(-10)) };
		};
		const low = await ends(0.25);
		const high = await ends(4);
		console.log(
			`VAE β 0.25: reconstruction ${low.recon.toFixed(1)}, KL ${low.kl.toFixed(2)}; β 4: reconstruction ${high.recon.toFixed(1)}, KL ${high.kl.toFixed(2)}`
		);
		// Measured: β 0.25 → reconstruction 70.3, KL 6.51; β 4 → reconstruction 75.2, KL 2.45.
		expect(high.kl).toBeLessThan(low.kl / 2);
		expect(high.recon).toBeGreaterThan(low.recon);
	}, 120_000);

	it('repeats a run exactly with the same seed', async () => {
		const run = async () => {
			const vae = new Vae(makeGlyphs(40, seededRng(2)), { seed: 2, beta: 1 });
			const out = await trainLosses(vae, 3);
			vae.dispose();
			return out;
		};
		expect(await run()).toEqual(await run());
	});
});
