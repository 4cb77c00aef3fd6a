// The deck's pure parts: links, keys, the clock and the two-window sync.
import { describe, expect, it } from 'vitest';
import { conceptSlugs } from '$lib/concepts/schema';
import { deckFromParam, deckToParam, fullDeck, slideFromParam } from './deck';
import { actionFor, deckKeys, move } from './keys';
import { TalkSync, type ChannelLike, type TalkState } from './sync';
import { talkClock } from './timer';

describe('deck links', () => {
	it('no link: the whole glossary in its order', () => {
		expect(deckFromParam(null).deck.slides).toEqual([...conceptSlugs]);
	});

	it('a custom deck round-trips through its link', () => {
		const { deck, problem } = deckFromParam('temperature,rag,gans');
		expect(problem).toBeUndefined();
		expect(deckFromParam(deckToParam(deck)).deck).toEqual(deck);
	});

	it('names what it skipped, and never ends empty', () => {
		const some = deckFromParam('temperature,nope,temperature');
		expect(some.deck.slides).toEqual(['temperature']);
		expect(some.problem).toBe(
			'Part of this deck link was skipped: no concept or experiment is called “nope”; 1 repeated slide(s) were shown once.'
		);
		const none = deckFromParam('<script>,x');
		expect(none.deck).toEqual(fullDeck);
		expect(none.problem).toMatch(/no slide this app knows .*“<script>”, “x”.*whole glossary/);
	});

	it('a slide number outside the deck starts at the first slide', () => {
		expect(slideFromParam('3', fullDeck)).toBe(2);
		expect(slideFromParam('0', fullDeck)).toBe(0);
		expect(slideFromParam('99', fullDeck)).toBe(0);
		expect(slideFromParam('2.5', fullDeck)).toBe(0);
	});
});

describe('keys', () => {
	it('clicker keys move, letters act, typing in a field only stops', () => {
		expect(actionFor({ key: 'PageDown' })).toBe('next');
		expect(actionFor({ key: ' ' })).toBe('next');
		expect(actionFor({ key: 'PageUp' })).toBe('previous');
		expect(actionFor({ key: 'G' })).toBe('run');
		expect(actionFor({ key: 'b' })).toBe('black');
		expect(actionFor({ key: 'g', inField: true })).toBeNull();
		expect(actionFor({ key: 'Escape', inField: true })).toBe('stop');
		expect(actionFor({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
		expect(actionFor({ key: 'x' })).toBeNull();
		// Every key belongs to one action only.
		const all = deckKeys.flatMap((k) => k.keys);
		expect(new Set(all).size).toBe(all.length);
	});

	it('moves stay within the deck', () => {
		expect(move('next', 21, 22)).toBe(21);
		expect(move('previous', 0, 22)).toBe(0);
		expect(move('last', 3, 22)).toBe(21);
		expect(move('first', 3, 22)).toBe(0);
		expect(move('run', 3, 22)).toBe(3);
	});
});

describe('talk clock', () => {
	it('counts up, counts down, and says when the talk runs over', () => {
		expect(talkClock(null, 5000, 20)).toEqual({
			elapsed: '00:00',
			remaining: '20:00',
			over: false
		});
		expect(talkClock(0, 65_000, 20)).toEqual({ elapsed: '01:05', remaining: '18:55', over: false });
		expect(talkClock(0, 21 * 60_000 + 3000, 20)).toEqual({
			elapsed: '21:03',
			remaining: 'over by 01:03',
			over: true
		});
	});
});

describe('two windows in sync', () => {
	/** Two ends of a fake BroadcastChannel: what one posts, the other receives. */
	function pair() {
		const ends: ChannelLike[] = [];
		const make = (): ChannelLike => {
			const end: ChannelLike = {
				onmessage: null,
				postMessage: (m) => {
					for (const other of ends)
						if (other !== end) other.onmessage?.({ data: m } as MessageEvent);
				},
				close: () => {}
			};
			ends.push(end);
			return end;
		};
		return make;
	}

	it('a window that opens late gets the current slide; moves travel both ways', () => {
		const open = pair();
		let audience: TalkState = { slide: 4, black: false, deck: '', startedAt: 1 };
		const a = new TalkSync(
			() => audience,
			(s) => (audience = s),
			open
		);
		let speaker: TalkState | null = null;
		const b = new TalkSync(
			() => speaker,
			(s) => (speaker = s),
			open
		);
		expect(speaker).toEqual(audience); // answered the speaker's hello
		b.send({ ...speaker!, slide: 5 });
		expect(audience.slide).toBe(5);
		a.send({ ...audience, black: true });
		expect(speaker!.black).toBe(true);
	});
});

describe('deck files', () => {
	it('round-trip, and every problem names its field', async () => {
		const { deckFromFile, deckToFile } = await import('./deck');
		const file = deckToFile({ slides: ['temperature', 'rag'] }, 'Meetup talk');
		expect(deckFromFile(JSON.stringify(file))).toEqual({
			ok: true,
			deck: { slides: ['temperature', 'rag'] },
			name: 'Meetup talk',
			problem: undefined
		});
		expect(deckFromFile('{')).toMatchObject({ ok: false, problem: /not JSON/ });
		expect(deckFromFile('[]')).toMatchObject({ ok: false, problem: /no object/ });
		expect(deckFromFile(JSON.stringify({ ...file, format: 'x' }))).toMatchObject({
			problem: /"format" must be "genai-live-deck"/
		});
		expect(deckFromFile(JSON.stringify({ ...file, version: 2 }))).toMatchObject({
			problem: /version 2/
		});
		expect(deckFromFile(JSON.stringify({ ...file, name: '' }))).toMatchObject({
			problem: /"name"/
		});
		expect(deckFromFile(JSON.stringify({ ...file, slides: [1] }))).toMatchObject({
			problem: /"slides"/
		});
		expect(deckFromFile(JSON.stringify({ ...file, slides: ['nope'] }))).toMatchObject({
			ok: false,
			problem: /This deck file has no slide this app knows/
		});
	});
});

describe('single-experiment slides', () => {
	it('a slide can be one experiment of a page; a wrong number is named and skipped', async () => {
		const { slideParts, slideTitle } = await import('./deck');
		expect(slideParts('temperature')).toEqual({ slug: 'temperature' });
		expect(slideParts('temperature:2')).toEqual({ slug: 'temperature', experiment: 1 });
		expect(slideParts('temperature:9')).toBeNull();
		expect(slideParts('temperature:02')).toBeNull();
		expect(slideParts('temperature:1:1')).toBeNull();
		expect(slideTitle('temperature:2')).toBe('Temperature: sampling lab');
		const { deck, problem } = deckFromParam('temperature:2,temperature:7');
		expect(deck.slides).toEqual(['temperature:2']);
		expect(problem).toMatch(/no concept or experiment is called “temperature:7”/);
	});
});
