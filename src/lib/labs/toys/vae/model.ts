// A variational autoencoder on 16×16 glyphs with a 2-D latent space, so the whole latent space
// fits on one canvas. Encoder: 256 pixels → 64 → (mean, log-variance) of a 2-D Gaussian.
// Decoder: 2 → 64 → 256 pixels (sigmoid). Loss per image: reconstruction (binary cross-entropy
// summed over pixels) + β × KL(q(z|x) ‖ N(0, I)); β = 1 is the plain VAE, larger β trades sharp
// reconstructions for a tidier, more Gaussian latent space. The reparameterisation noise is drawn
// in JavaScript from the seed, like every other toy's randomness.
import { createMlp, type Mlp } from '../mlp';
import { normals } from '../random';
import { tf, type Optimizer, type Tensor, type Tensor2D } from '../tensor';
import { SeededModel, type SeededOptions } from '../seededModel';
import { PIXELS, type GlyphSet } from './glyphs';

export const LATENT = 2;

export interface VaeOptions extends SeededOptions {
	beta: number;
	learningRate?: number;
}

export class Vae extends SeededModel<GlyphSet> {
	readonly encoder: Mlp;
	readonly decoder: Mlp;
	/** Read at every step: the β control applies to the running model. */
	beta: number;
	private optimizer: Optimizer;

	constructor(data: GlyphSet, options: VaeOptions) {
		super(data, options, { batch: 32, hidden: 64 });
		this.encoder = createMlp([PIXELS, this.hidden, 2 * LATENT], this.rng, 'relu');
		this.decoder = createMlp([LATENT, this.hidden, PIXELS], this.rng, 'relu', 'sigmoid');
		this.beta = options.beta;
		this.optimizer = tf.train.adam(options.learningRate ?? 2e-3);
	}

	trainStep(): Tensor {
		const B = this.batch;
		const n = this.data.labels.length;
		const x = new Float32Array(B * PIXELS);
		for (let i = 0; i < B; i++) {
			const j = this.rng.int(n);
			x.set(this.data.images.subarray(j * PIXELS, (j + 1) * PIXELS), i * PIXELS);
		}
		const eps = normals(this.rng, B * LATENT);
		const beta = this.beta;
		// The two terms leave the gradient's scope through tf.keep (everything else made in
		// there is freed); the loop disposes them.
		let parts: Tensor | undefined;
		tf.tidy(() => {
			const xs = tf.tensor2d(x, [B, PIXELS]);
			const e = tf.tensor2d(eps, [B, LATENT]);
			this.optimizer.minimize(
				() => {
					const h = this.encoder.apply(xs);
					const mu = tf.slice(h, [0, 0], [B, LATENT]);
					const logVar = tf.clipByValue(tf.slice(h, [0, LATENT], [B, LATENT]), -8, 8);
					const z = tf.add<Tensor2D>(mu, tf.mul(tf.exp(tf.mul(logVar, 0.5)), e));
					const p = tf.clipByValue(this.decoder.apply(z), 1e-6, 1 - 1e-6);
					// Binary cross-entropy, summed over the pixels, averaged over the batch.
					const recon = tf.neg(
						tf.mean(
							tf.sum(tf.add(tf.mul(xs, tf.log(p)), tf.mul(tf.sub(1, xs), tf.log(tf.sub(1, p)))), 1)
						)
					);
					const kl = tf.mean(
						tf.sum(
							tf.mul(-0.5, tf.sub(tf.add(1, logVar), tf.add(tf.square(mu), tf.exp(logVar)))),
							1
						)
					);
					parts = tf.keep(tf.stack([recon, kl]));
					return tf.add(recon, tf.mul(kl, beta)) as tf.Scalar;
				},
				false,
				[...this.encoder.variables, ...this.decoder.variables]
			);
		});
		return parts!;
	}

	/** The latent means of images (count × PIXELS), as [z0x, z0y, z1x, …]. */
	async encode(images: Float32Array): Promise<Float32Array> {
		const n = images.length / PIXELS;
		const out = tf.tidy(() =>
			tf.slice(this.encoder.apply(tf.tensor2d(images, [n, PIXELS])), [0, 0], [n, LATENT])
		);
		const data = (await out.data()) as Float32Array;
		out.dispose();
		return data;
	}

	/** Decoded images (count × PIXELS) of latent points [z0x, z0y, …]. */
	async decode(zs: Float32Array): Promise<Float32Array> {
		const out = tf.tidy(() => this.decoder.apply(tf.tensor2d(zs, [zs.length / LATENT, LATENT])));
		const data = (await out.data()) as Float32Array;
		out.dispose();
		return data;
	}

	dispose() {
		this.encoder.dispose();
		this.decoder.dispose();
		this.optimizer.dispose();
	}
}

/** count points evenly from a to b (both included), as decoder input. */
export function interpolate(a: [number, number], b: [number, number], count: number): Float32Array {
	const out = new Float32Array(count * LATENT);
	for (let i = 0; i < count; i++) {
		const t = count === 1 ? 0 : i / (count - 1);
		out[2 * i] = a[0] + t * (b[0] - a[0]);
		out[2 * i + 1] = a[1] + t * (b[1] - a[1]);
	}
	return out;
}
