import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '$lib/storage/db';
import {
	adoptTurns,
	mergeConversation,
	PendingTurns,
	mergeTurns,
	withTurnIds,
	type ConversationPatch,
	type IdTurn
} from './merge';

const q = (id: string): IdTurn => ({ id, role: 'user', content: id });
const a = (id: string, content = id): IdTurn => ({ id, role: 'assistant', content });
const ids = (turns: { id?: string }[]) => turns.map((t) => t.id);

const stored: ConversationRecord = {
	id: 'c',
	title: 'Renamed elsewhere',
	createdAt: 1,
	updatedAt: 2,
	system: '',
	turns: [q('u1'), a('a1')]
};

const patch = (over: Partial<ConversationPatch>): ConversationPatch => ({
	id: 'c',
	system: '',
	turns: [],
	write: [],
	removed: [],
	...over
});

describe('merging a save into the stored conversation', () => {
	it('keeps the turns another tab added; each reply stays under its question', () => {
		// Tab A stored u2 and its reply; tab B, which never saw them, adds u3 and then its reply.
		const afterA = { ...stored, turns: [q('u1'), a('a1'), q('u2'), a('a2')] };
		const b1 = mergeConversation(
			afterA,
			patch({ turns: [q('u1'), a('a1'), q('u3')], write: ['u3'] }),
			3
		);
		expect(b1.ok && ids(b1.record.turns)).toEqual(['u1', 'a1', 'u2', 'a2', 'u3']);
		// A's reply to u2 arrives after B's question: it still goes under u2.
		const afterB = { ...stored, turns: [q('u1'), a('a1'), q('u2'), q('u3')] };
		const a2 = mergeConversation(
			afterB,
			patch({ turns: [q('u1'), a('a1'), q('u2'), a('a2')], write: ['a2'] }),
			4
		);
		expect(a2.ok && ids(a2.record.turns)).toEqual(['u1', 'a1', 'u2', 'a2', 'u3']);
	});

	it('a streaming reply replaces its own earlier save; unwritten turns change nothing', () => {
		const partial = { ...stored, turns: [q('u1'), a('a1', 'Half')] };
		const r = mergeConversation(
			partial,
			patch({ turns: [{ ...q('u1'), content: 'stale' }, a('a1', 'Half a reply')], write: ['a1'] }),
			3
		);
		expect(r.ok && r.record.turns).toEqual([q('u1'), a('a1', 'Half a reply')]);
		expect(r.ok && r.record.title).toBe('Renamed elsewhere');
	});

	it('a regenerated reply stays removed whatever a stale tab sends', () => {
		const r1 = mergeConversation(
			stored,
			patch({ turns: [q('u1'), a('a1b')], write: ['a1b'], removed: ['a1'] }),
			3
		);
		expect(r1.ok && ids(r1.record.turns)).toEqual(['u1', 'a1b']);
		if (!r1.ok) return;
		const stale = mergeConversation(
			r1.record,
			patch({ turns: [q('u1'), a('a1'), q('u2')], write: ['a1', 'u2'] }),
			4
		);
		expect(stale.ok && ids(stale.record.turns)).toEqual(['u1', 'a1b', 'u2']);
	});

	it('refuses to bring back a deleted conversation; creates a new one when asked', () => {
		expect(mergeConversation(undefined, patch({ turns: [q('u9')], write: ['u9'] }), 1)).toEqual({
			ok: false,
			reason: 'deleted'
		});
		const created = mergeConversation(
			undefined,
			patch({ create: { title: 'New', createdAt: 5 }, turns: [q('u9')], write: ['u9'] }),
			6
		);
		expect(created).toEqual({
			ok: true,
			record: { id: 'c', title: 'New', createdAt: 5, updatedAt: 6, system: '', turns: [q('u9')] }
		});
	});

	it('gives turns saved before ids existed the same ids in every tab', () => {
		const legacy = { ...stored, turns: [{ role: 'user' as const, content: 'hi' }] };
		expect(ids(withTurnIds(legacy).turns)).toEqual(['c#0']);
		const r = mergeConversation(
			legacy,
			patch({ turns: [...withTurnIds(legacy).turns, a('x')], write: ['x'] }),
			2
		);
		expect(r.ok && ids(r.record.turns)).toEqual(['c#0', 'x']);
	});
});

