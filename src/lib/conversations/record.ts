// What a stored conversation must look like to be read. IndexedDB hands back whatever an older
// version of the app, another tab, DevTools or a damaged disk left there; the conversations store
// reads every row through this schema (storage/records.ts), so a damaged record is skipped and
// named instead of breaking the list, and only the parsed copy (known fields, checked) goes on to
// a merge and a save: a damaged or unknown field is never written back.
// Bounds are far above what the app writes (a reply is at most 4,096 tokens, an import turn at
// most a million characters, merge.ts keeps 500 tombstones) and only there so that a 50 MB value
// fails in O(1) instead of flowing into the page.
import * as v from 'valibot';
import { echo, readRecord, readRecords, type ReadRecords } from '$lib/storage/records';
import type { ConversationRecord } from '$lib/storage/db';

const MAX_TEXT = 1_000_000;
const MAX_TURNS = 10_000;
const MAX_TOMBSTONES = 5_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const number = v.pipe(v.number(), v.finite());

const TurnSchema = v.object({
	id: v.optional(text(200)),
	role: v.picklist(['system', 'user', 'assistant']),
	content: text(MAX_TEXT),
	engineLabel: v.optional(text(500)),
	interrupted: v.optional(v.boolean()),
	stats: v.optional(
		v.object({
			completionTokens: number,
			decodeTokensPerSecond: number,
			timeToFirstTokenMs: number
		})
	)
});

const ConversationSchema = v.object({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	title: text(1000),
	createdAt: number,
	updatedAt: number,
	system: text(MAX_TEXT),
	turns: v.pipe(v.array(TurnSchema), v.maxLength(MAX_TURNS)),
	removedTurns: v.optional(v.pipe(v.array(text(200)), v.maxLength(MAX_TOMBSTONES)))
});

/** What a save, rename or open meets where the stored conversation cannot be read. */
export const DAMAGED =
	'This saved conversation could not be read (damaged, or saved by another version of the app); it was left as it is.';

/** How a notice names what was skipped (storage/records.ts skippedText). */
export const CONVERSATIONS = { one: 'saved conversation', many: 'saved conversations' };

/**
 * Every readable conversation among `rows`, newest first, and what was skipped. `keys` are the
 * rows' store keys in the same order (the key of a damaged row is all a notice can name).
 */
export function readConversations(
	rows: readonly unknown[],
	keys: readonly unknown[] = []
): ReadRecords<ConversationRecord> {
	const read = readRecords(
		ConversationSchema,
		rows,
		(c) => c.id,
		(i) => echo(keys[i] ?? `#${i + 1}`)
	);
	read.records.sort((a, b) => b.updatedAt - a.updatedAt);
	return read;
}

/** One stored conversation, or undefined when it is missing or damaged. */
export function readConversation(row: unknown): ConversationRecord | undefined {
	return row === undefined ? undefined : readRecord(ConversationSchema, row).record;
}
