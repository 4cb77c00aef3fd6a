// Reading the user's own models (added by URL) back from the app database, through the one
// stored-record reader ($lib/storage/records.ts). A record an older version, another tab or
// DevTools left damaged (a missing address, a number for a name) is skipped and named in one
// notice; it never hides the good ones, and only parsed copies leave here, so a later save (a
// rename) never writes a damaged record back. Why addresses are checked as http(s) here and not
// only in the form: every count of the storage panel derives keys from them, and one unreadable
// address would otherwise blank the panel for every model.
import * as v from 'valibot';
import type { CustomModelRecord } from '$lib/storage/db';
import { echo, readRecords, skippedText, type SkippedRecord } from '$lib/storage/records';

const httpAddress = v.pipe(
	v.string(),
	v.maxLength(2000),
	v.check((s) => {
		try {
			return ['http:', 'https:'].includes(new URL(s).protocol);
		} catch {
			return false;
		}
	}, 'not an http(s) address')
);

const CustomModel = v.object({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	modelUrl: httpAddress,
	modelLibUrl: httpAddress,
	addedAt: v.pipe(v.number(), v.finite()),
	kind: v.optional(v.picklist(['chat', 'embedding']))
});

/** A stored row's key where it can be read (a getter may throw, the row may be anything). */
function idOf(row: unknown): string | undefined {
	try {
		const id = (row as { id?: unknown } | null)?.id;
		return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
	} catch {
		return undefined;
	}
}

/** What was skipped, in one sentence plus the first few names and reasons. */
function notice(skipped: SkippedRecord[]): string | null {
	if (!skipped.length) return null;
	const named = skipped
		.slice(0, 3)
		.map((s) => `${s.key} (${s.why})`)
		.join('; ');
	const more = skipped.length > 3 ? `; and ${skipped.length - 3} more` : '';
	const what = { one: 'model of your own', many: 'models of your own' };
	return `${skippedText(what, skipped.length)} Skipped: ${named}${more}.`;
}

/**
 * The readable records, oldest first, a notice naming any that were skipped, and the keys of the
 * skipped ones (`taken`), so that renaming a good record never lands on a damaged one's key.
 */
export function readCustomModels(rows: readonly unknown[]): {
	records: CustomModelRecord[];
	notice: string | null;
	taken: string[];
} {
	const read = readRecords(
		CustomModel,
		rows,
		(r) => r.id,
		(i) => {
			const id = idOf(rows[i]);
			return id === undefined ? `#${i + 1}` : `“${echo(id, 40)}”`;
		}
	);
	const records = read.records.map(({ kind, ...r }) => (kind ? { ...r, kind } : r));
	const kept = new Set(records.map((r) => r.id));
	const taken = rows.map(idOf).filter((id): id is string => id !== undefined && !kept.has(id));
	return {
		records: records.sort((a, b) => a.addedAt - b.addedAt),
		notice: notice(read.skipped),
		taken
	};
}
