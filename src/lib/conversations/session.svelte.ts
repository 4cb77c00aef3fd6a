// One conversation as one playground tab shows it: the turns so far and the reply being
// streamed. Saves merge into the stored copy (merge.ts): each save writes this tab's new turns,
// and the turns other tabs stored come back into view after it, or when another tab finishes a
// reply (onStoreChange). The turn list is raw state, replaced and never mutated: a turn changes
// only when a reply ends or a save comes back, while the streaming reply itself is the run's,
// buffered and flushed once per frame (demos/generationRun.svelte.ts).
import { GenerationRun } from '$lib/demos/generationRun.svelte';
import type { Engine } from '$lib/engine/types';
import type { ConversationRecord } from '$lib/storage/db';
import {
	conversationStore,
	type ConversationStore,
	type StoreChange
} from './conversationStore.svelte';
import { titleFrom } from './format';
import { adoptTurns, PendingTurns, withTurnIds, type IdTurn } from './merge';
import { buildRequest, type ChatSettings } from './request';
import { fromStored, replyOf, toStored, type ChatTurn } from './turns';

/** How often a streaming reply is written to IndexedDB. */
const SAVE_EVERY_MS = 400;

export class ChatSession {
	turns = $state.raw<ChatTurn[]>([]);
	run = new GenerationRun();
	/** The saved conversation this chat is; created with the first message. */
	id = $state<string | null>(null);
	/** Why the conversation changed by itself (deleted in another tab), or null. */
	notice = $state<string | null>(null);
	/** Why the last save failed and what to do; the turns stay and go with the next save. */
	saveError = $state<string | null>(null);
	private title = '';
	private createdAt = 0;
	private system = '';
	private lastSave = 0;
	private engine: Engine | undefined;
	/** Until a first save succeeds, a save may create the record; after it, none means deleted. */
	private isNew = false;
	/** Turns not stored yet, and replies this tab removed (merge.ts). */
	private pending = new PendingTurns();
	/** The reply being streamed: stored as an interrupted turn, shown by the stream view. */
	private streaming: string | null = null;
	/** The conversation this tab deleted while it was open, so that Undo reopens it. */
	private deleted: string | null = null;

	constructor(private store: ConversationStore = conversationStore) {}

	async send(engine: Engine, text: string, settings: ChatSettings): Promise<void> {
		if (!this.id) this.start(titleFrom(text));
		this.system = settings.system;
		this.notice = null;
		this.add({ id: crypto.randomUUID(), role: 'user', content: text });
		await this.save();
		await this.reply(engine, settings);
	}

	/** Replaces the last reply with a new one for the same question. */
	async regenerate(engine: Engine, settings: ChatSettings): Promise<void> {
		const last = this.turns.at(-1);
		if (last?.role === 'assistant') {
			this.turns = this.turns.slice(0, -1);
			this.pending.unsaved.delete(last.id);
			this.pending.removed.add(last.id);
		}
		if (this.turns.at(-1)?.role === 'user') await this.reply(engine, settings);
	}

	private start(title: string) {
		this.id = crypto.randomUUID();
		this.title = title;
		this.createdAt = Date.now();
		this.isNew = true;
		this.deleted = null;
	}

	/** Adds a turn at the end, or right after `after` (a reply under its question). */
	private add(turn: ChatTurn, after?: string) {
		const at = after === undefined ? -1 : this.turns.findIndex((t) => t.id === after);
		const cut = at < 0 ? this.turns.length : at + 1;
		this.turns = [...this.turns.slice(0, cut), turn, ...this.turns.slice(cut)];
		this.pending.unsaved.add(turn.id);
	}

	private async reply(engine: Engine, settings: ChatSettings) {
		this.engine = engine;
		const engineLabel = engine.info.label;
		const conversation = this.id;
		const id = crypto.randomUUID();
		// Another tab's question may arrive while this reply streams: the reply stays under its own.
		const question = this.turns.at(-1)?.id;
		this.streaming = id;
		const current = await this.run.start(engine, buildRequest(this.turns, settings, engine), () => {
			// Save the partial reply as it streams, marked interrupted until it completes.
			if (this.id !== conversation) return; // the user opened another conversation
			if (performance.now() - this.lastSave < SAVE_EVERY_MS) return;
			this.lastSave = performance.now();
			const content = this.run.latestText;
			const turn: IdTurn = { id, role: 'assistant', content, engineLabel, interrupted: true };
			void this.save({ turn, after: question });
		});
		// Another reply, or another conversation, took over meanwhile: this one leaves them alone.
		if (!current || this.id !== conversation) return;
		this.streaming = null;
		if (this.run.text) {
			const { text: content, result, tokens } = this.run;
			this.add(
				{ id, role: 'assistant', content, engineLabel, ...replyOf(result, tokens) },
				question
			);
		} else this.pending.removed.add(id); // nothing came: no stored partial may stay behind
		await this.save();
	}

