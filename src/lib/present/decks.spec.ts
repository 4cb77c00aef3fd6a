// Saved decks and their names: the reader survives any stored value and keeps the good decks;
// the name rules never pick a taken name and never replace a deck without asking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conceptSlugs } from '$lib/concepts/schema';
import { freeName, MAX_NAME, saveOutcome, startName } from './deckNames';
import { readDecks, type SavedDeck } from './decks';

const good = { name: 'Meetup', slides: ['temperature', 'rag'], savedAt: 2 };

describe('reading saved decks', () => {
	it('a damaged row is skipped and named; the good ones stay listed', () => {
		const { decks, skipped } = readDecks([
			good,
			{ name: 'Broken', slides: 'temperature,rag', savedAt: 3 },
			{ name: 'Numbers', slides: [1, 2], savedAt: 4 },
			{ name: 'Old', slides: ['no-such-concept'], savedAt: 5 },
			null
		]);
		expect(decks).toEqual([
			{ name: 'Meetup', deck: { slides: ['temperature', 'rag'] }, savedAt: 2 }
		]);
		expect(skipped.map((s) => s.key)).toEqual(['Broken', 'Numbers', '#5', 'Old']);
	});

	it('a deck saved before explain slides existed reads as it did; one with them keeps them', () => {
		const { decks, skipped } = readDecks([
			good,
			{ name: 'New', slides: ['gans:explain', 'gans'], savedAt: 3 }
		]);
		expect(skipped).toEqual([]);
		expect(decks.map((d) => d.deck.slides)).toEqual([
			['gans:explain', 'gans'],
			['temperature', 'rag']
		]);
	});

	it('any stored rows: never throws, every good row is kept, nothing listed as the glossary', () => {
		const row = fc.record({
			name: fc.string({ minLength: 1, maxLength: 20 }),
			slides: fc.array(fc.constantFrom(...conceptSlugs), { minLength: 1, maxLength: 5 }),
			savedAt: fc.nat()
		});
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.jsonValue(), row)), (rows) => {
				const { decks, skipped } = readDecks(rows);
				expect(decks.length + skipped.length).toBe(rows.length);
				for (const d of decks) expect(d.deck.slides.length).toBeLessThanOrEqual(5);
				const goodNames = new Set(rows.filter(isGoodRow).map((r) => (r as { name: string }).name));
				expect(new Set(decks.map((d) => d.name))).toEqual(goodNames);
			})
		);
	});
});

/** A row the reader must list: a non-empty name, known slides, a finite time. */
function isGoodRow(r: unknown): boolean {
	const o = r as { name?: unknown; slides?: unknown; savedAt?: unknown } | null;
	return (
		typeof o === 'object' &&
		o !== null &&
		typeof o.name === 'string' &&
		o.name.length > 0 &&
		Array.isArray(o.slides) &&
		o.slides.length > 0 &&
		o.slides.every((s) => (conceptSlugs as readonly unknown[]).includes(s)) &&
		typeof o.savedAt === 'number' &&
		Number.isFinite(o.savedAt)
	);
}

const saved = (name: string, slides: string[] = ['rag']): SavedDeck => ({
	name,
	deck: { slides: slides as SavedDeck['deck']['slides'] },
	savedAt: 1
});

describe('deck names', () => {
	it('keep both picks the next free “Name (n)”', () => {
		expect(freeName('My talk', [])).toBe('My talk');
		expect(freeName('My talk', ['My talk'])).toBe('My talk (2)');
		expect(freeName('My talk (2)', ['My talk', 'My talk (2)'])).toBe('My talk (3)');
	});

	it('any name and any taken names: the result is free, non-empty and at most 80 characters', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 120 }), fc.array(fc.string({ maxLength: 90 })), (n, t) => {
				const name = freeName(n, t);
				expect(t).not.toContain(name);
				expect(name.trim()).not.toBe('');
				expect(name.length).toBeLessThanOrEqual(MAX_NAME);
			})
		);
	});

	it('the field starts from the deck’s own saved name, else a free one', () => {
		const list = [saved('My talk'), saved('Meetup', ['temperature', 'rag'])];
		expect(startName({ slides: ['temperature', 'rag'] }, list)).toBe('Meetup');
		expect(startName({ slides: ['gans'] }, list)).toBe('My talk (2)');
		expect(startName({ slides: ['gans'] }, [])).toBe('My talk');
	});

	it('a taken name asks, offering a free name; the same slides under it need no question', () => {
		const list = [saved('Meetup', ['rag'])];
		expect(saveOutcome('New', { slides: ['rag'] }, list)).toEqual({ kind: 'save' });
		expect(saveOutcome('Meetup', { slides: ['rag'] }, list)).toEqual({ kind: 'same' });
		expect(saveOutcome('Meetup', { slides: ['gans'] }, list)).toMatchObject({
			kind: 'ask',
			other: 'Meetup (2)'
		});
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 10 })), fc.string({ maxLength: 10 }), (t, n) => {
				const outcome = saveOutcome(
					n,
					{ slides: ['gans'] },
					t.map((x) => saved(x))
				);
				// A taken name is never replaced without asking.
				expect(outcome.kind === 'save').toBe(!t.includes(n));
			})
		);
	});
});
