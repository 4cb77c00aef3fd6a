// The quantization lab's own words, kept as data so the own-words spec (labs/ownWords.spec.ts)
// checks them. The numbers the page shows are measured in the visitor's tab; these words only
// name them and say how they were made.
import type { Bits, ScaleFormat } from './quantize';

export const quantWords = {
	heading: 'Shrink a trained tiny GPT to 8, 4, 3 and 2 bits',
	run: 'Quantize and measure',
	group: 'Weights per scale (group size)',
	groupOption: (g: number) => (g === 32 ? `${g} (as in q4f16_1)` : `${g}`),
	scale: 'Scales stored as',
	scaleOption: { float16: 'float16 (2 bytes)', float32: 'float32 (4 bytes)' } satisfies Record<
		ScaleFormat,
		string
	>,
	preset: 'Model size',
	trainingLabel: 'If no model is saved on this device, train one here for',
	trainingOption: (steps: number, quick: boolean) =>
		quick ? `${steps} steps (quick, a rougher model)` : `${steps} steps`,
	shownBits: 'Errors shown for',
	bitsName: (bits: Bits | null) => (bits === null ? 'float32 (as trained)' : `${bits} bits`),
	// Where the model came from, and what is happening now.
	loading: 'Looking for a tiny GPT saved on this device…',
	training: (step: number, of: number) =>
		`No saved model of this size: training one here from the seed, step ${step} of ${of}.`,
	waiting: 'Training waits while the lab is off screen or the tab hidden.',
	measuring: (done: number) => `Measuring setting ${done + 1} of 5…`,
	fromSaved: (steps: string) =>
		`Measured the tiny GPT saved on this device (trained for ${steps} steps on the transformer page).`,
	fromTrained: (steps: string, seed: number) =>
		`Measured a tiny GPT trained here for ${steps} steps from seed ${seed} (none of this size is saved on this device).`,
	stopped: 'Stopped. Press the button again to go on from here.',
	failed: 'The measurement stopped with an error; press Reset and try again.',
	progress: 'Training progress',
	idle: 'Press the button: the model is found or trained, then measured at each setting.',
	backend: (text: string) => `Runs on: ${text}.`,
	// The table.
	caption: (group: number, scale: string) =>
		`Held-out loss, perplexity, size and a sample at each setting: groups of ${group} weights, scales in ${scale}. The sample starts from the same text and seed every time.`,
	columns: {
		weights: 'Weights',
		loss: 'Held-out loss (nats per character)',
		perplexity: 'Perplexity',
		change: 'Perplexity against float32',
		size: 'Size',
		sample: 'Sample'
	},
	reference: 'reference',
	bytes: (bytes: number, ratio: number) =>
		`${bytes.toLocaleString('en')} bytes (${ratio < 1 ? `${(100 * ratio).toFixed(0)}%` : 'all'} of float32)`,
	// The histogram.
	histogramHeading: 'How much each weight moved',
	histogramHelp:
		'Each bar counts the weights whose quantized value lands that far from the trained one. Only the weight matrices are quantized; layer-norm gains and biases stay float32.',
	noHistogram: 'Run the measurement to see the errors.',
	histogramAxis: 'quantized minus trained weight',
	histogramText: (bits: string, n: string, peak: string, mean: string, middle: string) =>
		`At ${bits}, ${n} weights: errors reach ±${peak}, the mean error is ${mean} in size, and ${middle} of them fall in the middle fifth of that range.`,
	sampleLabel: 'Sample written with the same seed',
	measured: (float: string, eight: string, two: string) =>
		`Measured here: perplexity ${float} in float32, ${eight} at 8 bits and ${two} at 2 bits.`
};
