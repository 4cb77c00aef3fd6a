// The diffusion experiment's state: which data, the training loop, the last generated run and
// where the scrubber is. The component only binds controls to it and draws what it holds.
// Changing the data or the seed resets training (handlers call the methods here, no effect
// copies state). Sampling yields a frame between sampler steps, so a 100-step reverse process
// on the CPU backend (about 10 ms a step) never blocks the page for long.
import { slicedWasserstein } from '../metrics';
import { normals, seededRng } from '../random';
import { ToyLab } from '../toyLab.svelte';
import { Denoiser, NO_CLASS, type DiffusionData } from './model';
import { linearSchedule, noised, T } from './noise';
import { samplePolylines, sampleShape, shapeLabels, type Point, type ShapeName } from './shapes';

export type DataChoice = ShapeName | 'two' | 'drawn';
export type ViewMode = 'forward' | 'reverse';

export const dataLabels: Record<DataChoice, string> = {
	...shapeLabels,
	two: 'Spiral and moons, as two classes'
};
export const classLabels = ['Spiral', 'Two moons', 'No class'];
const SHOWN = 400;
const TRAIN_POINTS = 1000;
/** Fewer drawn points than this make no shape worth learning. */
export const MIN_DRAWN = 20;

export function makeData(choice: DataChoice, drawn: Point[][], seed: number): DiffusionData {
	const rng = seededRng(seed * 7919 + 1);
	if (choice === 'two') {
		const points = new Float32Array(TRAIN_POINTS * 4);
		points.set(sampleShape('spiral', TRAIN_POINTS, rng));
		points.set(sampleShape('moons', TRAIN_POINTS, rng), TRAIN_POINTS * 2);
		const labels = Uint8Array.from({ length: TRAIN_POINTS * 2 }, (_, i) =>
			i < TRAIN_POINTS ? 0 : 1
		);
		return { points, labels };
	}
	const points =
		choice === 'drawn'
			? samplePolylines(drawn, TRAIN_POINTS, rng, 0.02)
			: sampleShape(choice, TRAIN_POINTS, rng);
	return { points, labels: new Uint8Array(TRAIN_POINTS) };
}

interface Generated {
	timesteps: number[];
	frames: Float32Array[];
	cls: number;
	guidance: number;
	atStep: number;
	/** Sliced Wasserstein distance to the data: of the start noise, of the result. */
	noiseDistance: number;
	distance: number;
}

export class DiffusionLab extends ToyLab<Denoiser, Generated> {
	choice = $state<DataChoice>('spiral');
	strokes = $state.raw<Point[][]>([]);
	samplerSteps = $state(25);
	cls = $state(0);
	guidance = $state(2);
	mode = $state<ViewMode>('reverse');
	/** Forward: the timestep shown (−1 = data). Reverse: the sampler step shown. */
	scrub = $state(0);
	generating = $state(false);

	data = $state.raw<DiffusionData>(makeData('spiral', [], 1));
	twoClasses = $derived(this.choice === 'two');
	tooFewStrokes = $derived(
		this.choice === 'drawn' && this.strokes.reduce((n, s) => n + s.length, 0) < MIN_DRAWN
	);

	private schedule = linearSchedule();
	private forwardNoise: Float32Array;

	constructor(init: { choice: DataChoice; seed: number; samplerSteps: number }) {
		super(init.seed, {
			lossNames: ['noise prediction error'],
			build: () => new Denoiser(this.data, { seed: this.seed }),
			// While training, the views show a fresh run of the sampler now and then.
			// Not over a run the visitor asked for: Generate plays it to its end first.
			view: async (model) => {
				const run = await this.sample(model, nextFrame);
				if (!this.generating) this.show(run, false);
			},
			viewEveryMs: 3000
		});
		this.choice = init.choice;
		this.samplerSteps = init.samplerSteps;
		this.data = makeData(init.choice, [], init.seed);
		this.forwardNoise = normals(seededRng(init.seed + 17), SHOWN * 2);
	}

	/** The data points on show (the first SHOWN of each class). */
	shownData = $derived.by(() => {
		const n = this.data.labels.length;
		const per = this.twoClasses ? SHOWN / 2 : SHOWN;
		const out = new Float32Array(Math.min(n, this.twoClasses ? SHOWN : per) * 2);
		const labels = new Uint8Array(out.length / 2);
		let k = 0;
		const taken = [0, 0];
		for (let i = 0; i < n && k < labels.length; i++) {
			const c = this.data.labels[i]!;
			if (taken[c]! >= per) continue;
			taken[c]!++;
			out[2 * k] = this.data.points[2 * i]!;
			out[2 * k + 1] = this.data.points[2 * i + 1]!;
			labels[k++] = c;
		}
		return { points: out, labels };
	});

