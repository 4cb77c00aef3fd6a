// Saved conversations (IndexedDB), newest first. The playground writes here as replies stream,
// so a reload or a crash keeps what was said, with a half-written reply marked "interrupted".
// Every tab of the app may have the same conversation open: a save merges into what is stored in
// one transaction (merge.ts), and a BroadcastChannel tells the other tabs what changed, so their
// lists and open conversations follow without a reload. Every storage failure comes back as a
// message (storage/errors.ts), never as a rejected promise the page forgets to catch. Every
// read goes through the record schema (record.ts): a damaged record is left out and named, never
// merged into, renamed or restored, so nothing damaged is written back.
import type { IDBPObjectStore } from 'idb';
import { appDb, type AppSchema, type ConversationRecord } from '$lib/storage/db';
import { describeStorageError, type StorageAction } from '$lib/storage/errors';
import { skippedText } from '$lib/storage/records';
import { parseImport } from './format';
import { CONVERSATIONS, DAMAGED, readConversation, readConversations } from './record';
import { mergeConversation, type ConversationPatch, type IdConversation } from './merge';

export type ConversationSummary = Pick<ConversationRecord, 'id' | 'title' | 'updatedAt'>;

/** What changed, for this tab's listeners and (through the channel) the other tabs'. */
export type StoreChange =
	/** Saved, renamed or restored; `partial` while a reply is still streaming. */
	| { kind: 'saved'; summary: ConversationSummary; partial: boolean; restored?: boolean }
	| { kind: 'deleted'; id: string }
	| { kind: 'imported' };

export type StoreListener = (change: StoreChange, fromAnotherTab: boolean) => void;

export type SaveResult =
	| { ok: true; record: IdConversation }
	/** The conversation was deleted (in this tab or another) since this tab last saved it. */
	| { ok: false; deleted: true }
	| { ok: false; deleted?: false; message: string };

/** What a save, rename or delete meets where a damaged record is stored. */
class DamagedRecord extends Error {}

/** The messages between tabs; the seam tests replace. */
export interface Channel {
	postMessage(change: StoreChange): void;
	onmessage: ((e: MessageEvent<StoreChange>) => void) | null;
	close(): void;
}

const CHANNEL = 'genai-live.conversations';

