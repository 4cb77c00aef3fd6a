// The lab's arithmetic against hand-computed vectors, and against the engine itself: a seeded
// run of the built-in engine, replayed step by step through the lab, gives the same tokens.
import { describe, expect, it } from 'vitest';
import { trainingParagraphs } from '$lib/concepts';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import type { NextTokens } from '$lib/engine/types';
import { createRng } from '$lib/sampling/sampling';
import { drawFrom, namedDraw, reshape, type LabParams } from './reshape';

const params = (over: Partial<LabParams> = {}): LabParams => ({
	temperature: 1,
	topK: 0,
	topP: 1,
	minP: 0,
	...over
});
const complete: NextTokens = {
	candidates: [
		{ id: 4, text: ' cat', prob: 0.5 },
		{ id: 2, text: ' dog', prob: 0.3 },
		{ id: 9, text: ' owl', prob: 0.15 },
		{ id: 1, text: ' eel', prob: 0.05 }
	],
	otherMass: 0,
	otherCount: 0,
	complete: true
};
/** The same step as WebLLM reports it: the top two listed, the other 20% spread over 100 tokens. */
const partial: NextTokens = {
	candidates: complete.candidates.slice(0, 2),
	otherMass: 0.2,
	otherCount: 100,
	complete: false
};
const probs = (next: NextTokens, p: LabParams) =>
	reshape(next, p).rows.map((r) => Number(r.prob.toFixed(4)));

describe('one step, reshaped', () => {
	it('at temperature 1 with no filter shows the model’s own distribution, 1.65 bits', () => {
		const view = reshape(complete, params());
		expect(view.exact).toBe(true);
		expect(probs(complete, params())).toEqual([0.5, 0.3, 0.15, 0.05]);
		// H = −Σ p log2 p = 0.5 + 0.5211 + 0.4105 + 0.2161 = 1.6477 bits
		expect(view.entropy).toBeCloseTo(1.6477, 4);
		expect(view.effectiveChoices).toBeCloseTo(2 ** 1.6477, 3);
	});

	it('temperature 0.5 squares and renormalises: 0.5²/0.365 …', () => {
		// 0.25, 0.09, 0.0225, 0.0025 over 0.365
		expect(probs(complete, params({ temperature: 0.5 }))).toEqual([0.6849, 0.2466, 0.0616, 0.0068]);
	});

	it('top-k, min-p and top-p keep what the engine keeps, in the engine’s order', () => {
		expect(reshape(complete, params({ topK: 2 })).rows.map((r) => r.kept)).toEqual([
			true,
			true,
			false,
			false
		]);
		expect(probs(complete, params({ topK: 2 }))).toEqual([0.625, 0.375, 0, 0]);
		expect(probs(complete, params({ minP: 0.4 }))).toEqual([0.625, 0.375, 0, 0]);
		expect(probs(complete, params({ topP: 0.9 }))).toEqual([0.5263, 0.3158, 0.1579, 0]);
		// top-k above the vocabulary changes nothing
		expect(probs(complete, params({ topK: 99 }))).toEqual([0.5, 0.3, 0.15, 0.05]);
	});

	it('temperature 0 is greedy: one token, no draw', () => {
		const view = reshape(complete, params({ temperature: 0 }));
		expect(view.greedy).toBe(true);
		expect(view.keptCount).toBe(1);
		const draw = drawFrom(view, 0.99);
		expect(draw.u).toBeNull();
		expect(draw.row?.text).toBe(' cat');
	});

	it('the draw lands where the cumulative bar says', () => {
		const view = reshape(complete, params());
		expect(drawFrom(view, 0.49).row?.text).toBe(' cat');
		expect(drawFrom(view, 0.5).row?.text).toBe(' dog');
		expect(drawFrom(view, 0.96).row?.text).toBe(' eel');
		expect(drawFrom(view, 0.5).segments.map((s) => [s.from, s.to])).toEqual([
			[0, 0.5],
			[0.5, 0.8],
			[0.8, 0.9500000000000001],
			[0.9500000000000001, 1]
		]);
	});

	it('with only the top N known, the tail is an estimate and filters can drop it', () => {
		const view = reshape(partial, params());
		expect(view.exact).toBe(false);
		expect(view.rows.map((r) => r.prob)).toEqual([0.5, 0.3]);
		expect(view.tail.prob).toBeCloseTo(0.2, 12);
		// Each tail token has 0.002; at T = 0.5 the tail shrinks to 100 × 0.002² relative weight.
		const cold = reshape(partial, params({ temperature: 0.5 }));
		expect(cold.tail.prob).toBeCloseTo(0.0004 / (0.25 + 0.09 + 0.0004), 10);
		// top-p 0.7 is reached within the listed tokens: the tail is out.
		expect(reshape(partial, params({ topP: 0.7 })).tail.kept).toBe(false);
		expect(drawFrom(view, 0.9).row).toBeNull(); // landed in the unlisted tail
	});
});

