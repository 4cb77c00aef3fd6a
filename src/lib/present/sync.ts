// The audience window and the speaker window follow each other through a BroadcastChannel: each
// sends its position when it changes, and a window that (re)opens asks with "hello", so a
// reloaded speaker window finds the talk where it is. Messages carry a sender id so a window
// ignores its own. The channel is injectable; deck.spec.ts runs two ends over a fake one.

export interface TalkState {
	slide: number;
	black: boolean;
	/** The deck as its link parameter, so both windows show the same slides. */
	deck: string;
	startedAt: number | null;
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
			if (m.type === 'hello') {
				const state = this.current();
				if (state) this.send(state);
			} else if (m.type === 'state') this.apply(m.state);
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
