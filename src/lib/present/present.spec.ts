// The deck's pure parts: links, keys, the clock and the two-window sync.
import { describe, expect, it } from 'vitest';
import { conceptSlugs } from '$lib/concepts/schema';
import { deckFromParam, deckToParam, fullDeck, slideFromParam } from './deck';
import { actionFor, deckKeys, move } from './keys';
import fc from 'fast-check';
import { decide, TalkSync, type ChannelLike, type TalkState } from './sync';
import { talkClock, talkMinutes } from './timer';

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

	it('a link of only commas says it names no slides', () => {
		expect(deckFromParam(',,, ,').problem).toBe(
			'This deck link names no slides, so the whole glossary is shown.'
		);
	});

	it('each unknown name is named once and cut short; a huge link stays a short message', () => {
		const { problem } = deckFromParam(`rag,${'x'.repeat(100_000)},nope,nope,nope`);
		expect(problem).toBe(
			`Part of this deck link was skipped: no concept or experiment is called “${'x'.repeat(39)}…”, “nope”.`
		);
		const many = deckFromParam(Array.from({ length: 5000 }, (_, i) => `n${i}`).join(','));
		expect(many.problem!.length).toBeLessThan(300);
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

	it('never reads "over by 00:00"; a length outside 1–240 minutes is refused', () => {
		expect(talkClock(0, 60_500, 1)).toEqual({ elapsed: '01:00', remaining: '00:00', over: false });
		expect(talkClock(0, 61_000, 1).remaining).toBe('over by 00:01');
		expect(talkClock(null, 0, 0)).toMatchObject({ remaining: '01:00', over: false });
		for (const bad of ['0', '-5', '1e9', '2.5', '', 'abc'])
			expect(talkMinutes(bad)).toMatchObject({ problem: /1 to 240/ });
		expect(talkMinutes('45')).toEqual({ minutes: 45 });
	});
});

