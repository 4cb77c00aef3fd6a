// The embeddings map's core on inputs small enough to work out by hand.
import { describe, expect, it } from 'vitest';
import { cosines } from '../prompting/retrieval/hybrid';
import { fitToBox, nearest, project2d, tfidfSpace, tfidfVector, tokenView } from './embeddingsMap';

const row = (v: Float64Array, i: number, d: number) => Array.from(v.subarray(i * d, (i + 1) * d));
const length = (xs: ArrayLike<number>) => Math.hypot(...Array.from(xs));

describe('tfidfSpace', () => {
	const texts = ['cats chase mice', 'cats sleep', 'dogs chase cats', 'dogs dogs dogs bark'];
	const space = tfidfSpace(texts);

	it('weighs a word by its count and its rarity, and scales each row to length 1', () => {
		const d = space.dimensions;
		// Stems, stop words out: cat, chase, mice, sleep, dog, bark.
		expect([...space.columns.keys()].sort()).toEqual([
			'bark',
			'cat',
			'chase',
			'dog',
			'mice',
			'sleep'
		]);
		expect(space.idf[space.columns.get('cat')!]).toBeCloseTo(Math.log(4 / 3));
		expect(space.idf[space.columns.get('bark')!]).toBeCloseTo(Math.log(4));
		for (let i = 0; i < texts.length; i++) expect(length(row(space.vectors, i, d))).toBeCloseTo(1);
		// "dogs" three times counts 1 + ln 3 times, against "bark" once.
		const last = row(space.vectors, 3, d);
		const ratio = last[space.columns.get('dog')!]! / last[space.columns.get('bark')!]!;
		expect(ratio).toBeCloseTo(((1 + Math.log(3)) * Math.log(2)) / Math.log(4));
	});

	it('gives a word found in every text no weight', () => {
		const every = tfidfSpace(['red apple', 'red car', 'red sky']);
		expect(every.idf[every.columns.get('red')!]).toBe(0);
	});

	it('puts a query in the same space and leaves out words no text uses', () => {
		const q = tfidfVector(space, 'Why do cats chase zebras?');
		expect(length(q)).toBeCloseTo(1);
		expect(q[space.columns.get('cat')!]).toBeGreaterThan(0);
		expect(q[space.columns.get('chase')!]).toBeGreaterThan(0);
		expect(Array.from(tfidfVector(space, 'zebras and giraffes'))).toEqual(
			new Array(space.dimensions).fill(0)
		);
	});

	it('ranks by cosine: the text sharing the most rare words comes first', () => {
		const scores = cosines(
			tfidfVector(space, 'mice that cats chase'),
			space.vectors,
			space.dimensions
		);
		expect(scores[0]).toBeCloseTo(1);
		const ranked = nearest(scores, 4, 0);
		expect(ranked.map((r) => r.index)).toEqual([0, 2, 1]);
		expect(ranked.every((r, i) => i === 0 || r.score <= ranked[i - 1]!.score)).toBe(true);
	});
});

describe('nearest', () => {
	it('orders by score, best first, and keeps reading order for ties', () => {
		expect(nearest([0.2, 0.9, 0.5, 0.9, 0.5], 4)).toEqual([
			{ index: 1, score: 0.9 },
			{ index: 3, score: 0.9 },
			{ index: 2, score: 0.5 },
			{ index: 4, score: 0.5 }
		]);
	});

	it('returns at most k, only scores above the floor, and skips what is not a number', () => {
		expect(nearest([0, 0.3, NaN, 0.1], 10, 0).map((r) => r.index)).toEqual([1, 3]);
		expect(nearest([0.3, 0.2], 0)).toEqual([]);
		expect(nearest([], 3)).toEqual([]);
	});
});

