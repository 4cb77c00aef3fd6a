// Saved conversations (IndexedDB), newest first. The playground writes here as replies stream,
// so a reload or a crash keeps what was said, with a half-written reply marked "interrupted".
import { appDb, type ConversationRecord } from '$lib/storage/db';
import { parseImport } from './format';

export type ConversationSummary = Pick<ConversationRecord, 'id' | 'title' | 'updatedAt'>;

class ConversationStore {
	list = $state<ConversationSummary[]>([]);
	error = $state<string | null>(null);

	async refresh(): Promise<void> {
		try {
			const all = await (await appDb()).getAllFromIndex('conversations', 'updatedAt');
			this.list = all.reverse().map(({ id, title, updatedAt }) => ({ id, title, updatedAt }));
		} catch (e) {
			this.error = `Saved conversations could not be read: ${String(e)}`;
		}
	}

	async get(id: string): Promise<ConversationRecord | undefined> {
		return (await appDb()).get('conversations', id);
	}

	async save(record: ConversationRecord): Promise<void> {
		try {
			await (await appDb()).put('conversations', $state.snapshot(record) as ConversationRecord);
			const i = this.list.findIndex((c) => c.id === record.id);
			const summary = { id: record.id, title: record.title, updatedAt: record.updatedAt };
			if (i === 0) this.list[0] = summary;
			else {
				if (i > 0) this.list.splice(i, 1);
				this.list.unshift(summary);
			}
			this.error = null;
		} catch (e) {
			this.error =
				e instanceof DOMException && e.name === 'QuotaExceededError'
					? 'The conversation could not be saved: storage is full. Delete old conversations or a model.'
					: `The conversation could not be saved: ${String(e)}`;
		}
	}

	async rename(id: string, title: string): Promise<void> {
		const record = await this.get(id);
		if (!record || !title.trim()) return;
		await this.save({ ...record, title: title.trim().slice(0, 200), updatedAt: Date.now() });
	}

	async remove(id: string): Promise<void> {
		await (await appDb()).delete('conversations', id);
		this.list = this.list.filter((c) => c.id !== id);
	}

	/** Imports an exported file; on any problem nothing is stored and the message says why. */
	async importText(text: string): Promise<{ imported: number } | { error: string }> {
		const parsed = parseImport(text);
		if (!parsed.ok) return { error: parsed.error };
		const tx = (await appDb()).transaction('conversations', 'readwrite');
		await Promise.all([...parsed.conversations.map((c) => tx.store.put(c)), tx.done]);
		await this.refresh();
		return { imported: parsed.conversations.length };
	}
}

export const conversationStore = new ConversationStore();