	/** The points the canvas shows now, and what they are, for the canvas and its text. */
	scene = $derived.by(() => {
		if (this.mode === 'forward') {
			const t = Math.min(T - 1, this.scrub);
			const { points, labels } = this.shownData;
			const pts = noised(points, this.forwardNoise.subarray(0, points.length), t, this.schedule);
			const left = t < 0 ? 1 : Math.sqrt(this.schedule.alphaBar[t]!);
			return {
				points: pts,
				labels,
				text:
					t < 0
						? `The ${points.length / 2} training points, no noise added.`
						: `Forward process: the training points at timestep ${t + 1} of ${T}; ${Math.round(left * 100)}% of the original position is left, the rest is noise.`
			};
		}
		const g = this.view;
		if (!g) return { points: new Float32Array(), labels: null, text: 'Nothing generated yet.' };
		const k = Math.min(g.frames.length - 1, Math.max(0, this.scrub));
		const last = k === g.frames.length - 1;
		const what = this.twoClasses
			? `, ${g.cls === NO_CLASS ? 'no class' : `class ${classLabels[g.cls]}`}, guidance ${g.guidance}`
			: '';
		return {
			points: g.frames[k]!,
			labels: null,
			text:
				`Reverse process after ${g.atStep.toLocaleString('en')} training steps${what}: ${g.frames[k]!.length / 2} points, sampler step ${k} of ${g.frames.length - 1}` +
				(k === 0
					? ' (pure noise).'
					: last
						? `, finished. Distance to the data (sliced Wasserstein) ${g.distance.toFixed(3)}, against ${g.noiseDistance.toFixed(3)} for the starting noise.`
						: '.')
		};
	});

	scrubMax = $derived(
		this.mode === 'forward' ? T - 1 : Math.max(0, (this.view?.frames.length ?? 1) - 1)
	);

	setData(choice: DataChoice) {
		this.choice = choice;
		void this.retrain();
	}

	addStroke(stroke: Point[]) {
		if (stroke.length < 2) return;
		this.strokes = [...this.strokes, stroke];
	}

	clearDrawing() {
		this.strokes = [];
	}

	/** A drawing with too few points makes no data: training waits for more. */
	override async retrain() {
		if (!this.tooFewStrokes) await super.retrain();
	}

	/** New data from the current choice (and drawing) and noise for the forward view. */
	protected renew() {
		this.data = makeData(this.choice, this.strokes, this.seed);
		this.forwardNoise = normals(seededRng(this.seed + 17), SHOWN * 2);
		if (!this.twoClasses) this.cls = 0;
		this.scrub = 0;
	}

	/**
	 * Runs the reverse process on the current model and shows it: played from pure noise to its
	 * end, or (`play: false`, reduced motion) at its end at once. A played run opens on its first
	 * frame: showing the finished frame first and then jumping back to the noise flashed the
	 * result, and its longer caption reflowed the controls under a visitor's pointer (a browser
	 * test's click on "Forward" missed under load).
	 */
	async generate({
		play = false,
		onFrame = nextFrame
	}: { play?: boolean; onFrame?: () => Promise<void> } = {}) {
		if (this.generating) return;
		this.generating = true;
		this.mode = 'reverse';
		try {
			const run = await this.loop.use((model) => this.sample(model, onFrame));
			if (!run) return;
			this.show(run, play);
			// Generate stays disabled while the run plays: "finished" then means this run.
			if (play) await this.animate();
		} finally {
			this.generating = false;
		}
	}

	private show(run: Generated, play: boolean) {
		this.view = run;
		if (this.mode === 'reverse') this.scrub = play ? 0 : run.frames.length - 1;
	}

	private async sample(model: Denoiser, onFrame: () => Promise<void>): Promise<Generated> {
		const cls = this.twoClasses ? this.cls : 0;
		const run = await model.sample(
			{
				count: SHOWN,
				steps: Number.isFinite(this.samplerSteps)
					? Math.min(100, Math.max(1, Math.round(this.samplerSteps)))
					: 25,
				cls,
				guidance: this.twoClasses ? this.guidance : 1,
				seed: this.seed + 101
			},
			onFrame
		);
		const target = this.shownData.points;
		return {
			...run,
			cls,
			guidance: this.twoClasses ? this.guidance : 1,
			atStep: this.loop.step,
			noiseDistance: slicedWasserstein(run.frames[0]!, target),
			distance: slicedWasserstein(run.frames.at(-1)!, target)
		};
	}

	/** Forward starts at the data, reverse at the end of the last run. */
	showMode(mode: ViewMode) {
		this.mode = mode;
		this.scrub = mode === 'forward' ? 0 : this.scrubMax;
	}

	/** Plays the scrubber through the reverse process (not with reduced motion: the page steps). */
	async animate() {
		const g = this.view;
		// Not when the visitor switched to the forward view as the run ended: it played over
		// their choice and flipped the view back (a browser test caught it under load).
		if (!g || this.mode !== 'reverse') return;
		for (let k = 0; k < g.frames.length; k++) {
			// A new run, or the visitor switched to the forward view: the playback is over.
			if (this.view !== g || this.mode !== 'reverse') return;
			this.scrub = k;
			await delay(Math.max(16, 1500 / g.frames.length));
		}
	}
}

const nextFrame = () =>
	new Promise<void>((resolve) =>
		typeof requestAnimationFrame === 'function'
			? requestAnimationFrame(() => resolve())
			: setTimeout(resolve, 0)
	);
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
