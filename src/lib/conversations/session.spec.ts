// One conversation in one tab: a reply that streams while the user opens another conversation.
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { BuiltinEngine } from '$lib/engine/builtin/builtinEngine';
import { conversationStore } from './conversationStore.svelte';
import { ChatSession } from './session.svelte';
import { baseSettings } from './fixtures';

const base = baseSettings;

it('opening another conversation mid-reply leaves that conversation untouched', async () => {
	const other = {
		id: 'other',
		title: 'Other',
		createdAt: 1,
		updatedAt: 1,
		system: '',
		turns: [{ role: 'user' as const, content: 'Earlier question' }]
	};
	await conversationStore.restore(other);
	const engine = new BuiltinEngine({
		corpus: async () => ['A low temperature makes the most likely token win almost every time.'],
		tokenDelayMs: 5
	});
	const chat = new ChatSession();
	const sending = chat.send(engine, 'A low temperature', { ...base, maxTokens: 200, seed: 1 });
	await new Promise((r) => setTimeout(r, 40));
	chat.open(other);
	await sending;
	expect(chat.id).toBe('other');
	expect(chat.turns.map((t) => t.content)).toEqual(['Earlier question']);
	expect((await conversationStore.get('other'))?.turns).toEqual(other.turns);
});

it('a reply keeps its stats when saved and reopened; only this visit shows its tokens', async () => {
	const engine = new BuiltinEngine({
		corpus: async () => ['A low temperature makes the most likely token win almost every time.'],
		tokenDelayMs: 1
	});
	const chat = new ChatSession();
	await chat.send(engine, 'A low temperature', { ...base, maxTokens: 8, seed: 1 });
	const reply = chat.turns.at(-1)!;
	expect(reply.stats?.completionTokens).toBeGreaterThan(0);
	expect(reply.visit?.tokens.length).toBe(reply.stats?.completionTokens);

	const stored = (await conversationStore.get(chat.id!))!;
	expect(stored.turns.at(-1)).toEqual({
		id: reply.id,
		role: 'assistant',
		content: reply.content,
		engineLabel: reply.engineLabel,
		stats: reply.stats
	});
	const reopened = new ChatSession();
	reopened.open(stored);
	expect(reopened.turns.at(-1)).toEqual(stored.turns.at(-1));
	expect(reopened.turns.at(-1)).not.toHaveProperty('visit');
});