	/** Saves this tab's new turns, and the reply streaming (`partial`, placed under its question). */
	private async save(partial?: { turn: IdTurn; after?: string }): Promise<void> {
		const id = this.id;
		if (!id) return;
		const turns = this.turns.map(toStored);
		if (partial) {
			const at = turns.findIndex((t) => t.id === partial.after);
			turns.splice(at < 0 ? turns.length : at + 1, 0, partial.turn);
		}
		const sent = this.pending.snapshot();
		const result = await this.store.save(
			{
				id,
				...(this.isNew ? { create: { title: this.title, createdAt: this.createdAt } } : {}),
				system: this.system,
				turns,
				write: partial ? [...sent.write, partial.turn.id] : sent.write,
				removed: sent.removed
			},
			partial !== undefined
		);
		if (this.id !== id) return; // another conversation was opened meanwhile
		if (result.ok) {
			this.isNew = false;
			this.saveError = null;
			this.pending.saved(sent);
			this.adopt(result.record);
		} else if (result.deleted) {
			this.keepUnsaved('This conversation was deleted meanwhile.');
		} else this.saveError = result.message;
	}

	/** Takes in the stored conversation, keeping this tab's turns that are not stored yet. */
	private adopt(record: ConversationRecord) {
		this.title = record.title;
		const convert = { toStored, fromStored };
		const next = adoptTurns(record, this.turns, this.pending, this.streaming, convert);
		if (next) this.turns = next;
	}

	/**
	 * The conversation is gone (deleted in another tab): the view clears, and the turns this tab
	 * had not stored yet are kept as a new conversation instead of being dropped.
	 */
	private keepUnsaved(reason: string) {
		const keep = this.turns.filter((t) => this.pending.unsaved.has(t.id));
		this.clear();
		this.notice = reason;
		if (!keep.length) return;
		this.start(titleFrom(keep.find((t) => t.role === 'user')?.content ?? ''));
		this.turns = keep;
		for (const t of keep) this.pending.unsaved.add(t.id);
		this.notice = `${reason} Your messages that were not saved yet are kept here as a new conversation.`;
		void this.save();
	}

	/** Follows changes to the saved conversations, this tab's own and other tabs'. */
	async onStoreChange(change: StoreChange, fromAnotherTab: boolean): Promise<void> {
		if (change.kind === 'deleted' && change.id === this.id) {
			if (fromAnotherTab) this.keepUnsaved('This conversation was deleted in another tab.');
			else {
				// Deleted here: the view clears, and the next message starts a new conversation.
				this.clear();
				this.deleted = change.id;
			}
		} else if (change.kind === 'saved') {
			const { id } = change.summary;
			// Another tab finished a turn of this conversation, or Undo brought back this one.
			const follow = fromAnotherTab && !change.partial && id === this.id;
			const reopen = change.restored && id === this.deleted && !this.id && !this.turns.length;
			if (!follow && !reopen) return;
			const record = await this.store.get(id);
			if (!record) return;
			if (follow && this.id === id) this.adopt(record);
			else if (reopen && !this.id && !this.turns.length) this.open(record);
		}
	}

	/** Opens a saved conversation. */
	open(record: ConversationRecord) {
		this.reset();
		const stored = withTurnIds(record);
		this.id = stored.id;
		this.title = stored.title;
		this.createdAt = stored.createdAt;
		this.system = stored.system;
		this.turns = stored.turns.map(fromStored);
	}

	clear() {
		this.reset();
		// WebLLM keeps the last conversation in its KV cache; a new one starts clean.
		void this.engine?.reset().catch(() => {});
		this.turns = [];
		this.id = null;
	}

	private reset() {
		this.run.stop();
		this.isNew = false;
		this.pending.clear();
		this.streaming = null;
		this.deleted = null;
		this.notice = null;
		this.saveError = null;
	}
}
