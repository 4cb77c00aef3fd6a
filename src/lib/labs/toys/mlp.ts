// The one network shape every toy uses: a small fully connected net whose weights come from the
// toy's seed (He initialisation drawn in random.ts, so GPU, CPU and tests start identically).
import { normals, type Rng } from './random';
import { tf, type Tensor2D, type Variable } from './tensor';

export type Activation = 'relu' | 'leaky' | 'linear' | 'sigmoid';

export interface Mlp {
	variables: Variable[];
	/** The net applied to a batch (rows are examples); call inside tf.tidy. */
	apply(x: Tensor2D): Tensor2D;
	dispose(): void;
}

function activate(x: Tensor2D, a: Activation): Tensor2D {
	if (a === 'relu') return tf.relu(x);
	if (a === 'leaky') return tf.leakyRelu(x, 0.2);
	if (a === 'sigmoid') return tf.sigmoid(x);
	return x;
}

/** sizes = [inputs, hidden…, outputs]; hidden layers use `hidden`, the last one `last`. */
export function createMlp(
	sizes: number[],
	rng: Rng,
	hidden: Activation = 'relu',
	last: Activation = 'linear'
): Mlp {
	const layers: { w: Variable; b: Variable }[] = [];
	for (let i = 1; i < sizes.length; i++) {
		const fanIn = sizes[i - 1]!;
		const fanOut = sizes[i]!;
		const w = normals(rng, fanIn * fanOut, Math.sqrt(2 / fanIn));
		// tidy frees the initial tensors; the variables keep their data (tidy never frees a variable).
		layers.push(
			tf.tidy(() => ({
				w: tf.variable(tf.tensor2d(w, [fanIn, fanOut])),
				b: tf.variable(tf.zeros([fanOut]))
			}))
		);
	}
	return {
		variables: layers.flatMap((l) => [l.w, l.b]),
		apply(x) {
			let h = x;
			layers.forEach((l, i) => {
				h = activate(tf.add(tf.matMul(h, l.w), l.b), i === layers.length - 1 ? last : hidden);
			});
			return h;
		},
		dispose() {
			for (const l of layers) {
				l.w.dispose();
				l.b.dispose();
			}
		}
	};
}
