// The GAN experiment's state: the data, the two sides' settings, the training loop and the
// latest view of the model (generated points, the discriminator's surface, how far the points
// are from the data and how many blobs they cover). The component binds controls to it and draws
// what it holds. Learning rates and steps per side apply to the running model at its next step
// (a GAN is tuned while it trains); data and seed reset training to step 0.
import { slicedWasserstein } from '../metrics';
import { seededRng } from '../random';
import { ToyLab } from '../toyLab.svelte';
import { modeCoverage, sampleModes, type GanDataName } from './data';
import { Gan, type GanSettings } from './model';

export type GanPresetName = 'converge' | 'collapse';

interface Preset extends GanSettings {
	label: string;
	data: GanDataName;
}

/**
 * Two rehearsed runs. Converge: both sides learn at the same pace and the generator spreads over
 * the blobs. Collapse: the discriminator learns five times slower and the generator moves three
 * times per discriminator update, so the generator keeps jumping to wherever the discriminator
 * currently says "real" and covers few blobs (model.spec.ts measures both).
 */
export const presets: Record<GanPresetName, Preset> = {
	converge: {
		label: 'Balanced: converges',
		data: 'ring',
		lrG: 5e-3,
		lrD: 5e-3,
		gSteps: 1,
		dSteps: 2
	},
	collapse: {
		label: 'Generator too fast: mode collapse',
		data: 'ring',
		lrG: 5e-3,
		lrD: 1e-3,
		gSteps: 3,
		dSteps: 1
	}
};

export const learningRates = [1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 1e-2];
const SHOWN = 400;
const TRAIN_POINTS = 1000;
/** The discriminator's surface is sampled on RES × RES cells. */
export const RES = 40;

export function makeRealData(name: GanDataName, seed: number): Float32Array {
	return sampleModes(name, TRAIN_POINTS, seededRng(seed * 7919 + 1));
}

export interface GanView {
	atStep: number;
	fake: Float32Array;
	/** D's probability "real", RES × RES, rows from the top. */
	surface: Float32Array;
	distance: number;
	covered: number;
	modes: number;
	/** Mean D on the shown real points and on the generated ones. */
	dReal: number;
	dFake: number;
}

export class GanLab extends ToyLab<Gan, GanView> {
	preset = $state<GanPresetName | 'custom'>('converge');
	data = $state<GanDataName>('ring');
	settings = $state<GanSettings>({ lrG: 5e-3, lrD: 5e-3, gSteps: 1, dSteps: 2 });

	real = $state.raw<Float32Array>(makeRealData('ring', 1));
	/** The real points on show (the first SHOWN). */
	shownReal = $derived(this.real.subarray(0, SHOWN * 2));

	constructor(init: { preset: GanPresetName; seed: number }) {
		super(init.seed, {
			lossNames: ['discriminator', 'generator'],
			build: () => new Gan(this.real, { ...this.settings, seed: this.seed }),
			view: (model) => this.look(model),
			viewEveryMs: 300
		});
		this.applyPreset(init.preset);
		this.real = makeRealData(this.data, this.seed);
	}

	/** What the canvas shows, in words (its text alternative). */
	sceneText = $derived.by(() => {
		const v = this.view;
		const blobs = this.data === 'line' ? 'two blobs' : `${this.modeCount} blobs`;
		if (!v)
			return `The real data: ${SHOWN} points (dots) in ${blobs}. Nothing generated yet: train to see the generator's points and the discriminator's judgement.`;
		return (
			`After ${v.atStep.toLocaleString('en')} training step${v.atStep === 1 ? '' : 's'}: ${SHOWN} real points (dots) and ${SHOWN} generated points (crosses). ` +
			`The generated points cover ${v.covered} of ${v.modes} blobs; distance to the real data (sliced Wasserstein) ${v.distance.toFixed(3)}. ` +
			`Background shading is the discriminator's belief that a point there is real (darker: more real); ` +
			`it gives real points ${pct(v.dReal)} and generated points ${pct(v.dFake)} on average` +
			(Math.abs(v.dReal - v.dFake) < 0.1 ? ', close to the 50% of an equilibrium.' : '.')
		);
	});

	private get modeCount() {
		return this.data === 'ring' ? 8 : this.data === 'grid' ? 9 : 2;
	}

	private applyPreset(name: GanPresetName) {
		const { data, lrG, lrD, gSteps, dSteps } = presets[name];
		this.preset = name;
		this.data = data;
		this.settings = { lrG, lrD, gSteps, dSteps };
	}

	/** A preset sets data and both sides' settings and starts again from step 0. */
	setPreset(name: GanPresetName) {
		this.applyPreset(name);
		void this.retrain();
	}

	setData(name: GanDataName) {
		this.data = name;
		this.preset = 'custom';
		void this.retrain();
	}

	/** One setting changed: the running model follows at its next step. */
	setSetting<K extends keyof GanSettings>(key: K, value: number) {
		if (!Number.isFinite(value) || value <= 0) return;
		const v =
			key === 'gSteps' || key === 'dSteps' ? Math.min(5, Math.max(1, Math.round(value))) : value;
		this.settings = { ...this.settings, [key]: v };
		this.preset = 'custom';
		this.loop.model?.setSettings($state.snapshot(this.settings));
	}

	protected renew() {
		this.real = makeRealData(this.data, this.seed);
	}

	private async look(model: Gan) {
		const real = this.shownReal;
		const fake = await model.sample(SHOWN, this.seed + 101);
		const surface = await model.decision(RES);
		const scores = await model.score(real, fake);
		const cov = modeCoverage(fake, this.data);
		this.view = {
			atStep: this.loop.step,
			fake,
			surface,
			distance: slicedWasserstein(fake, real),
			covered: cov.covered,
			modes: cov.modes,
			dReal: scores.real,
			dFake: scores.fake
		};
	}
}

const pct = (p: number) => `${Math.round(p * 100)}%`;
