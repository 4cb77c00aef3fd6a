// The VAE experiment's state: the glyph set, β, the training loop and the latest views of the
// model (where the training glyphs land in the 2-D latent space, a grid of decoded images across
// that plane, and an interpolation between two chosen glyphs). The component binds controls and
// draws. β applies to the running model at its next step; the seed resets training to step 0.
import { seededRng } from '../random';
import { ToyLab } from '../toyLab.svelte';
import { glyphNames, makeGlyphs, PIXELS, type GlyphSet } from './glyphs';
import { interpolate, Vae } from './model';

export const betas = [0.1, 0.5, 1, 2, 4];
/** The latent map and the decoded grid span [-EXTENT, EXTENT]² (the prior's ±2.5 σ). */
export const EXTENT = 2.5;
export const GRID = 7;
/** Interpolation frames, both ends included. */
export const FRAMES = 11;
const TRAIN = 600;
const SHOWN = 200;

export function makeVaeData(seed: number): GlyphSet {
	return makeGlyphs(TRAIN, seededRng(seed * 7919 + 1));
}

/** The decoder inputs of the grid, top row first (y falls as rows go down, like the map). */
export function gridPoints(): Float32Array {
	const out = new Float32Array(GRID * GRID * 2);
	for (let r = 0; r < GRID; r++)
		for (let c = 0; c < GRID; c++) {
			const i = r * GRID + c;
			out[2 * i] = -EXTENT + (c * 2 * EXTENT) / (GRID - 1);
			out[2 * i + 1] = EXTENT - (r * 2 * EXTENT) / (GRID - 1);
		}
	return out;
}

export interface VaeView {
	atStep: number;
	/** Latent means of the shown glyphs, [x0, y0, …]; their classes are data.labels. */
	latent: Float32Array;
	grid: Float32Array;
	frames: Float32Array;
}

export class VaeLab extends ToyLab<Vae, VaeView> {
	beta = $state(1);
	/** Interpolation ends: classes; the first glyph of each class is used. */
	from = $state(0);
	to = $state(1);
	/** Interpolation frame shown, 0 … FRAMES − 1. */
	at = $state(5);
	data = $state.raw<GlyphSet>(makeVaeData(1));

	constructor(init: { seed: number; beta: number }) {
		super(init.seed, {
			lossNames: ['reconstruction', 'KL'],
			build: () => new Vae(this.data, { seed: this.seed, beta: this.beta }),
			view: (model) => this.look(model),
			viewEveryMs: 500
		});
		this.beta = init.beta;
		this.data = makeVaeData(init.seed);
	}

	shownLabels = $derived(this.data.labels.subarray(0, SHOWN));

	/** The latent map in words: where each letter's glyphs sit on average. */
	mapText = $derived.by(() => {
		const v = this.view;
		if (!v)
			return `Latent map: nothing encoded yet. Train to place the ${SHOWN} glyphs (${glyphNames.join(', ')}) in the 2-D latent space.`;
		const where = glyphNames.map((name, c) => {
			let x = 0;
			let y = 0;
			let n = 0;
			for (let i = 0; i < SHOWN; i++)
				if (this.shownLabels[i] === c) {
					x += v.latent[2 * i]!;
					y += v.latent[2 * i + 1]!;
					n++;
				}
			return `${name} around (${(x / n).toFixed(1)}, ${(y / n).toFixed(1)})`;
		});
		return `Latent map after ${v.atStep.toLocaleString('en')} training steps: ${SHOWN} training glyphs, each drawn as its letter at its code; ${where.join(', ')}.`;
	});

	gridText = $derived(
		this.view
			? `Decoded images after ${this.view.atStep.toLocaleString('en')} training steps: a ${GRID} × ${GRID} grid of latent points from −${EXTENT} to ${EXTENT} on each axis, turned into glyphs by the decoder; neighbouring cells change gradually.`
			: 'Decoded grid: nothing decoded yet.'
	);

	interpolationText = $derived(
		this.view
			? `Interpolation: the decoded image ${Math.round((this.at / (FRAMES - 1)) * 100)}% of the way from the code of a letter ${glyphNames[this.from]} to that of a letter ${glyphNames[this.to]}.`
			: 'Interpolation: nothing decoded yet.'
	);

	/** β changes the loss of the running model from its next step on. */
	setBeta(beta: number) {
		if (!Number.isFinite(beta) || beta <= 0) return;
		this.beta = beta;
		if (this.loop.model) this.loop.model.beta = beta;
	}

	/** New interpolation ends: decode again without training. */
	async setEnds(from: number, to: number) {
		this.from = from;
		this.to = to;
		await this.loop.refreshView();
	}

	protected renew() {
		this.data = makeVaeData(this.seed);
	}

	private async look(model: Vae) {
		const shown = this.data.images.subarray(0, SHOWN * PIXELS);
		const latent = await model.encode(shown);
		const grid = await model.decode(gridPoints());
		// The first glyph of class c is at index c (classes come in turn).
		const a: [number, number] = [latent[2 * this.from]!, latent[2 * this.from + 1]!];
		const b: [number, number] = [latent[2 * this.to]!, latent[2 * this.to + 1]!];
		const frames = await model.decode(interpolate(a, b, FRAMES));
		this.view = { atStep: this.loop.step, latent, grid, frames };
	}
}
