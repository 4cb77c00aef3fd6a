// One fine-tuning comparison as the page sees it: measure both models (finetune.ts), then let
// each continue the same start with the same seed, streamed side by side. Each side is a
// BuiltinEngine built here in the page on its own training text (the base paragraphs, or those
// plus the visitor's text repeated), so the app's engine worker and its model stay untouched.
// Training happens inside a task after a pause, so the Stop button and the progress line are
// drawn before the page is busy for the few milliseconds it takes.
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import type { GenerateRequest } from '$lib/engine/types';
import { GenerationRun } from '$lib/demos/generationRun.svelte';
import { adaptedCorpus, compareModels, type Comparison, type TextSplit } from './finetune';

export type FineTunePhase = 'idle' | 'training' | 'generating' | 'done' | 'stopped' | 'failed';

/** The sampling settings both continuations share; only the training text differs. */
export const continuation = { temperature: 0.8, topK: 40, topP: 0.95, maxTokens: 40 };

export interface FineTuneInput {
	base: { train: string[]; heldOut: string[] };
	split: TextSplit;
	passes: number;
	start: string;
	seed: number;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export class FineTuneRun {
	phase = $state<FineTunePhase>('idle');
	comparison = $state.raw<Comparison | null>(null);
	/** What the last run used, shown with its results. */
	ran = $state.raw<Omit<FineTuneInput, 'base'> | null>(null);
	error = $state<string | null>(null);
	// Replaced by Reset, so the page forgets the old continuations.
	before = $state.raw(new GenerationRun());
	after = $state.raw(new GenerationRun());
	busy = $derived(this.phase === 'training' || this.phase === 'generating');

	private token = 0;

	request(start: string, seed: number): GenerateRequest {
		return { messages: [{ role: 'user', content: start }], ...continuation, seed };
	}

	async start(input: FineTuneInput): Promise<void> {
		this.stop();
		const mine = ++this.token;
		const { base, ...ran } = input;
		this.ran = ran;
		this.comparison = null;
		this.error = null;
		this.phase = 'training';
		await nextTask();
		if (mine !== this.token) return;
		try {
			this.comparison = compareModels(base, input.split, input.passes);
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.phase = 'failed';
			return;
		}
		this.phase = 'generating';
		const adapted = adaptedCorpus(base.train, input.split.adapt, input.passes);
		// A short pause between words, so the two continuations visibly stream side by side.
		const engine = (corpus: string[]) =>
			new BuiltinEngine({ corpus: async () => corpus, tokenDelayMs: 15 });
		const request = this.request(input.start, input.seed);
		await Promise.all([
			this.before.start(engine(base.train), request),
			this.after.start(engine(adapted), request)
		]);
		if (mine !== this.token) return;
		const failed = this.before.error ?? this.after.error;
		if (failed) {
			this.error = failed.message;
			this.phase = 'failed';
		} else if (this.before.phase === 'stopped' || this.after.phase === 'stopped') {
			this.phase = 'stopped';
		} else this.phase = 'done';
	}

	stop(): void {
		this.before.stop();
		this.after.stop();
		if (this.phase === 'training') {
			this.token++;
			this.phase = 'stopped';
		}
	}

	reset(): void {
		this.stop();
		this.token++;
		this.comparison = null;
		this.ran = null;
		this.error = null;
		this.phase = 'idle';
		this.before = new GenerationRun();
		this.after = new GenerationRun();
	}
}