describe('replaying the engine', () => {
	it('a seeded built-in run, stepped through the lab, draws the same tokens', async () => {
		const engine = new BuiltinEngine({ corpus: async () => trainingParagraphs() });
		const prompt = 'A low temperature makes';
		for (const p of [
			params({ temperature: 0.9 }),
			params({ temperature: 1.2, topP: 0.9, minP: 0.05 })
		]) {
			const tokens: string[] = [];
			await engine.generate(
				{ messages: [{ role: 'user', content: prompt }], maxTokens: 25, seed: 11, ...p },
				(e) => tokens.push(e.text)
			);
			const rng = createRng(11);
			const replay: string[] = [];
			let text = prompt;
			for (let i = 0; i < tokens.length; i++) {
				const view = reshape(await engine.nextTokens({ text, top: 50 }), p);
				const row = drawFrom(view, rng()).row!;
				replay.push(row.text);
				text += row.text;
			}
			expect(replay).toEqual(tokens);
			expect(tokens.length).toBeGreaterThan(3);
		}
	});
});

describe('the built-in engine draws as it always has', () => {
	const corpus = [
		'The cat sat on the mat. The cat slept on the warm mat. The dog sat on the rug.',
		'A dog ran to the park. The dog slept under the old tree. A cat ran to the tree.',
		'The old cat and the young dog sat on the mat and slept in the sun.'
	];

	it('a seed gives the sequence it gave before the engine could draw for the lab', async () => {
		const engine = new BuiltinEngine({ corpus: async () => corpus });
		const run = async (seed: number, p: LabParams) => {
			const rng = createRng(seed);
			let text = 'The cat';
			let after: number | undefined;
			const out: string[] = [];
			for (let i = 0; i < 12; i++) {
				const u = rng();
				// As the lab asks: the last token and a draw go along, and the built-in model
				// (which lists its whole distribution) is drawn from on the page, as before.
				const next = await engine.nextTokens({ text, top: 50, after, draw: { ...p, u } });
				const view = reshape(next, p);
				const row = namedDraw(drawFrom(view, u), view, next.drawn).row!;
				out.push(row.text);
				text += row.text;
				after = row.id;
				if (row.text === '</s>') break;
			}
			return out;
		};
		// Pinned from the lab as it was before the worker-side draw (seeded, this corpus).
		expect(await run(3, params())).toEqual(
			' dog| sat| on| the| dog| ran| to| the| park| the| mat|.'.split('|')
		);
		expect(await run(2, params({ temperature: 1.5, topP: 0.9, minP: 0.05 }))).toEqual(
			' on| the| warm| dog| and| mat| cat| the| The| cat| A| dog'.split('|')
		);
	});
});

describe('namedDraw', () => {
	const drawn = (id: number, text: string, rank: number) => ({
		id,
		text,
		prob: 0.001,
		sampledProb: 0.001,
		rank,
		draw: { ...params(), u: 0.95 }
	});

	it('names the tail token the engine drew, with its rank, where the page saw only the tail', () => {
		const view = reshape(partial, params());
		const draw = drawFrom(view, 0.95);
		expect(draw.row).toBeNull();
		expect(namedDraw(draw, view, drawn(77, ' owl', 12))).toMatchObject({
			u: 0.95,
			row: null,
			tail: { text: ' owl', rank: 12 }
		});
	});

	it('lands on the listed row the engine drew, even where the page’s estimate said otherwise', () => {
		const view = reshape(partial, params());
		expect(namedDraw(drawFrom(view, 0.95), view, drawn(2, ' dog', 2)).row?.id).toBe(2);
	});

	it('leaves a whole distribution’s draw to the page, and a missing draw as it was', () => {
		const view = reshape(complete, params());
		const draw = drawFrom(view, 0.95);
		expect(namedDraw(draw, view, drawn(2, ' dog', 2))).toBe(draw);
		const partView = reshape(partial, params());
		const partDraw = drawFrom(partView, 0.95);
		expect(namedDraw(partDraw, partView, undefined)).toBe(partDraw);
	});
});
