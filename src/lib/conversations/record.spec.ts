// Any stored value in, never a throw: the good conversations are kept, newest first, and each
// damaged one is skipped and named by its key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '$lib/storage/db';
import { readConversation, readConversations } from './record';

const good = (id: string, updatedAt = 1): ConversationRecord => ({
	id,
	title: `Talk ${id}`,
	createdAt: 1,
	updatedAt,
	system: '',
	turns: [
		{ id: 'u', role: 'user', content: 'Hi' },
		{
			id: 'a',
			role: 'assistant',
			content: 'Hello',
			engineLabel: 'Built-in',
			stats: { completionTokens: 2, decodeTokensPerSecond: 30, timeToFirstTokenMs: 12 }
		}
	]
});

describe('reading stored conversations', () => {
	it('keeps the good ones newest first and names each damaged one by its key', () => {
		const rows = [
			good('old', 1),
			{ ...good('bad-turns'), turns: 'Hi' },
			{ ...good('bad-role'), turns: [{ role: 'robot', content: 'x' }] },
			{ ...good('huge'), title: 'x'.repeat(5_000_000) },
			good('new', 9),
			null
		];
		const { records, skipped } = readConversations(rows, [
			'old',
			'bad-turns',
			'bad-role',
			'huge',
			'new',
			7
		]);
		expect(records.map((c) => c.id)).toEqual(['new', 'old']);
		expect(skipped.map((s) => s.key)).toEqual(['bad-turns', 'bad-role', 'huge', '7']);
		expect(skipped[0]!.why).toMatch(/^turns/);
		expect(skipped[2]!.why.length).toBeLessThanOrEqual(80);
	});

	it('reads turns saved before turns had ids, and keeps a reply’s stats', () => {
		const legacy = { ...good('legacy'), turns: [{ role: 'user', content: 'Hi' }] };
		expect(readConversation(legacy)?.turns).toEqual([{ role: 'user', content: 'Hi' }]);
		expect(readConversation(good('g'))?.turns[1]?.stats).toEqual({
			completionTokens: 2,
			decodeTokensPerSecond: 30,
			timeToFirstTokenMs: 12
		});
	});

	it('hands on only the fields it knows, so a save never writes a damaged field back', () => {
		const stored = {
			...good('g'),
			junk: 'x'.repeat(1000),
			turns: [{ role: 'user', content: 'Hi', tokens: [1, 2, 3] }]
		};
		const read = readConversation(stored)!;
		expect(read).not.toHaveProperty('junk');
		expect(read.turns[0]).toEqual({ role: 'user', content: 'Hi' });
	});

	it('a second record with the same id is skipped, not listed twice', () => {
		const { records, skipped } = readConversations([good('same', 2), good('same', 3)]);
		expect(records).toHaveLength(1);
		expect(skipped).toEqual([{ key: 'same', why: 'a second record with the same key' }]);
	});

	it('never throws and never loses a good record, whatever else is stored (property)', () => {
		const keep = good('keep', 5);
		fc.assert(
			fc.property(fc.array(fc.jsonValue(), { maxLength: 20 }), fc.nat(), (junk, at) => {
				const rows: unknown[] = [...junk];
				rows.splice(at % (rows.length + 1), 0, keep);
				const { records, skipped } = readConversations(rows);
				expect(records.filter((c) => c.id === 'keep')).toEqual([keep]);
				expect(records.length + skipped.length).toBe(rows.length);
				for (const c of records) expect(readConversation(c)).toEqual(c);
			}),
			{ numRuns: 300 }
		);
	});

	it('damaged values inside a good-looking record are skipped too (property)', () => {
		const field = fc.constantFrom('id', 'title', 'createdAt', 'updatedAt', 'system');
		fc.assert(
			fc.property(field, fc.jsonValue(), (name, value) => {
				const row = { ...good('g'), [name]: value };
				const read = readConversation(row);
				if (read) expect(read[name as keyof ConversationRecord]).toEqual(value);
			})
		);
	});
});
