// The tiny GPT on the CPU backend with a fixed seed: it learns, its attention is causal, cached
// and uncached generation agree, and nothing leaks. Budget: the tiny preset's layers, heads and
// width with a context of 32 and batches of 4, one model trained once for 40 steps and shared by
// the checks (a few seconds on a quiet 2-core machine; measured at 0.7 s a step under a load
// average of 25, so every check stays small).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { tf, useBackend } from '../toys/tensor';
import { trainLosses as train } from '../toys/trainLosses';
import { encode, splitCorpus, VOCAB } from './corpus';
import { generate } from './generate';
import { TinyGpt } from './model';

beforeAll(async () => {
	expect((await useBackend('cpu')).name).toBe('cpu');
	trained = build();
	losses = await train(trained, STEPS);
}, 120_000);
afterAll(() => trained.dispose());

const corpus = splitCorpus(trainingParagraphs());
const shape = { layers: 1, heads: 2, width: 32, context: 32, batch: 4, learningRate: 1e-2 };
const build = (seed = 1) => new TinyGpt(corpus, { ...shape, seed, vocab: VOCAB });
const STEPS = 40;
let trained: TinyGpt;
let losses: number[][];
const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;

describe('tiny GPT (CPU backend, seed 1, tiny preset)', () => {
	it('holds out text it never trains on', () => {
		expect(corpus.train.length).toBeGreaterThan(20_000);
		expect(corpus.heldOut.length).toBeGreaterThan(2_000);
	});

	it(`cuts its loss by a factor of 1.3 in ${STEPS} steps, on training and held-out text`, () => {
		const first = losses[0]!;
		const last = losses.at(-1)!;
		const end = mean(losses.slice(-5).map((l) => l[0]!));
		console.log(
			`tiny GPT: training ${first[0]!.toFixed(2)} → ${end.toFixed(2)}, held-out ${first[1]!.toFixed(2)} → ${last[1]!.toFixed(2)} nats/char`
		);
		// ln 49 = 3.89: an untrained model spreads its bets evenly. Measured: 3.89 → 2.96 (training, last 5 steps),
		// 3.88 → 2.76 (held out, last measured at step 30), a factor of 1.4.
		expect(first[0]).toBeGreaterThan(3.7);
		expect(end).toBeLessThan(first[0]! / 1.3);
		expect(last[1]).toBeLessThan(first[1]! / 1.3);
	});

	it('gives the same curve for the same seed', async () => {
		const a = build(5);
		const b = build(5);
		expect(await train(a, 2)).toEqual(await train(b, 2));
		a.dispose();
		b.dispose();
	}, 30_000);

	it('looks only backwards: nothing above the diagonal, rows sum to 1, later text changes nothing earlier', async () => {
		const model = trained;
		const ids = Array.from(encode('attention looks back'));
		const { logits, inside } = await model.look(ids);
		const T = ids.length;
		for (const layer of inside.attention)
			for (const head of layer)
				for (let i = 0; i < T; i++) {
					let sum = 0;
					for (let j = 0; j < T; j++) {
						if (j > i) expect(head[i * T + j]).toBe(0);
						sum += head[i * T + j]!;
					}
					expect(sum).toBeCloseTo(1, 5);
				}
		const changed = [...ids];
		changed[12] = (changed[12]! + 7) % VOCAB;
		const after = await model.look(changed);
		const V = VOCAB;
		expect(Array.from(after.logits.subarray(0, 12 * V))).toEqual(
			Array.from(logits.subarray(0, 12 * V))
		);
		expect(Array.from(after.logits.subarray(12 * V, 13 * V))).not.toEqual(
			Array.from(logits.subarray(12 * V, 13 * V))
		);
	}, 30_000);

	it('reads each character as its embedding row plus its position row, summed', async () => {
		const model = trained;
		const ids = Array.from(encode('aa a'));
		const { inside } = await model.look(ids);
		const d = inside.input.length / ids.length;
		const table = await model.embeddings();
		for (let t = 0; t < ids.length; t++)
			for (let k = 0; k < d; k++) {
				const at = t * d + k;
				expect(inside.token[at]).toBeCloseTo(table[ids[t]! * d + k]!, 6);
				expect(inside.input[at]).toBeCloseTo(inside.token[at]! + inside.position[at]!, 6);
			}
		// The same character at two places: one embedding row, two position rows, two inputs.
		const row = (a: Float32Array, t: number) => Array.from(a.subarray(t * d, (t + 1) * d));
		expect(row(inside.token, 0)).toEqual(row(inside.token, 1));
		expect(row(inside.input, 0)).not.toEqual(row(inside.input, 1));
	}, 30_000);

	it('generates the same characters with and without the KV cache', async () => {
		const model = trained;
		const prompt = Array.from(encode('the model '));
		for (const temperature of [0, 1]) {
			const opts = { count: 20, temperature, seed: 4 };
			const cached = await generate(model, prompt, { ...opts, cache: true });
			const plain = await generate(model, prompt, { ...opts, cache: false });
			expect(cached.ids).toHaveLength(20);
			expect(cached.ids).toEqual(plain.ids);
			expect(cached.ms).toHaveLength(20);
		}
	}, 30_000);

	it('leaves no tensor behind across train, look, generate and reset cycles', async () => {
		const before = tf.memory().numTensors;
		for (let cycle = 0; cycle < 2; cycle++) {
			const model = build(cycle);
			await train(model, 1);
			await model.look(Array.from(encode('abc')));
			await generate(model, [1, 2], { count: 5, temperature: 1, seed: 1, cache: true });
			await generate(model, [1, 2], { count: 5, temperature: 1, seed: 1, cache: false });
			model.setWeights(await model.weights());
			model.dispose();
		}
		expect(tf.memory().numTensors).toBe(before);
	}, 30_000);
});
