// The measurement over the settings: on a fake model, its order, sizes and that the float weights
// come back; on a real tiny GPT (CPU backend, seed 1, the tiny preset's layers, heads and width
// with a context of 32, trained briefly as in model.spec.ts), the issue's expected shape: 8 bits
// within 1% of float32 perplexity, and 2 bits clearly worse (what a briefly trained model shows).
import { afterAll, describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { useBackend } from '../toys/tensor';
import { splitCorpus, VOCAB } from '../tiny-gpt/corpus';
import { parameterShapes, TinyGpt } from '../tiny-gpt/model';
import { floatModelBytes, measureSettings, quantizeWeights, type Row } from './measure';
import { quantizedBytes } from './quantize';

const shapes = [[4, 32], [32], [32, 2]];
const floats = () => [
	Float32Array.from({ length: 128 }, (_, i) => Math.sin(i) / 10),
	new Float32Array(32).fill(0.3),
	Float32Array.from({ length: 64 }, (_, i) => (i % 7) / 70)
];

describe('quantizing a model’s weights', () => {
	it('quantizes matrices, keeps vectors, and counts both', () => {
		const w = floats();
		const q = quantizeWeights(w, shapes, { bits: 4, group: 32, scale: 'float16' });
		expect(q.weights[1]).toBe(w[1]); // a vector, untouched
		expect(q.weights[0]).not.toEqual(w[0]);
		expect(q.errors).toHaveLength(128 + 64);
		const o = { bits: 4, group: 32, scale: 'float16' } as const;
		expect(q.bytes).toBe(quantizedBytes(128, o) + 32 * 4 + quantizedBytes(64, o));
		expect(floatModelBytes(shapes)).toBe((128 + 32 + 64) * 4);
	});

	it('measures float32 then 8, 4, 3, 2 bits, and puts the float weights back', async () => {
		const w = floats();
		let current: Float32Array[] = w;
		const model = {
			setWeights: (v: Float32Array[]) => (current = v),
			// The loss grows with the distance from the float weights.
			heldOutLoss: () =>
				1 +
				current.reduce((s, t, i) => s + t.reduce((a, x, j) => a + Math.abs(x - w[i]![j]!), 0), 0),
			sample: async () => `${current[0]![0]}`
		};
		const rows: Row[] = [];
		const done = await measureSettings(model, w, shapes, {
			group: 32,
			scale: 'float16',
			onRow: (r, e) => {
				rows.push(r);
				expect(e === null).toBe(r.bits === null);
			}
		});
		expect(done).toBe(true);
		expect(rows.map((r) => r.bits)).toEqual([null, 8, 4, 3, 2]);
		expect(rows[0]!.loss).toBe(1);
		expect(rows[0]!.perplexity).toBeCloseTo(Math.E, 10);
		for (let i = 1; i < rows.length; i++) {
			expect(rows[i]!.loss).toBeGreaterThan(rows[i - 1]!.loss);
			expect(rows[i]!.bytes).toBeLessThan(rows[i - 1]!.bytes);
		}
		expect(current).toBe(w);
	});

	it('stops between settings when asked, and still puts the float weights back', async () => {
		const w = floats();
		let current: Float32Array[] = w;
		let rows = 0;
		const done = await measureSettings(
			{ setWeights: (v) => (current = v), heldOutLoss: () => 1, sample: async () => '' },
			w,
			shapes,
			{ group: 32, scale: 'float32', onRow: () => rows++, stopped: () => rows >= 2 }
		);
		expect(done).toBe(false);
		expect(rows).toBe(2);
		expect(current).toBe(w);
	});
});

describe('a trained tiny GPT, quantized (CPU backend, seed 1)', () => {
	let model: TinyGpt | undefined;
	afterAll(() => model?.dispose());

	it('keeps its perplexity within 1% at 8 bits and loses clearly at 2 bits', async () => {
		expect((await useBackend('cpu')).name).toBe('cpu');
		const shape = { layers: 1, heads: 2, width: 32, context: 32, batch: 4, learningRate: 1e-2 };
		model = new TinyGpt(splitCorpus(trainingParagraphs()), { ...shape, seed: 1, vocab: VOCAB });
		for (let i = 0; i < 60; i++) model.trainStep().dispose();
		const m = model;
		const float = await m.weights();
		const rows: Row[] = [];
		await measureSettings(
			{
				setWeights: (v) => m.setWeights(v),
				heldOutLoss: () => m.heldOutLoss(),
				sample: async () => ''
			},
			float,
			parameterShapes({ ...shape, vocab: VOCAB }).map(([, s]) => s),
			{ group: 32, scale: 'float16', onRow: (r) => rows.push(r) }
		);
		const ppl = rows.map((r) => r.perplexity);
		console.log(
			`tiny GPT quantized, perplexity: ${rows.map((r) => `${r.bits ?? 32} bits ${r.perplexity.toFixed(3)} (${r.bytes} B)`).join(', ')}`
		);
		expect(Math.abs(ppl[1]! / ppl[0]! - 1)).toBeLessThan(0.01);
		// Measured (60 steps, little learned yet): float32 15.12, 8 bits 15.12, 4 bits 15.02, 3 bits
		// 15.19, 2 bits 17.12. At this stage rounding noise moves 4 and 3 bits by under 1% either
		// way, so the fall is checked where this model shows it: 2 bits clearly worst, and no
		// setting better than float32 by more than 1%. (Trained for 300 steps in the page, the same
		// measurement gave +0.02%, +0.6%, +5.5% and +49% at 8, 4, 3 and 2 bits.)
		expect(ppl[4]).toBeGreaterThan(ppl[0]! * 1.1);
		expect(ppl[4]).toBe(Math.max(...ppl));
		for (const p of ppl) expect(p).toBeGreaterThan(ppl[0]! * 0.99);
		// The weights came back: the loss is the float model's again.
		expect(m.heldOutLoss()).toBeCloseTo(rows[0]!.loss, 5);
	}, 120_000);
});
