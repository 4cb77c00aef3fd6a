// The scaling-law lab's labels and captions, kept as data rather than in its markup so the
// own-words spec (labs/ownWords.spec.ts) checks them; its longer notes are in ../notes.ts.
const percent = (f: number) => `${+(f * 100).toPrecision(3)}%`;
const n = (v: number) => v.toLocaleString('en');

/** What the status line reads from a run (ScalingRun's public state). */
interface RunView {
	phase: 'idle' | 'running' | 'stopped' | 'failed' | 'done';
	current: number;
	total: number;
	seed: number;
	computeMs: number;
	points: readonly unknown[];
	error: string | null;
	heldOut: { paragraphs: number; tokens: number; vocabulary: number } | null;
}

export const scalingWords = {
	percent,
	n,
	/** The run's state in one sentence, then what was held out. */
	status(run: RunView, fractions: readonly number[]): string {
		const at = Math.max(run.current, 0);
		const state = {
			idle: `Press the button to train the model ${fractions.length} times, on ${fractions.map(percent).join(', ')} of the training text.`,
			running: `Training on ${percent(fractions[at] ?? 0)} of the text (${at + 1} of ${run.total})…`,
			stopped: `Stopped after ${run.points.length} of ${run.total} sizes.`,
			failed: `Training failed: ${run.error}`,
			done: `Done: ${run.total} sizes, seed ${run.seed}, ${run.computeMs.toFixed(0)} ms of training and measuring (the pauses between sizes are only there so you can watch).`
		}[run.phase];
		const held = run.heldOut
			? ` Held out: ${run.heldOut.paragraphs} paragraphs, ${n(run.heldOut.tokens)} tokens; vocabulary of the even guess: ${n(run.heldOut.vocabulary)} words.`
			: '';
		return state + held;
	},
	/** The fitted line in words: its formula is laid out in markup, this is the sentence after it. */
	fitted: (a: number, r2: number, b: number) => ({
		lead: `Fitted: perplexity ≈ ${Math.round(a).toLocaleString('en')} × N`,
		rest: `, R² = ${r2.toFixed(3)}. Ten times more text divides the perplexity by ${(10 ** -b).toFixed(1)}.`
	}),
	heading: 'Try it: measure a scaling law',
	run: (sizes: number) => `Train ${sizes} sizes`,
	caption: 'Every measured size',
	none: 'No sizes trained yet.',
	published: 'Published results',
	xAxis: 'training tokens (log scale)',
	yAxis: 'held-out perplexity (log)',
	measured: 'measured ·',
	fittedLine: 'fitted power law.'
};
