// One trained model measured at each setting: its float32 weights as they are, then quantized to
// 8, 4, 3 and 2 bits and read back, each time its held-out loss, perplexity, size and a sample.
// Only the weight matrices are quantized (embeddings, attention and MLP matrices, the read-out);
// the layer-norm gains and the biases, a few hundred numbers, stay float32 and are counted at 4
// bytes each, as WebLLM's q4 models keep their norms in float. The model is reached through a
// small interface (set weights, held-out loss, a sample), so the spec can run it on a fake and
// on a real tiny GPT alike, and the float weights are put back whatever happens.
import {
	BIT_WIDTHS,
	dequantize,
	floatBytes,
	quantize,
	quantizedBytes,
	weightErrors,
	type Bits,
	type ScaleFormat
} from './quantize';

/** What the measurement needs of a model. */
export interface Measurable {
	setWeights(values: Float32Array[]): void;
	/** Mean cross-entropy on held-out text, nats per character. */
	heldOutLoss(): number;
	/** A short text from the model as its weights are now, drawn with a fixed seed. */
	sample(): Promise<string>;
}

/** One row of the table: bits null is the float32 model itself. */
export interface Row {
	bits: Bits | null;
	loss: number;
	/** exp(loss): how many characters the model is, on average, as unsure between. */
	perplexity: number;
	bytes: number;
	sample: string;
}

export interface QuantizedWeights {
	weights: Float32Array[];
	bytes: number;
	/** Restored − original for every quantized weight, tensor after tensor. */
	errors: Float32Array;
}

const isMatrix = (shape: readonly number[]) => shape.length === 2;

/** All of a model's weights as float32: 4 bytes each. */
export function floatModelBytes(shapes: readonly (readonly number[])[]): number {
	return shapes.reduce((s, sh) => s + floatBytes(sh.reduce((a, b) => a * b, 1)), 0);
}

/** The matrices quantized and read back; vectors kept. Sizes are what storing it would take. */
export function quantizeWeights(
	weights: Float32Array[],
	shapes: readonly (readonly number[])[],
	options: { bits: Bits; group: number; scale: ScaleFormat }
): QuantizedWeights {
	let bytes = 0;
	const errors: Float32Array[] = [];
	const out = weights.map((w, i) => {
		if (!isMatrix(shapes[i]!)) {
			bytes += floatBytes(w.length);
			return w;
		}
		const back = dequantize(quantize(w, options));
		bytes += quantizedBytes(w.length, options);
		errors.push(weightErrors(w, back));
		return back;
	});
	const all = new Float32Array(errors.reduce((n, e) => n + e.length, 0));
	let at = 0;
	for (const e of errors) {
		all.set(e, at);
		at += e.length;
	}
	return { weights: out, bytes, errors: all };
}

export interface MeasureOptions {
	group: number;
	scale: ScaleFormat;
	/** Each row as it is measured, with the per-weight errors of a quantized row. */
	onRow: (row: Row, errors: Float32Array | null) => void;
	/** Awaited between settings (the page yields to input there). */
	between?: () => Promise<void>;
	/** Checked between settings: true ends the measurement early. */
	stopped?: () => boolean;
}

/** Measures float32 and each bit width in turn; false when stopped before the end. */
export async function measureSettings(
	model: Measurable,
	float: Float32Array[],
	shapes: readonly (readonly number[])[],
	o: MeasureOptions
): Promise<boolean> {
	const settings: (Bits | null)[] = [null, ...BIT_WIDTHS];
	try {
		for (const bits of settings) {
			if (o.stopped?.()) return false;
			const q = bits === null ? null : quantizeWeights(float, shapes, { ...o, bits });
			model.setWeights(q ? q.weights : float);
			const loss = model.heldOutLoss();
			await o.between?.();
			const sample = await model.sample();
			const bytes = q ? q.bytes : floatModelBytes(shapes);
			o.onRow({ bits, loss, perplexity: Math.exp(loss), bytes, sample }, q ? q.errors : null);
			await o.between?.();
		}
		return true;
	} finally {
		model.setWeights(float);
	}
}
