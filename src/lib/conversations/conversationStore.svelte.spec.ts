import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConversationStore, type Channel, type StoreChange } from './conversationStore.svelte';
import { toJson } from './format';
import type { ConversationRecord } from '$lib/storage/db';
import type { ConversationPatch, IdTurn } from './merge';

/** Channels that deliver to each other, later, as BroadcastChannel does between tabs. */
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

const q = (id: string): IdTurn => ({ id, role: 'user', content: id });
const record = (id: string): ConversationRecord => ({
	id,
	title: 'T',
	createdAt: 1,
	updatedAt: 1,
	system: '',
	turns: [q('u')]
});
const first = (id: string, ...turns: IdTurn[]): ConversationPatch => ({
	id,
	create: { title: id, createdAt: 1 },
	system: '',
	turns,
	write: turns.map((t) => t.id),
	removed: []
});

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('conversation store', () => {
	// First, before anything opened the database: a failed open is not remembered.
	it('says so when the browser keeps no data, and works once it does', async () => {
		vi.stubGlobal('indexedDB', {
			open() {
				throw new DOMException('The user denied permission.', 'SecurityError');
			}
		});
		const store = new ConversationStore(() => null);
		await store.refresh();
		expect(store.error).toMatch(
			/^Saved conversations could not be read: this browser does not let the app store data here/
		);
		expect(await store.save(first('x', q('u')))).toEqual({
			ok: false,
			message: expect.stringMatching(/^The conversation could not be saved: this browser/)
		});
		expect(await store.importText(toJson([record('x')]))).toEqual({
			error: expect.stringMatching(/^Nothing was imported: this browser/)
		});
		vi.unstubAllGlobals();
		expect((await store.save(first('x', q('u')))).ok).toBe(true);
	});

	it('a full disk is a message, and nothing half-written', async () => {
		const store = new ConversationStore(() => null);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		});
		expect(await store.save(first('full', q('u')))).toEqual({
			ok: false,
			message: expect.stringMatching(/could not be saved: the storage this site may use is full/)
		});
		expect(await store.importText(toJson([record('y')]))).toEqual({
			error: expect.stringMatching(/^Nothing was imported: the storage .* is full/)
		});
		vi.restoreAllMocks();
		expect(await store.get('full')).toBeUndefined();
	});

	it('two tabs: saves merge, and each tab hears of the other’s changes', async () => {
		const channels = fakeChannels();
		const [a, b] = [new ConversationStore(channels), new ConversationStore(channels)];
		const heard: [StoreChange['kind'], boolean][] = [];
		const stop = b.watch((change, remote) => heard.push([change.kind, remote]));
		const unwatchA = a.watch(() => {});
		await a.save(first('two', q('u1')));
		const fromB = await b.save({
			...first('two', q('u1'), q('u2')),
			create: undefined,
			write: ['u2']
		});
		const fromA = await a.save({
			...first('two', q('u1'), q('u3')),
			create: undefined,
			write: ['u3']
		});
		expect(fromB.ok && fromB.record.turns.map((t) => t.id)).toEqual(['u1', 'u2']);
		expect(fromA.ok && fromA.record.turns.map((t) => t.id)).toEqual(['u1', 'u2', 'u3']);
		await new Promise((r) => setTimeout(r, 10));
		// B heard its own save and both of A's (in whatever order the channel and the disk ran).
		expect(heard.filter(([, remote]) => !remote)).toEqual([['saved', false]]);
		expect(heard.filter(([, remote]) => remote)).toEqual([
			['saved', true],
			['saved', true]
		]);
		expect(b.list.map((c) => c.id)).toContain('two');

		// Deleted in A: B's list drops it, and B's next save is refused instead of recreating it.
		const deleted = await a.remove('two');
		expect(deleted?.turns).toHaveLength(3);
		await new Promise((r) => setTimeout(r, 10));
		expect(b.list.map((c) => c.id)).not.toContain('two');
		expect(await b.save({ ...first('two', q('u4')), create: undefined })).toEqual({
			ok: false,
			deleted: true
		});
		// Undo in A brings it back, as it was.
		expect(await a.restore(deleted!)).toBe(true);
		expect((await b.get('two'))?.turns).toHaveLength(3);
		stop();
		unwatchA();
	});
});
