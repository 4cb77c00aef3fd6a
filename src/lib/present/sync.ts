// The audience window and the speaker window follow each other through a BroadcastChannel: each
// sends its position when it changes, and a window that (re)opens asks with "hello", so a
// reloaded speaker window finds the talk where it is. Messages carry a sender id so a window
// ignores its own. The channel is injectable; present.spec.ts runs several ends over a fake one.
//
// Which deck wins: a window that opened a deck link, or pressed "Present this deck" (which opens
// one), owns that deck from that moment (`deckAt`, the time it claimed it); a window that claims
// nothing (a speaker window, /present without a deck) has deckAt 0. When two windows disagree on
// the deck, the later claim wins and the other follows. Before this rule the answer to "hello"
// simply replaced the asker's deck, so a speaker window left open pushed its old deck onto every
// fresh audience window (issue 20).

import * as v from 'valibot';
import { readRecord } from '$lib/storage/records';

export interface TalkState {
	slide: number;
	black: boolean;
	/** The deck as its link parameter, so both windows show the same slides. */
	deck: string;
	/** When a window claimed this deck (Date.now()); 0 for a deck nobody claimed. */
	deckAt: number;
	startedAt: number | null;
}

/**
 * What a window does with another window's state:
 * - `follow`: same deck; take its slide, black screen and clock;
 * - `adopt`: its deck is the later claim; take the deck and all the rest;
 * - `lead`: my deck is the later claim; ignore it and send mine, so the other window follows.
 * Ties between different decks go to the greater deck text, so exactly one side adopts.
 */
export function decide(mine: TalkState, theirs: TalkState): 'follow' | 'adopt' | 'lead' {
	if (mine.deck === theirs.deck) return 'follow';
	if (theirs.deckAt !== mine.deckAt) return theirs.deckAt > mine.deckAt ? 'adopt' : 'lead';
	return theirs.deck > mine.deck ? 'adopt' : 'lead';
}

type Message = { from: string; type: 'hello' } | { from: string; type: 'state'; state: TalkState };

export interface ChannelLike {
	postMessage(message: unknown): void;
	onmessage: ((e: MessageEvent) => void) | null;
	close(): void;
}

export class TalkSync {
	private readonly id = Math.random().toString(36).slice(2);
	private channel: ChannelLike | undefined;

	constructor(
		private readonly current: () => TalkState | null,
		private readonly apply: (state: TalkState) => void,
		open: () => ChannelLike | undefined = () =>
			typeof BroadcastChannel === 'undefined'
				? undefined
				: (new BroadcastChannel('genai-live-talk') as unknown as ChannelLike)
	) {
		this.channel = open();
		if (!this.channel) return;
		this.channel.onmessage = (e) => {
			const m = e.data as Message;
			if (!m || m.from === this.id) return;
			const state = this.current();
			if (m.type === 'hello') {
				if (state) this.send(state);
			} else if (m.type === 'state') {
				const theirs = readState(m.state);
				if (!theirs) return;
				if (state && decide(state, theirs) === 'lead') this.send(state);
				else this.apply(theirs);
			}
		};
		this.channel.postMessage({ from: this.id, type: 'hello' } satisfies Message);
	}

	send(state: TalkState): void {
		this.channel?.postMessage({ from: this.id, type: 'state', state } satisfies Message);
	}

	close(): void {
		this.channel?.close();
		this.channel = undefined;
	}
}

/** A message from another tab is outside data too: only a well-formed state is applied. */
const stateSchema = v.object({
	slide: v.pipe(v.number(), v.integer(), v.minValue(0)),
	black: v.boolean(),
	deck: v.pipe(v.string(), v.maxLength(10_000)),
	deckAt: v.pipe(v.number(), v.finite()),
	startedAt: v.nullable(v.pipe(v.number(), v.finite()))
});
const readState = (value: unknown): TalkState | undefined => readRecord(stateSchema, value).record;