describe('two windows in sync', () => {
	/** Ends of a fake BroadcastChannel: what one posts, every other receives. */
	function pair() {
		const ends: ChannelLike[] = [];
		const make = (): ChannelLike => {
			const end: ChannelLike = {
				onmessage: null,
				postMessage: (m) => {
					for (const other of ends)
						if (other !== end) other.onmessage?.({ data: m } as MessageEvent);
				},
				close: () => ends.splice(ends.indexOf(end), 1)
			};
			ends.push(end);
			return end;
		};
		return make;
	}
	/** A window over the fake channel, holding its state as the Talk class does. */
	function openWindow(open: () => ChannelLike, state: TalkState) {
		const w = { state, sync: undefined as unknown as TalkSync };
		w.sync = new TalkSync(
			() => w.state,
			(s) => (w.state = { ...s, deckAt: Math.max(w.state.deckAt, s.deckAt) }),
			open
		);
		return w;
	}
	const talk = (deck: string, deckAt: number, slide = 0): TalkState => ({
		slide,
		black: false,
		deck,
		deckAt,
		startedAt: null
	});

	it('a window that opens late gets the current slide; moves travel both ways', () => {
		const open = pair();
		const audience = openWindow(open, talk('rag,gans', 5, 1));
		const speaker = openWindow(open, talk('rag,gans', 0));
		expect(speaker.state).toEqual(audience.state); // answered the speaker's hello
		speaker.sync.send({ ...speaker.state, slide: 0 });
		expect(audience.state.slide).toBe(0);
		audience.sync.send({ ...audience.state, black: true });
		expect(speaker.state.black).toBe(true);
	});

	it('a speaker window without a deck never replaces a fresh deck link', () => {
		const open = pair();
		const speaker = openWindow(open, talk('whole-glossary', 0));
		const audience = openWindow(open, talk('rag,temperature,gans', 10));
		expect(audience.state.deck).toBe('rag,temperature,gans');
		expect(speaker.state.deck).toBe('rag,temperature,gans');
	});

	it('“Present this deck” (a new claim) wins over the open speaker and older tabs', () => {
		const open = pair();
		const old = openWindow(open, talk('ethics,vaes', 1));
		const speaker = openWindow(open, talk('ethics,vaes', 0));
		old.sync.close();
		const edited = openWindow(open, talk('ethics,vaes,rag,gans', 2));
		expect(speaker.state.deck).toBe('ethics,vaes,rag,gans');
		expect(edited.state.deck).toBe('ethics,vaes,rag,gans');
		const older = openWindow(open, talk('temperature', 3));
		const tab = openWindow(open, talk('ethics,vaes', 4));
		expect(tab.state.deck).toBe('ethics,vaes');
		expect(older.state.deck).toBe('ethics,vaes');
	});

	it('any two claims: exactly one side adopts, the later claim', () => {
		const state = fc.record({
			slide: fc.nat(30),
			black: fc.boolean(),
			deck: fc.constantFrom('rag', 'gans', 'rag,gans'),
			deckAt: fc.nat(5),
			startedAt: fc.constant(null)
		});
		fc.assert(
			fc.property(state, state, (a, b) => {
				const ab = decide(a, b);
				const ba = decide(b, a);
				if (a.deck === b.deck) expect([ab, ba]).toEqual(['follow', 'follow']);
				else {
					expect([ab, ba].sort()).toEqual(['adopt', 'lead']);
					if (a.deckAt !== b.deckAt) expect(ab === 'adopt').toBe(b.deckAt > a.deckAt);
				}
			})
		);
	});

	it('a malformed message from another tab is ignored', () => {
		const open = pair();
		const w = openWindow(open, talk('rag', 1));
		open().postMessage({ from: 'x', type: 'state', state: { slide: 'two', deck: 5 } });
		expect(w.state).toEqual(talk('rag', 1));
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
			problem: /This deck file has no slide this app knows.*the deck being edited is kept/
		});
		expect(deckFromFile(JSON.stringify({ ...file, slides: [] }))).toMatchObject({
			ok: true,
			deck: { slides: [] },
			problem: /has no slides/
		});
	});

	it('a file is refused by its size before it is parsed; echoed values are short', async () => {
		const { deckFileTooBig, deckFromFile, MAX_DECK_FILE_BYTES } = await import('./deck');
		expect(deckFileTooBig(MAX_DECK_FILE_BYTES)).toBeUndefined();
		expect(deckFileTooBig(MAX_DECK_FILE_BYTES + 1)).toMatch(
			/^This file is 65 KB; .* at most 64 KB/
		);
		expect(deckFileTooBig(50 * 1024 * 1024)).toBe(
			'This file is 50.0 MB; a deck file is at most 64 KB, so it was not read.'
		);
		const huge = `{"format":"genai-live-deck","version":"${'9'.repeat(70_000)}"}`;
		expect(deckFromFile(huge)).toMatchObject({ ok: false, problem: /at most 64 KB/ });
		const long = `{"format":"genai-live-deck","version":"${'9'.repeat(1000)}"}`;
		const r = deckFromFile(long);
		expect(!r.ok && r.problem.length).toBeLessThan(100);
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

describe('explain and demo slides', () => {
	it('a concept offers an explain slide beside its demo; a plain entry is still the demo', async () => {
		const { slideParts, slideTitle } = await import('./deck');
		expect(slideParts('temperature:explain')).toEqual({ slug: 'temperature', explain: true });
		expect(slideParts('temperature')).toEqual({ slug: 'temperature' });
		expect(slideParts('temperature:explained')).toBeNull();
		expect(slideTitle('temperature:explain')).toBe('Temperature: explained');
		const { deck, problem } = deckFromParam('temperature:explain,temperature,gans:explain');
		expect(deck.slides).toEqual(['temperature:explain', 'temperature', 'gans:explain']);
		expect(problem).toBeUndefined();
	});
});