describe('a tab taking in the stored conversation', () => {
	it('keeps its own objects and unsaved turns, and leaves the streaming reply to the stream', () => {
		const pending = new PendingTurns();
		const mine = { ...q('u1'), tokens: ['kept'] };
		const unsaved = q('u3');
		pending.unsaved.add('u3');
		const record = { ...stored, turns: [q('u1'), a('a1', 'Half'), q('u2')] };
		const convert = { toStored: (t: IdTurn) => t, fromStored: (t: IdTurn) => ({ ...t }) };
		const next = adoptTurns(record, [mine, unsaved], pending, 'a1', convert)!;
		expect(ids(next)).toEqual(['u1', 'u2', 'u3']);
		expect(next[0]).toBe(mine);
		expect(next[2]).toBe(unsaved);
		expect(adoptTurns(record, next, pending, 'a1', convert)).toBeNull();
		// Only what a save sent is forgotten: a turn added meanwhile goes with the next save.
		const sent = pending.snapshot();
		pending.unsaved.add('u4');
		pending.saved(sent);
		expect([...pending.unsaved]).toEqual(['u4']);
	});
});

// Two tabs on one conversation, as the playground runs them: each adds questions and replies,
// regenerates, saves (merge in one transaction) and takes in what the other stored, in any order.
type Op = { tab: 0 | 1; op: 'ask' | 'reply' | 'regenerate' | 'save' | 'adopt' };

interface Tab {
	view: IdTurn[];
	unsaved: Set<string>;
	removed: Set<string>;
}

describe('two tabs, any interleaving (property)', () => {
	it('never loses a turn and never brings back a removed one', () => {
		const op = fc.record({
			tab: fc.constantFrom<0 | 1>(0, 1),
			op: fc.constantFrom<Op['op']>('ask', 'reply', 'regenerate', 'save', 'adopt')
		});
		fc.assert(
			fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
				let record: ConversationRecord = { ...stored };
				const tabs: Tab[] = [0, 1].map(() => ({
					view: withTurnIds(stored).turns,
					unsaved: new Set<string>(),
					removed: new Set<string>()
				}));
				const written = new Set(['u1', 'a1']);
				const removedEver = new Set<string>();
				let n = 0;
				const save = (t: Tab) => {
					const r = mergeConversation(
						record,
						patch({ turns: t.view, write: [...t.unsaved], removed: [...t.removed] }),
						n
					);
					if (!r.ok) throw new Error('refused');
					record = r.record;
					t.unsaved.clear();
					t.removed.clear();
					t.view = r.record.turns;
				};
				for (const { tab, op } of ops) {
					const t = tabs[tab]!;
					const id = `t${tab}-${n++}`;
					if (op === 'ask' || op === 'reply') {
						t.view = [...t.view, op === 'ask' ? q(id) : a(id)];
						t.unsaved.add(id);
						written.add(id);
					} else if (op === 'regenerate') {
						const last = t.view.at(-1);
						if (last?.role !== 'assistant') continue;
						t.view = t.view.slice(0, -1);
						t.unsaved.delete(last.id);
						t.removed.add(last.id);
						removedEver.add(last.id);
					} else if (op === 'save') save(t);
					else {
						const gone = new Set([...(record.removedTurns ?? []), ...t.removed]);
						t.view = mergeTurns(withTurnIds(record).turns, t.view, t.unsaved, gone);
					}
				}
				tabs.forEach(save);
				const kept = ids(record.turns);
				expect(new Set(kept).size).toBe(kept.length);
				expect(new Set(kept)).toEqual(new Set([...written].filter((w) => !removedEver.has(w))));
			}),
			{ numRuns: 300 }
		);
	});
});
