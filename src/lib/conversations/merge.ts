// Saving a conversation merges, it never overwrites. Two tabs open on one conversation each add
// their own turns; when each save wrote the tab's whole copy, the last tab to save erased the
// other's turns. Now every turn has an id, a save says which turns it writes (its new ones and
// the reply it is streaming), and the store merges that into what is stored inside one
// IndexedDB transaction (conversationStore.svelte.ts), so no other save can slip in between the
// read and the write. Why not a version number with "refuse and retry": a tab streaming a reply
// saves every 400 ms, and a refusal there would either lose the partial reply or need this same
// merge to recover. Why turn ids and not positions: both tabs append at the same position.
//
// Rules, all pure, so merge.spec.ts can replay any interleaving of two tabs:
// - a stored turn stays unless some tab removed it on purpose (regenerate): removed ids are kept
//   as tombstones, so a stale copy cannot bring the old reply back;
// - a turn a save writes replaces the stored turn with its id (a streaming reply growing), or is
//   added: a question at the end, a reply (or a system turn) right after the turn it follows in
//   the writer's copy, so each reply stays under its question while the other tab adds its own;
// - turns a save does not write change nothing: they are only what that tab last saw;
// - a save that may not create (the conversation existed before) finds no record when it was
//   deleted meanwhile, and is refused instead of bringing the conversation back.
import type { ConversationRecord, StoredTurn } from '$lib/storage/db';

export type IdTurn = StoredTurn & { id: string };

/** A conversation whose turns all have ids. */
export type IdConversation = Omit<ConversationRecord, 'turns'> & { turns: IdTurn[] };

/** What one save sends: this tab's view of the conversation, and which of its turns it writes. */
export interface ConversationPatch {
	id: string;
	/** Only on a conversation's first save: it may create the record. */
	create?: { title: string; createdAt: number };
	system: string;
	/** This tab's turns in its order; places the new ones. */
	turns: IdTurn[];
	/** The ids of the turns this save writes. */
	write: string[];
	/** Turns this tab removed (a reply it regenerated). */
	removed: string[];
}

export type MergeResult = { ok: true; record: IdConversation } | { ok: false; reason: 'deleted' };

/** Tombstones kept per conversation (36 characters each); the oldest go first. */
export const MAX_REMOVED = 500;

/** A record's turns with ids; turns saved before ids existed get `<conversation id>#<index>`. */
export function withTurnIds(record: ConversationRecord): IdConversation {
	return {
		...record,
		turns: record.turns.map((t, i) =>
			typeof t.id === 'string' ? t : { ...t, id: `${record.id}#${i}` }
		) as IdTurn[]
	};
}

/**
 * `base` with `mine`'s written turns merged in (the rules above). Also used by a tab to take in
 * what another tab stored while keeping its own turns that are not stored yet.
 */
export function mergeTurns(
	base: readonly IdTurn[],
	mine: readonly IdTurn[],
	write: ReadonlySet<string>,
	removed: ReadonlySet<string>
): IdTurn[] {
	const out = base.filter((t) => !removed.has(t.id));
	const indexOf = (id: string) => out.findIndex((t) => t.id === id);
	for (let i = 0; i < mine.length; i++) {
		const turn = mine[i]!;
		if (!write.has(turn.id) || removed.has(turn.id)) continue;
		const at = indexOf(turn.id);
		if (at >= 0) {
			out[at] = turn;
			continue;
		}
		let place = out.length;
		if (turn.role !== 'user') {
			for (let k = i - 1; k >= 0; k--) {
				const before = indexOf(mine[k]!.id);
				if (before >= 0) {
					place = before + 1;
					break;
				}
			}
		}
		out.splice(place, 0, turn);
	}
	return out;
}

/** The record to store for `patch`, given what is stored now. */
export function mergeConversation(
	stored: ConversationRecord | undefined,
	patch: ConversationPatch,
	now: number
): MergeResult {
	const base = stored ? withTurnIds(stored) : undefined;
	if (!base && !patch.create) return { ok: false, reason: 'deleted' };
	const removed = new Set([...(base?.removedTurns ?? []), ...patch.removed]);
	const turns = mergeTurns(base?.turns ?? [], patch.turns, new Set(patch.write), removed);
	const tombstones = [...removed].slice(-MAX_REMOVED);
	return {
		ok: true,
		record: {
			id: patch.id,
			// A rename (in any tab) wins over the title a tab had when it opened the conversation.
			title: base?.title ?? patch.create!.title,
			createdAt: base?.createdAt ?? patch.create!.createdAt,
			updatedAt: now,
			system: patch.system,
			turns,
			...(tombstones.length ? { removedTurns: tombstones } : {})
		}
	};
}

/**
 * What one tab has not stored yet: the turns every save writes until one succeeds, and the
 * replies it removed (regenerated). A save sends a snapshot; only what it sent is forgotten
 * after it succeeds, so a turn added while the save was on its way goes with the next one.
 */
export class PendingTurns {
	readonly unsaved = new Set<string>();
	readonly removed = new Set<string>();

	snapshot(): { write: string[]; removed: string[] } {
		return { write: [...this.unsaved], removed: [...this.removed] };
	}

	saved(sent: { write: string[]; removed: string[] }) {
		for (const id of sent.write) this.unsaved.delete(id);
		for (const id of sent.removed) this.removed.delete(id);
	}

	clear() {
		this.unsaved.clear();
		this.removed.clear();
	}
}

/**
 * The turns a tab shows once it takes in the stored conversation: the stored order and text,
 * its own turns not stored yet where they belong, and not the reply it is streaming (the stream
 * view shows that one). A turn whose text did not change keeps the tab's own object (which holds
 * what is not saved: token probabilities). Null when nothing changed.
 */
export function adoptTurns<T extends { id: string; content: string; interrupted?: boolean }>(
	record: ConversationRecord,
	local: T[],
	pending: PendingTurns,
	streaming: string | null,
	convert: { toStored: (t: T) => IdTurn; fromStored: (t: IdTurn) => T }
): T[] | null {
	const stored = withTurnIds(record);
	const gone = new Set([...(stored.removedTurns ?? []), ...pending.removed]);
	const merged = mergeTurns(
		stored.turns.filter((t) => t.id !== streaming),
		local.map(convert.toStored),
		pending.unsaved,
		gone
	);
	const byId = new Map(local.map((t) => [t.id, t]));
	const next = merged.map((t) => {
		const mine = byId.get(t.id);
		const same = mine && mine.content === t.content && !!mine.interrupted === !!t.interrupted;
		return mine && (same || pending.unsaved.has(t.id)) ? mine : convert.fromStored(t);
	});
	const changed = next.length !== local.length || next.some((t, i) => t !== local[i]);
	return changed ? next : null;
}