function browserChannel(): Channel | null {
	return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

type ConversationsStore = IDBPObjectStore<
	AppSchema,
	['conversations'],
	'conversations',
	'readwrite'
>;

/**
 * Runs `body` in one readwrite transaction and waits for the commit. Both promises are awaited
 * together, so a failed write never leaves the transaction's own rejection unhandled.
 */
async function inTransaction<T>(body: (store: ConversationsStore) => Promise<T>): Promise<T> {
	const tx = (await appDb()).transaction('conversations', 'readwrite');
	const [value] = await Promise.all([body(tx.store), tx.done]);
	return value;
}

/**
 * The stored conversation `id` as read through its schema: undefined when there is none, and a
 * DamagedRecord thrown (the transaction aborts, nothing is written) when it cannot be read.
 */
async function readStored(
	store: ConversationsStore,
	id: string
): Promise<ConversationRecord | undefined> {
	const row = await store.get(id);
	const record = readConversation(row);
	if (row !== undefined && !record) throw new DamagedRecord();
	return record;
}

const summaryOf = ({ id, title, updatedAt }: ConversationRecord): ConversationSummary => ({
	id,
	title,
	updatedAt
});

export class ConversationStore {
	list = $state.raw<ConversationSummary[]>([]);
	/** The last failure of reading, renaming or deleting, as a message for the list. */
	error = $state<string | null>(null);
	/** What the last read of the list left out (damaged records), as one sentence, or ''. */
	skipped = $state('');

	private listeners: StoreListener[] = [];
	private channel: Channel | null | undefined;

	constructor(private openChannel: () => Channel | null = browserChannel) {}

	private fail(action: StorageAction, e: unknown) {
		this.error = describeStorageError(action, e).message;
	}

	async refresh(): Promise<void> {
		try {
			// The whole store, not the updatedAt index: a record without a numeric updatedAt is
			// missing from the index, and would be left out without a word.
			const tx = (await appDb()).transaction('conversations');
			const [rows, keys] = await Promise.all([tx.store.getAll(), tx.store.getAllKeys(), tx.done]);
			const read = readConversations(rows, keys);
			this.list = read.records.map(summaryOf);
			this.skipped = skippedText(CONVERSATIONS, read.skipped.length);
			this.error = null;
		} catch (e) {
			this.fail('read-conversations', e);
		}
	}

	/**
	 * A saved conversation, or undefined (deleted, damaged, or storage failed: then `error` says
	 * so).
	 */
	async get(id: string): Promise<ConversationRecord | undefined> {
		try {
			const row = await (await appDb()).get('conversations', id);
			const record = readConversation(row);
			if (row !== undefined && !record) this.error = DAMAGED;
			return record;
		} catch (e) {
			this.fail('open-conversation', e);
			return undefined;
		}
	}

	/** Merges one tab's save into the stored conversation (merge.ts), in one transaction. */
	async save(patch: ConversationPatch, partial = false): Promise<SaveResult> {
		let result;
		try {
			result = await inTransaction(async (store) => {
				const merged = mergeConversation(await readStored(store, patch.id), patch, Date.now());
				if (merged.ok) await store.put(merged.record);
				return merged;
			});
		} catch (e) {
			if (e instanceof DamagedRecord) return { ok: false, message: DAMAGED };
			return { ok: false, message: describeStorageError('save-conversation', e).message };
		}
		if (!result.ok) return { ok: false, deleted: true };
		this.announce({ kind: 'saved', summary: summaryOf(result.record), partial });
		return { ok: true, record: result.record };
	}

	async rename(id: string, title: string): Promise<void> {
		if (!title.trim()) return;
		try {
			const renamed = await inTransaction(async (store) => {
				const record = await readStored(store, id);
				if (!record) return undefined;
				const next = { ...record, title: title.trim().slice(0, 200), updatedAt: Date.now() };
				await store.put(next);
				return next;
			});
			if (renamed) this.announce({ kind: 'saved', summary: summaryOf(renamed), partial: false });
		} catch (e) {
			if (e instanceof DamagedRecord) {
				this.error = DAMAGED;
				return;
			}
			this.fail('rename-conversation', e);
		}
	}

	/** Deletes a conversation; resolves to what was deleted, for an undo. */
	async remove(id: string): Promise<ConversationRecord | undefined> {
		try {
			// A damaged record is deleted all the same, but not offered back: Undo would restore it.
			const record = await inTransaction(async (store) => {
				const found = readConversation(await store.get(id));
				await store.delete(id);
				return found;
			});
			this.announce({ kind: 'deleted', id });
			return record;
		} catch (e) {
			this.fail('delete-conversation', e);
			return undefined;
		}
	}

	/** Undoes a delete: stores the conversation as it was. */
	async restore(record: ConversationRecord): Promise<boolean> {
		try {
			await (await appDb()).put('conversations', record);
		} catch (e) {
			this.fail('restore-conversation', e);
			return false;
		}
		this.announce({ kind: 'saved', summary: summaryOf(record), partial: false, restored: true });
		return true;
	}

	/** Imports an exported file; on any problem nothing is stored and the message says why. */
	async importText(text: string): Promise<{ imported: number } | { error: string }> {
		const parsed = parseImport(text);
		if (!parsed.ok) return { error: parsed.error };
		try {
			await inTransaction(async (store) =>
				Promise.all(parsed.conversations.map((c) => store.put(c)))
			);
		} catch (e) {
			return { error: describeStorageError('import', e).message };
		}
		this.announce({ kind: 'imported' });
		return { imported: parsed.conversations.length };
	}

	/**
	 * Calls `listener` on every change, this tab's and the other tabs'; returns the unsubscribe.
	 * While anyone listens, the list also follows the other tabs.
	 */
	watch(listener: StoreListener): () => void {
		this.listeners.push(listener);
		const channel = this.open();
		if (channel) channel.onmessage = (e) => this.apply(e.data, true);
		return () => {
			this.listeners = this.listeners.filter((l) => l !== listener);
			if (this.listeners.length === 0 && this.channel) {
				this.channel.close();
				this.channel = undefined;
			}
		};
	}

	private open(): Channel | null {
		if (this.channel === undefined) this.channel = this.openChannel();
		return this.channel;
	}

	private announce(change: StoreChange) {
		this.apply(change, false);
		// Only a watching tab holds a channel; one that never watched tells nobody, which is
		// fine: the playground is the only page that saves conversations, and it watches.
		this.channel?.postMessage(change);
	}

	private apply(change: StoreChange, fromAnotherTab: boolean) {
		if (change.kind === 'saved') {
			const rest = this.list.filter((c) => c.id !== change.summary.id);
			const at = rest.findIndex((c) => c.updatedAt <= change.summary.updatedAt);
			rest.splice(at < 0 ? rest.length : at, 0, change.summary);
			this.list = rest;
		} else if (change.kind === 'deleted') {
			this.list = this.list.filter((c) => c.id !== change.id);
		} else void this.refresh();
		for (const listener of this.listeners) listener(change, fromAnotherTab);
	}
}

export const conversationStore = new ConversationStore();
