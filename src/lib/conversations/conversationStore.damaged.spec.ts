// Damaged conversations in the store, as an older app version, DevTools or a broken disk leave
// them: the list shows the good ones and says how many it left out, and nothing the store does
// (open, save, rename, delete with undo) writes a damaged record back.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appDb } from '$lib/storage/db';
import { ConversationStore } from './conversationStore.svelte';
import type { ConversationPatch } from './merge';

const good = (id: string, updatedAt: number) => ({
	id,
	title: `Talk ${id}`,
	createdAt: 1,
	updatedAt,
	system: '',
	turns: [{ id: `${id}-u`, role: 'user', content: 'Hi' }]
});
const damaged = [
	{ ...good('turns-text', 5), turns: 'Hi' },
	{ id: 'no-updated-at', title: 'T', createdAt: 1, system: '', turns: [] },
	{
		...good('bad-stats', 6),
		turns: [{ role: 'assistant', content: 'x', stats: { completionTokens: 'many' } }]
	}
];

async function plant(...rows: object[]) {
	const db = await appDb();
	// Straight into IndexedDB, past every check, as DevTools would.
	for (const row of rows) await db.put('conversations', row as never);
}
const raw = async (id: string) => (await appDb()).get('conversations', id);
const patch = (id: string): ConversationPatch => ({
	id,
	system: '',
	turns: [{ id: 'new', role: 'user', content: 'More' }],
	write: ['new'],
	removed: []
});

describe('damaged stored conversations', () => {
	it('the list keeps the good ones, newest first, and says how many it left out', async () => {
		await plant(good('older', 1), ...damaged, good('newer', 9), {
			...good('newer-junk', 3),
			junk: 1
		});
		const store = new ConversationStore(() => null);
		await store.refresh();
		expect(store.list.map((c) => c.id)).toEqual(['newer', 'newer-junk', 'older']);
		expect(store.skipped).toMatch(/^3 saved conversations could not be read .* are not shown/);
		expect(store.error).toBeNull();
	});

	it('a save, a rename or a delete never writes a damaged record back', async () => {
		const store = new ConversationStore(() => null);
		const before = await raw('turns-text');
		const saved = await store.save(patch('turns-text'));
		expect(saved).toEqual({ ok: false, message: expect.stringMatching(/could not be read/) });
		await store.rename('turns-text', 'Renamed');
		expect(store.error).toMatch(/could not be read/);
		expect(await raw('turns-text')).toEqual(before);
		expect(await store.get('turns-text')).toBeUndefined();
		// Deleted, it is gone for good: no undo could restore what cannot be read.
		expect(await store.remove('bad-stats')).toBeUndefined();
		expect(await raw('bad-stats')).toBeUndefined();
	});

	it('a merged save stores only known fields: an unknown one never comes back', async () => {
		const store = new ConversationStore(() => null);
		const saved = await store.save(patch('newer-junk'));
		expect(saved.ok && saved.record.turns.map((t) => t.content)).toEqual(['Hi', 'More']);
		expect(await raw('newer-junk')).not.toHaveProperty('junk');
	});
});
