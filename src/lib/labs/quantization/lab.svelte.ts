// The quantization lab's state: which tiny GPT is measured, the run that finds or trains it and
// then measures it at each setting, and the results. Training is the toys' loop (training in
// slices of steps per frame, paused off screen and in a hidden tab, a CPU fallback), asked for a
// counted run, so a page training a model never has a long task; the measurement runs on the
// loop's queue too, so a Reset never frees a model it is reading, and it yields to the page
// between settings and between the sample's characters.
import { trainingParagraphs } from '$lib/concepts';
import { TrainingLoop } from '../toys/trainer.svelte';
import { decode, encode, splitCorpus, VOCAB, type Corpus } from '../tiny-gpt/corpus';
import { generate } from '../tiny-gpt/generate';
import { parameterShapes, TinyGpt } from '../tiny-gpt/model';
import { presetById, type PresetId } from '../tiny-gpt/presets';
import { loadFromDevice } from '../tiny-gpt/saved';
import { gptWords } from '../tiny-gpt/words';
import { measureSettings, type Row } from './measure';
import { histogram, type Bits, type Histogram, type ScaleFormat } from './quantize';

/** Training lengths offered when no model is saved; the quick one keeps a test or a hurried talk short. */
export const TRAINING = { full: 300, quick: 30 } as const;
export type TrainingLength = keyof typeof TRAINING;
/** The sample's start and length: the same text and seed at every setting. */
export const SAMPLE_PROMPT = 'the model ';
const SAMPLE_LENGTH = 40;
const BINS = 25;

export type Phase = 'idle' | 'loading' | 'training' | 'measuring' | 'done' | 'stopped' | 'failed';

const corpusOnce = (() => {
	let c: Corpus | undefined;
	return () => (c ??= splitCorpus(trainingParagraphs()));
})();

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Resolves once `done()` holds, checked every 100 ms (a counted training run ending). */
async function until(done: () => boolean) {
	while (!done()) await new Promise((r) => setTimeout(r, 100));
}

export class QuantizationLab {
	preset = $state<PresetId>('tiny');
	group = $state(32);
	scale = $state<ScaleFormat>('float16');
	training = $state<TrainingLength>('full');
	/** The bit width whose errors the histogram shows. */
	shownBits = $state<Bits>(4);
	phase = $state<Phase>('idle');
	rows = $state.raw<Row[]>([]);
	histograms = $state.raw<Partial<Record<Bits, Histogram>>>({});
	/** The settings the rows were measured with (the controls may have moved since). */
	measuredWith = $state.raw<{ group: number; scale: ScaleFormat } | null>(null);
	/** The model measured: saved on this device (with its steps), or trained here. */
	source = $state.raw<{ saved: boolean; steps: number } | null>(null);
	readonly seed: number;
	readonly loop: TrainingLoop<TinyGpt>;
	/** The saved model for this preset: undefined until looked for, null when there is none. */
	private saved: { steps: number; weights: Float32Array[] } | null | undefined;
	private stopAsked = false;
	/** Bumped by each run and each reset: a run that is no longer the latest changes nothing. */
	private runs = 0;

	constructor(init: { seed: number; preset: PresetId; group: number }) {
		this.seed = init.seed;
		this.preset = init.preset;
		this.group = init.group;
		this.loop = new TrainingLoop<TinyGpt>({
			lossNames: gptWords.lossNames,
			build: () =>
				new TinyGpt(corpusOnce(), { ...presetById(this.preset), seed: this.seed, vocab: VOCAB })
		});
	}

	busy = $derived(
		this.phase === 'loading' || this.phase === 'training' || this.phase === 'measuring'
	);
	target = $derived(TRAINING[this.training]);

	stop() {
		this.stopAsked = true;
		this.loop.pause();
	}

	/** Finds or trains the model, then measures float32 and each bit width. */
	async run() {
		if (this.busy) return;
		const run = ++this.runs;
		const current = () => run === this.runs;
		this.stopAsked = false;
		this.rows = [];
		this.histograms = {};
		this.measuredWith = { group: this.group, scale: this.scale };
		try {
			this.phase = 'loading';
			if (this.saved === undefined) {
				const got = await loadFromDevice(this.preset);
				if (!current()) return;
				this.saved = got && { steps: got.saved.step, weights: got.weights };
			}
			if (!this.saved && this.loop.step < this.target) {
				this.phase = 'training';
				this.loop.play(this.target - this.loop.step);
				await until(() => !this.loop.training);
				if (!current()) return;
				if (this.loop.step < this.target) {
					this.phase = this.loop.error ? 'failed' : 'stopped';
					return;
				}
			}
			if (this.stopAsked) {
				this.phase = 'stopped';
				return;
			}
			this.phase = 'measuring';
			const done = await this.loop.use((model) => this.measure(model, current));
			if (current()) this.phase = done ? 'done' : 'stopped';
		} catch (e) {
			console.warn('Quantization lab:', e);
			if (current()) this.phase = 'failed';
		}
	}

	private async measure(model: TinyGpt, current: () => boolean): Promise<boolean> {
		const saved = this.saved;
		const float = saved ? saved.weights : await model.weights();
		this.source = { saved: !!saved, steps: saved ? saved.steps : this.loop.step };
		const prompt = Array.from(encode(SAMPLE_PROMPT));
		const histograms: Partial<Record<Bits, Histogram>> = {};
		return measureSettings(
			{
				setWeights: (w) => model.setWeights(w),
				heldOutLoss: () => model.heldOutLoss(),
				sample: async () => {
					const out = await generate(model, prompt, {
						count: SAMPLE_LENGTH,
						temperature: 0.8,
						seed: this.seed,
						cache: true,
						between: nextTask
					});
					return SAMPLE_PROMPT + decode(out.ids);
				}
			},
			float,
			parameterShapes(model.shape).map(([, shape]) => shape),
			{
				group: this.group,
				scale: this.scale,
				between: nextTask,
				stopped: () => this.stopAsked || !current(),
				onRow: (row, errors) => {
					if (!current()) return;
					this.rows = [...this.rows, row];
					if (row.bits !== null && errors) {
						histograms[row.bits] = histogram(errors, BINS);
						this.histograms = { ...histograms };
					}
				}
			}
		);
	}

	/** Another model size: the saved one of that size is looked for again on the next run. */
	async setPreset(id: PresetId) {
		this.preset = id;
		await this.reset();
	}

	/** Results cleared, the model trained here thrown away; the next run starts from the seed. */
	async reset() {
		this.runs++;
		this.stop();
		this.saved = undefined;
		this.rows = [];
		this.histograms = {};
		this.measuredWith = null;
		this.source = null;
		this.phase = 'idle';
		await this.loop.reset();
	}
}
