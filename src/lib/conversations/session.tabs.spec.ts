// Two playground tabs on one conversation, each with its own store and chat as in two browser
// tabs (one database, messages between them like a BroadcastChannel): nothing either tab said
// is lost, both end up showing every turn, and a deleted conversation stays deleted.
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import { ConversationStore, type Channel, type StoreChange } from './conversationStore.svelte';
import { playgroundDefaults } from './request';
import { ChatSession } from './session.svelte';

function fakeChannels(): () => Channel {
	const open: Channel[] = [];
	return () => {
		const channel: Channel = {
			onmessage: null,
			postMessage(change: StoreChange) {
				for (const other of open)
					if (other !== channel)
						setTimeout(() => other.onmessage?.({ data: structuredClone(change) } as MessageEvent));
			},
			close: () => void open.splice(open.indexOf(channel), 1)
		};
		open.push(channel);
		return channel;
	};
}

const settings = { ...playgroundDefaults, maxTokens: 12, seed: 1 };
const engine = new BuiltinEngine({
	corpus: async () => ['A low temperature makes the most likely token win almost every time.'],
	tokenDelayMs: 2
});
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

function tab(channels: () => Channel) {
	const store = new ConversationStore(channels);
	const chat = new ChatSession(store);
	store.watch((change, remote) => void chat.onStoreChange(change, remote));
	return { store, chat };
}

it('two tabs answering at once keep every turn, and both show all of them', async () => {
	const channels = fakeChannels();
	const [a, b] = [tab(channels), tab(channels)];
	await a.chat.send(engine, 'A low temperature', settings);
	const id = a.chat.id!;
	b.chat.open((await b.store.get(id))!);

	await Promise.all([
		a.chat.send(engine, 'A low', settings),
		b.chat.send(engine, 'The most likely', settings)
	]);
	await tick();
	const stored = (await a.store.get(id))!;
	expect(stored.turns.map((t) => `${t.role}:${t.content.slice(0, 15)}`)).toEqual([
		'user:A low temperatu',
		expect.stringMatching(/^assistant:/),
		'user:A low',
		expect.stringMatching(/^assistant:/),
		'user:The most likely',
		expect.stringMatching(/^assistant:/)
	]);
	expect(stored.turns.some((t) => t.interrupted)).toBe(false);
	for (const { chat } of [a, b])
		expect(chat.turns.map((t) => t.id)).toEqual(stored.turns.map((t) => t.id));
});

it('a delete clears the view in both tabs; the next message starts a new conversation', async () => {
	const channels = fakeChannels();
	const [a, b] = [tab(channels), tab(channels)];
	await a.chat.send(engine, 'A low temperature', settings);
	const id = a.chat.id!;
	b.chat.open((await b.store.get(id))!);

	await a.store.remove(id);
	await tick();
	expect(a.chat.id).toBeNull();
	expect(a.chat.turns).toEqual([]);
	expect(b.chat.id).toBeNull();
	expect(b.chat.notice).toBe('This conversation was deleted in another tab.');

	await a.chat.send(engine, 'Next', settings);
	expect(a.chat.id).not.toBe(id);
	expect(await a.store.get(id)).toBeUndefined();
	expect((await a.store.get(a.chat.id!))?.turns.map((t) => t.content)[0]).toBe('Next');
});

it('Undo right after deleting the open conversation opens it again', async () => {
	const a = tab(fakeChannels());
	await a.chat.send(engine, 'A low temperature', settings);
	const id = a.chat.id!;
	const record = await a.store.remove(id);
	expect(a.chat.id).toBeNull();
	await a.store.restore(record!);
	await tick();
	expect(a.chat.id).toBe(id);
	expect(a.chat.turns).toHaveLength(2);
});
