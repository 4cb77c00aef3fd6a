// One fine-tuning comparison as the page sees it: train the base and the adapted model once each
// and measure them (finetune.ts), let both continue the same start with the same seed
// (continueText.ts, what the built-in engine would write), then reveal the two continuations a
// token at a time, side by side. Training happens here in the page, not in the app's engine
// worker, so the engine chosen in the header and its model stay untouched. It runs inside a task
// after a pause, so the Stop button and the progress line are drawn before the page is busy for
// the fraction of a second it takes.
import type { NgramModel } from '$lib/engine/builtin/ngram';
import type { CorpusSplit } from '../corpus';
import { continueText } from './continueText';
import {
	compareModels,
	continuation,
	trainPair,
	type Comparison,
	type TextSplit
} from './finetune';

export type FineTunePhase = 'idle' | 'training' | 'generating' | 'done' | 'stopped' | 'failed';

export interface FineTuneInput {
	/** The concept paragraphs: the base model's training part and those kept aside. */
	base: CorpusSplit;
	split: TextSplit;
	passes: number;
	start: string;
	seed: number;
}

/** Between tokens: the two continuations visibly stream side by side, as an engine's would. */
const TOKEN_MS = 15;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class FineTuneRun {
	phase = $state<FineTunePhase>('idle');
	comparison = $state.raw<Comparison | null>(null);
	/** What the last run used, shown with its results. */
	ran = $state.raw<Omit<FineTuneInput, 'base'> | null>(null);
	error = $state<string | null>(null);
	/** Both continuations in full (computed at once), and how many tokens are on screen. */
	private written = $state.raw<{ before: string[]; after: string[] } | null>(null);
	private shown = $state(0);
	/** Each side's text so far; null before anything was written. */
	before = $derived(this.written ? this.written.before.slice(0, this.shown).join('') : null);
	after = $derived(this.written ? this.written.after.slice(0, this.shown).join('') : null);
	busy = $derived(this.phase === 'training' || this.phase === 'generating');

	private token = 0;

	async start(input: FineTuneInput): Promise<void> {
		const mine = ++this.token;
		const { base, ...ran } = input;
		this.ran = ran;
		this.comparison = null;
		this.written = null;
		this.shown = 0;
		this.error = null;
		this.phase = 'training';
		await pause(0);
		if (mine !== this.token) return;
		let written: { before: string[]; after: string[] };
		try {
			const models = trainPair(base.train, input.split.adapt, input.passes);
			this.comparison = compareModels(models, base, input.split);
			const write = (model: NgramModel) =>
				continueText(model, input.start, continuation, input.seed).pieces;
			written = { before: write(models.before), after: write(models.after) };
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.phase = 'failed';
			return;
		}
		this.written = written;
		this.phase = 'generating';
		for (let i = 1; i <= Math.max(written.before.length, written.after.length); i++) {
			await pause(TOKEN_MS);
			if (mine !== this.token) return;
			this.shown = i;
		}
		this.phase = 'done';
	}

	/** Stops where it is: the continuations stay as far as they were shown. */
	stop(): void {
		if (!this.busy) return;
		this.token++;
		this.phase = 'stopped';
	}

	reset(): void {
		this.token++;
		this.comparison = null;
		this.written = null;
		this.shown = 0;
		this.ran = null;
		this.error = null;
		this.phase = 'idle';
	}
}
