// The model quiz as the page sees it: the batch of ten questions on the chosen engine (RunQueue),
// the score of what came back so far, and the results of every engine measured on this device,
// loaded once and updated when a run finishes. A stopped or failed run is shown but not kept: a
// partial score would sit on the chart as if it were a measurement.
import { trainingParagraphs } from '$lib/concepts';
import { trainTrigram } from '$lib/engine/builtin/ngram';
import type { Engine, EngineInfo } from '$lib/engine/types';
import { RunQueue } from '../../kit/runQueue.svelte';
import { modelStore } from '$lib/models/modelStore.svelte';
import { quiz } from './questions';
import { quizItems, scoreQuiz, tokensPerSecond, type QuizRecord } from './quiz';
import type { SkippedRecord } from '$lib/storage/records';
import { clearQuizResults, loadQuizResults, saveQuizResult } from './results';

let builtinTrigrams: number | undefined;

/**
 * Where an engine sits on the size axis: a neural model's weights from the catalogue, unknown
 * (null) for a model added by address; the built-in model's distinct trigrams, counted the way
 * its worker trains (a few milliseconds, once per visit).
 */
export function sizeOf(info: EngineInfo): Pick<QuizRecord, 'size' | 'sizeKind'> {
	// The ELIZA-style rules have neither weights nor counts: no size, so no point on the chart.
	if (info.capabilities.rules) return { size: null, sizeKind: 'weights' };
	if (info.kind === 'builtin') {
		builtinTrigrams ??= trainTrigram(trainingParagraphs()).stats.trigrams;
		return { size: builtinTrigrams, sizeKind: 'trigrams' };
	}
	const params = modelStore.get(info.id)?.params;
	return { size: params && params > 0 ? params : null, sizeKind: 'weights' };
}

export class QuizLab {
	batch = new RunQueue();
	results = $state.raw<QuizRecord[]>([]);
	/** Stored results that could not be read (damaged, or a second entry for one engine). */
	unread = $state.raw<SkippedRecord[]>([]);
	/** The engine and seed of the run on screen. */
	ranOn = $state.raw<{ label: string; seed: number } | null>(null);
	/** The device would not keep the last result (private mode, storage blocked). */
	saveFailed = $state(false);
	/** While the quiz goes through every engine: which one of how many. */
	tour = $state.raw<{ index: number; total: number } | null>(null);
	/** Engines the tour could not measure, with the reason (a model this GPU cannot load, say). */
	skipped = $state.raw<{ label: string; reason: string }[]>([]);
	private touring: object | undefined;
	scored = $derived(
		scoreQuiz(
			quiz,
			this.batch.outcomes.map((o) => o.text)
		)
	);

	async open(): Promise<void> {
		const { records, skipped } = await loadQuizResults();
		// A run that finished while the store was read wins over its older stored copy.
		const fresh = this.results.map((r) => r.engineId);
		this.results = [...records.filter((r) => !fresh.includes(r.engineId)), ...this.results];
		this.unread = skipped;
	}

	async run(engine: Engine, seed: number): Promise<void> {
		const info = engine.info;
		this.ranOn = { label: info.label, seed };
		this.saveFailed = false;
		const outcomes = await this.batch.start(engine, quizItems(quiz, seed));
		if (!outcomes || this.batch.phase !== 'done') return;
		const score = scoreQuiz(
			quiz,
			outcomes.map((o) => o.text)
		);
		const record: QuizRecord = {
			engineId: info.id,
			label: info.label,
			...sizeOf(info),
			correct: score.correct,
			total: score.total,
			tokensPerSecond: tokensPerSecond(outcomes.flatMap((o) => (o.result ? [o.result.usage] : []))),
			seed,
			at: Date.now()
		};
		this.results = [...this.results.filter((r) => r.engineId !== info.id), record];
		this.saveFailed = !(await saveQuizResult(record));
	}

	/**
	 * The quiz on each engine in turn, with the same seed: one point per model on the charts in one
	 * click. Each engine loads when its turn comes (the worker keeps one chat model on the GPU, so
	 * the one before is unloaded). An engine that fails is skipped with its reason; Stop ends the
	 * tour. Resolves when the last engine is done.
	 */
	async runAll(engines: { label: string; engine: Engine }[], seed: number): Promise<void> {
		const tour = {};
		this.touring = tour;
		this.skipped = [];
		for (const [index, { label, engine }] of engines.entries()) {
			if (this.touring !== tour) return;
			this.tour = { index, total: engines.length };
			await this.run(engine, seed);
			if (this.touring !== tour || this.batch.phase === 'stopped') break;
			if (this.batch.phase === 'failed')
				this.skipped = [
					...this.skipped,
					{ label, reason: this.batch.error?.message ?? 'it failed' }
				];
		}
		if (this.touring === tour) {
			this.tour = null;
			this.touring = undefined;
		}
	}

	/** A batch or a tour across engines is under way (the lab frame shows Stop meanwhile). */
	get busy(): boolean {
		return this.batch.busy || !!this.tour;
	}

	stop(): void {
		this.touring = undefined;
		this.tour = null;
		this.batch.stop();
	}

	async forget(): Promise<void> {
		await clearQuizResults();
		this.results = [];
		this.unread = [];
	}
}
