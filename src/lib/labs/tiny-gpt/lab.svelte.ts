// The tiny-GPT experiment's state: the preset, the training loop (the toys' loop: slices of steps
// per frame, paused off screen and in a hidden tab, a CPU fallback), and the latest views of the
// model: a sample of its writing every few seconds, the attention for the typed text, the
// embeddings map, and the KV-cache timing. Each view is one read of the model on the loop's
// queue, so a Reset never frees tensors a view is reading. Generating a sample yields to the page
// between characters: on the CPU backend each character is a synchronous pass, and a whole sample
// in one go was a long task.
import { trainingParagraphs } from '$lib/concepts';
import { addLoss, emptyHistory, type LossHistory } from '../toys/lossHistory';
import { ToyLab } from '../toys/toyLab.svelte';
import { encode, splitCorpus, VOCAB, decode, type Corpus } from './corpus';
import { generate } from './generate';
import { TinyGpt, type Inside } from './model';
import { pca } from './pca';
import { presetById, type PresetId } from './presets';
import { loadFromDevice, loadText, readFile, saveOnDevice, toSaved, type SavedGpt } from './saved';
import { gptWords } from './words';

/** Characters in a sample shown during training; its prompt is one line break (a fresh paragraph). */
const SAMPLE = 56;
const SAMPLES_KEPT = 4;
export const PROMPT_MAX = 32;

export interface GptView {
	atStep: number;
	/** The embeddings on the map: [x0, y0, x1, …] in ALPHABET order. */
	map: Float64Array;
	/** The typed text and what the model did with it. */
	chars: string[];
	inside: Inside | null;
}

const corpusOnce = (() => {
	let c: Corpus | undefined;
	return () => (c ??= splitCorpus(trainingParagraphs()));
})();

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

export class TinyGptLab extends ToyLab<TinyGpt, GptView> {
	preset = $state<PresetId>('tiny');
	prompt = $state('');
	layer = $state(0);
	head = $state(0);
	samples = $state.raw<{ step: number; text: string }[]>([]);
	kv = $state.raw<LossHistory | null>(null);
	measuring = $state(false);
	/** What the last save, load, export or import did, in words. */
	keepNote = $state<string | null>(null);
	/** Steps a loaded model had been trained before this visit (0 for a model trained here). */
	private baseStep = 0;
	private lastSampleStep = -1;

	constructor(init: { seed: number; preset: PresetId; prompt: string }) {
		super(init.seed, {
			lossNames: gptWords.lossNames,
			build: () =>
				new TinyGpt(corpusOnce(), { ...presetById(this.preset), seed: this.seed, vocab: VOCAB }),
			view: (model) => this.look(model),
			viewEveryMs: 1500
		});
		this.preset = init.preset;
		this.prompt = init.prompt;
	}

	shape = $derived(presetById(this.preset));

	setPreset(id: PresetId) {
		this.preset = id;
		this.layer = 0;
		this.head = 0;
		void this.retrain();
	}

	/** New text to look inside: read the model again without training. */
	async setPrompt(text: string) {
		this.prompt = text.slice(0, PROMPT_MAX);
		await this.loop.refreshView();
	}

	/** Times generation of a whole context, one character at a time, with and without the cache. */
	async measureKv() {
		if (this.measuring) return;
		this.measuring = true;
		try {
			await this.loop.use(async (model) => {
				const n = model.shape.context - 1;
				const run = (cache: boolean) =>
					generate(model, [0], {
						count: n,
						temperature: 1,
						seed: this.seed,
						cache,
						between: nextTask
					});
				const without = await run(false);
				const withCache = await run(true);
				let h = emptyHistory(gptWords.kvNames);
				for (let i = 0; i < n; i++)
					h = addLoss(h, { step: i + 2, values: [without.ms[i]!, withCache.ms[i]!] }, 1000);
				this.kv = h;
			});
		} finally {
			this.measuring = false;
		}
	}

	/** The model as it is now, ready to save or export; null before there is one. */
	async snapshot(): Promise<SavedGpt | null> {
		const out = await this.loop.use(async (model) =>
			toSaved(this.preset, this.seed, this.baseStep + this.loop.step, await model.weights())
		);
		return out ?? null;
	}

	async saveHere() {
		const saved = await this.snapshot();
		if (!saved) return;
		this.keepNote = (await saveOnDevice(saved))
			? gptWords.savedNote(saved.step.toLocaleString('en'))
			: loadText['no-storage'];
	}

	async loadHere() {
		const got = await loadFromDevice(this.preset);
		if (got) await this.restore(got.saved, got.weights);
		else this.keepNote = gptWords.noneSaved;
	}

	/** An imported file's text: restored when it checks out, else the message says why not. */
	async importText(text: string) {
		const read = readFile(text);
		if ('problem' in read) this.keepNote = loadText[read.problem];
		else await this.restore(read.saved, read.weights);
	}

	private async restore(saved: SavedGpt, weights: Float32Array[]) {
		this.preset = saved.preset;
		this.seed = saved.seed;
		this.layer = 0;
		this.head = 0;
		await this.retrain();
		await this.loop.use(async (model) => model.setWeights(weights));
		this.baseStep = saved.step;
		this.keepNote = gptWords.restoredNote(saved.step.toLocaleString('en'));
		await this.loop.refreshView();
	}

	protected renew() {
		this.baseStep = 0;
		this.keepNote = null;
		this.samples = [];
		this.kv = null;
		this.lastSampleStep = -1;
	}

	private async look(model: TinyGpt) {
		const step = this.loop.step;
		const emb = await model.embeddings();
		const map = pca(emb, VOCAB, model.shape.width);
		const ids = Array.from(encode(this.prompt)).slice(0, Math.min(PROMPT_MAX, model.shape.context));
		const chars = [...decode(ids)];
		const inside = ids.length ? (await model.look(ids)).inside : null;
		this.view = { atStep: step, map, chars, inside };
		if (step > 0 && step !== this.lastSampleStep) {
			this.lastSampleStep = step;
			const out = await generate(model, [0], {
				count: SAMPLE,
				temperature: 0.8,
				seed: this.seed + step,
				cache: true,
				between: nextTask
			});
			// The newest few and the very first, so the way from noise to words stays in view.
			const older = this.samples;
			const first = older.length >= SAMPLES_KEPT ? older.slice(-1) : [];
			this.samples = [
				{ step, text: decode(out.ids) },
				...older.slice(0, SAMPLES_KEPT - 1 - first.length),
				...first
			];
		}
	}
}