describe('project2d', () => {
	// Six points in 3-D: spread along (1, 1, 0)/√2 by ±2 and ±4, along z by ±1, nothing else.
	const u = [1 / Math.SQRT2, 1 / Math.SQRT2, 0];
	const a = [4, -4, 2, -2, 0, 0];
	const b = [0, 0, 0, 0, 1, -1];
	const rows = Float64Array.from(a.flatMap((s, i) => [s * u[0]! + 5, s * u[1]! - 3, b[i]! + 7]));

	it('finds the direction of largest spread, then the next one, up to sign', () => {
		const { points, kept } = project2d(rows, 6, 3);
		const sx = Math.sign(points[0]!);
		const sy = Math.sign(points[8]!);
		for (let i = 0; i < 6; i++) {
			expect(sx * points[2 * i]!).toBeCloseTo(a[i]!, 6);
			expect(sy * points[2 * i + 1]!).toBeCloseTo(b[i]!, 6);
		}
		expect(kept).toBeCloseTo(1, 6);
	});

	it('gives the same map through the Gram matrix when there are more numbers than rows', () => {
		// The same six points with nine zero columns added: 12 numbers per row, 6 rows.
		const wide = new Float64Array(6 * 12);
		for (let i = 0; i < 6; i++) wide.set(rows.subarray(i * 3, i * 3 + 3), i * 12 + 4);
		const direct = project2d(rows, 6, 3);
		const viaGram = project2d(wide, 6, 12);
		for (let i = 0; i < 12; i++)
			expect(Math.abs(viaGram.points[i]!)).toBeCloseTo(Math.abs(direct.points[i]!), 6);
		expect(viaGram.kept).toBeCloseTo(1, 6);
	});

	it('says how much of the spread two axes keep', () => {
		// Spread ±3, ±2 and ±1 along the three axes: the first two keep (9 + 4) / (9 + 4 + 1).
		const star = Float64Array.from([3, 0, 0, -3, 0, 0, 0, 2, 0, 0, -2, 0, 0, 0, 1, 0, 0, -1]);
		expect(project2d(star, 6, 3).kept).toBeCloseTo(13 / 14, 6);
		expect(project2d(new Float64Array(0), 0, 3)).toEqual({ points: new Float64Array(0), kept: 0 });
	});
});

describe('tokenView', () => {
	it('shows each token with its id, marks those the engine has no id for, and counts', () => {
		const view = tokenView('How many r in strawberry?\nNone', {
			tokens: [
				{ id: 12, text: 'How' },
				{ id: 40, text: ' many' },
				{ id: -1, text: ' strawberry' },
				{ id: 7, text: '?\n' }
			],
			unit: 'words and punctuation'
		});
		expect(view.chips).toEqual([
			{ shown: 'How', id: 12, known: true },
			{ shown: '␣many', id: 40, known: true },
			{ shown: '␣strawberry', id: -1, known: false },
			{ shown: '?↵', id: 7, known: true }
		]);
		expect(view.unknown).toBe(1);
		expect(view.unit).toBe('words and punctuation');
		expect(view.characters).toBe(30);
		expect(tokenView('🍓', { tokens: [], unit: 'x' }).characters).toBe(1);
	});

	it('an engine that numbers no token (the ELIZA-style rules) has no unknown words', () => {
		const view = tokenView(
			'I am sad',
			{ tokens: ['i', 'am', 'sad'].map((text) => ({ id: -1, text })), unit: 'words' },
			false
		);
		expect(view).toMatchObject({ unknown: 0, numbered: false });
		expect(view.chips.every((c) => c.known)).toBe(true);
	});
});

describe('fitToBox', () => {
	it('fits the points in the box with one scale for both axes, y pointing up', () => {
		const box = fitToBox([0, 0, 2, 1, 4, 0], 100, 100, 10);
		// Scale 20 (the x span of 4 fills 80 units); the y span of 1 is 20 units, centred.
		expect(box[0]).toEqual({ x: 10, y: 60 });
		expect(box[2]).toEqual({ x: 90, y: 60 });
		expect(box[1]).toEqual({ x: 50, y: 40 });
	});
});
