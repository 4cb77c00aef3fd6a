// A GAN on 2-D points: a generator MLP turns 2-D Gaussian noise into points, a discriminator MLP
// scores a point as real or generated (a logit). One training step is `dSteps` discriminator
// updates followed by `gSteps` generator updates, each on a fresh seeded batch; it returns both
// losses. The generator uses the non-saturating loss, −log D(G(z)), which gives it a useful
// gradient even while the discriminator wins easily (Goodfellow et al. 2014, section 3).
// At the equilibrium D outputs ½ everywhere: D loss 2 ln 2 ≈ 1.386, G loss ln 2 ≈ 0.693.
import { createMlp, type Mlp } from '../mlp';
import { normals, seededRng } from '../random';
import { tf, type Optimizer, type Tensor, type Tensor2D } from '../tensor';
import { SeededModel, type SeededOptions } from '../seededModel';

/** What the visitor can change while it trains (read at every step). */
export interface GanSettings {
	lrG: number;
	lrD: number;
	/** Updates per training step, per side. */
	gSteps: number;
	dSteps: number;
}

export interface GanOptions extends GanSettings, SeededOptions {}

/** Both optimizers are Adam with β1 = 0.5 (the usual GAN setting, Radford et al. 2015). */
function adam(lr: number): Optimizer {
	return tf.train.adam(lr, 0.5, 0.999);
}

export class Gan extends SeededModel<Float32Array> {
	readonly generator: Mlp;
	readonly discriminator: Mlp;
	settings: GanSettings;
	private optG: Optimizer;
	private optD: Optimizer;

	constructor(data: Float32Array, options: GanOptions) {
		super(data, options, { batch: 128, hidden: 32 });
		this.generator = createMlp([2, this.hidden, this.hidden, 2], this.rng, 'leaky');
		this.discriminator = createMlp([2, this.hidden, this.hidden, 1], this.rng, 'leaky');
		this.settings = {
			lrG: options.lrG,
			lrD: options.lrD,
			gSteps: options.gSteps,
			dSteps: options.dSteps
		};
		this.optG = adam(options.lrG);
		this.optD = adam(options.lrD);
	}

	/** New learning rates take effect at the next update; Adam keeps its moment estimates. */
	setSettings(s: GanSettings) {
		this.settings = { ...s };
		// tfjs-core's Adam reads its learningRate field at every update (model.spec.ts checks).
		(this.optG as unknown as { learningRate: number }).learningRate = s.lrG;
		(this.optD as unknown as { learningRate: number }).learningRate = s.lrD;
	}

	private realBatch(): Tensor2D {
		const B = this.batch;
		const n = this.data.length / 2;
		const out = new Float32Array(B * 2);
		for (let i = 0; i < B; i++) {
			const j = this.rng.int(n);
			out[2 * i] = this.data[2 * j]!;
			out[2 * i + 1] = this.data[2 * j + 1]!;
		}
		return tf.tensor2d(out, [B, 2]);
	}

	private noise(n = this.batch): Tensor2D {
		return tf.tensor2d(normals(this.rng, n * 2), [n, 2]);
	}

	trainStep(): Tensor {
		return tf.tidy(() => {
			const B = this.batch;
			const ones = tf.ones([B, 1]);
			let dLoss: Tensor = tf.scalar(0);
			let gLoss: Tensor = tf.scalar(0);
			// Real and generated points go through D as one batch of 2B rows: half the kernel
			// launches of two passes, which is what a step costs on a software adapter.
			const labels = tf.concat([ones, tf.zeros([B, 1])]);
			for (let k = 0; k < this.settings.dSteps; k++) {
				const x = this.realBatch();
				const z = this.noise();
				dLoss = this.optD.minimize(
					() => {
						const both = tf.concat([x, this.generator.apply(z)]);
						// Mean over 2B rows, times 2: the sum of the real and the fake term.
						return tf.mul(tf.losses.sigmoidCrossEntropy(labels, this.discriminator.apply(both)), 2);
					},
					true,
					this.discriminator.variables
				)!;
			}
			for (let k = 0; k < this.settings.gSteps; k++) {
				const z = this.noise();
				gLoss = this.optG.minimize(
					() =>
						tf.losses.sigmoidCrossEntropy(ones, this.discriminator.apply(this.generator.apply(z))),
					true,
					this.generator.variables
				)!;
			}
			return tf.stack([tf.reshape(dLoss, []), tf.reshape(gLoss, [])]);
		});
	}

	/** count generated points from seeded noise (the same noise every time for one seed). */
	async sample(count: number, seed: number): Promise<Float32Array> {
		const z = normals(seededRng(seed), count * 2);
		const out = tf.tidy(() => this.generator.apply(tf.tensor2d(z, [count, 2])));
		const data = (await out.data()) as Float32Array;
		out.dispose();
		return data;
	}

	/** D's probability "real" on a res × res grid over [-extent, extent]², rows from the top. */
	async decision(res: number, extent = 1.6): Promise<Float32Array> {
		const grid = new Float32Array(res * res * 2);
		for (let r = 0; r < res; r++)
			for (let c = 0; c < res; c++) {
				const i = r * res + c;
				grid[2 * i] = -extent + ((c + 0.5) * 2 * extent) / res;
				grid[2 * i + 1] = extent - ((r + 0.5) * 2 * extent) / res;
			}
		const out = tf.tidy(() =>
			tf.sigmoid(this.discriminator.apply(tf.tensor2d(grid, [res * res, 2])))
		);
		const data = (await out.data()) as Float32Array;
		out.dispose();
		return data;
	}

	/** Mean probability "real" that D gives two sets of points. */
	async score(real: Float32Array, fake: Float32Array): Promise<{ real: number; fake: number }> {
		const mean = async (p: Float32Array) => {
			const t = tf.tidy(() =>
				tf.mean(tf.sigmoid(this.discriminator.apply(tf.tensor2d(p, [p.length / 2, 2]))))
			);
			const v = (await t.data())[0]!;
			t.dispose();
			return v;
		};
		return { real: await mean(real), fake: await mean(fake) };
	}

	dispose() {
		this.generator.dispose();
		this.discriminator.dispose();
		this.optG.dispose();
		this.optD.dispose();
	}
}
