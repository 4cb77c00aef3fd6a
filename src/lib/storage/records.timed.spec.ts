import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { echo, readRecord, readRecords, skippedText } from './records';

const Deck = v.object({
	name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	slides: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(200)),
	savedAt: v.pipe(v.number(), v.finite())
});
const good = { name: 'Talk', slides: ['rag', 'gans'], savedAt: 1 };

describe('readRecords', () => {
	it('keeps the good records beside damaged ones and names what it skipped', () => {
		const rows = [good, { name: 'Bad', slides: 'rag,gans', savedAt: 2 }, null, 7];
		const { records, skipped } = readRecords(Deck, rows, (d) => d.name);
		expect(records).toEqual([good]);
		expect(skipped.map((s) => s.key)).toEqual(['#2', '#3', '#4']);
		expect(skipped[0]!.why).toMatch(/slides/);
	});

	it('keeps the first of two records with the same key', () => {
		const { records, skipped } = readRecords(Deck, [good, { ...good, savedAt: 9 }], (d) => d.name);
		expect(records).toEqual([good]);
		expect(skipped).toEqual([{ key: 'Talk', why: 'a second record with the same key' }]);
	});

	it('never throws and never loses a good record, whatever else is stored', () => {
		fc.assert(
			fc.property(fc.array(fc.jsonValue()), fc.nat(), (junk, at) => {
				const rows = [...junk];
				rows.splice(at % (rows.length + 1), 0, good);
				const { records, skipped } = readRecords(Deck, rows, (d) => d.name);
				expect(records.some((r) => r.name === 'Talk' && r.savedAt === 1)).toBe(true);
				expect(records.length + skipped.length).toBe(rows.length);
			})
		);
	});

	it('names a 50 MB string by its length, quickly, instead of quoting it', () => {
		const huge = { name: 'Big', slides: 'x'.repeat(50_000_000), savedAt: 1 };
		const started = performance.now();
		const { skipped } = readRecords(Deck, [huge], (d) => d.name);
		expect(performance.now() - started).toBeLessThan(200);
		expect(skipped[0]!.why).toBe('slides: expected Array, got text of 50,000,000 characters');
	});

	it('survives a value whose getters throw', () => {
		const hostile = Object.defineProperty({}, 'name', {
			get() {
				throw new Error('boom');
			},
			enumerable: true
		});
		expect(readRecords(Deck, [hostile], (d) => d.name).skipped).toHaveLength(1);
	});

	it('returns copies, so a save never writes the stored object back with unknown fields', () => {
		const { record } = readRecord(Deck, { ...good, extra: 'x'.repeat(10) });
		expect(record).toEqual(good);
	});
});

describe('echo and skippedText', () => {
	it('cuts long values to a readable length', () => {
		const long = echo('x'.repeat(50_000_000));
		expect(long.length).toBe(80);
		expect(long.endsWith('…')).toBe(true);
	});

	it('words one and many', () => {
		const what = { one: 'saved deck', many: 'saved decks' };
		expect(skippedText(what, 0)).toBe('');
		expect(skippedText(what, 1)).toMatch(/^1 saved deck could not be read .* is not shown/);
		expect(skippedText(what, 3)).toMatch(/^3 saved decks could not be read .* are not shown/);
	});
});
