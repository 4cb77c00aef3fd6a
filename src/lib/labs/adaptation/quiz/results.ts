// The quiz results kept on this device: one record per engine in the app database's `labs` store,
// under "model-quiz:<engine id>", so a rerun on one engine replaces only its own row and two tabs
// measuring different engines never overwrite each other. Read through the one stored-record
// reader (storage/records.ts) with the quiz's schema: a damaged entry, or a second entry for an
// engine already read, is skipped and named in a notice, left in the store as it is (a save
// writes only the new result under its own key), and never hides the good rows. Without storage
// the results live for this visit only.
import { appDb } from '$lib/storage/db';
import {
	echo,
	readRecords,
	skippedText,
	type ReadRecords,
	type SkippedRecord
} from '$lib/storage/records';
import { QuizRecordSchema, type QuizRecord } from './quiz';

const PREFIX = 'model-quiz:';
const keyRange = () => IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);

/** Reads stored rows (any values) under their stored keys, oldest result first. */
export function readQuizRows(
	rows: readonly unknown[],
	keys: readonly unknown[]
): ReadRecords<QuizRecord> {
	const read = readRecords(
		QuizRecordSchema,
		rows,
		(r) => r.engineId,
		(i) => echo(keys[i] ?? `#${i + 1}`)
	);
	return { ...read, records: read.records.sort((a, b) => a.at - b.at) };
}

/** Every stored result that could be read, and what was skipped. */
export async function loadQuizResults(): Promise<ReadRecords<QuizRecord>> {
	try {
		const db = await appDb();
		const tx = db.transaction('labs');
		const [values, keys] = await Promise.all([
			tx.store.getAll(keyRange()),
			tx.store.getAllKeys(keyRange())
		]);
		return readQuizRows(values, keys);
	} catch {
		return { records: [], skipped: [] };
	}
}

/** Names at most this many skipped entries; a store full of junk still makes a short notice. */
const NAMED = 5;

/** The notice for results that could not be read, naming them; '' when none was skipped. */
export function skippedNotice(skipped: readonly SkippedRecord[]): string {
	if (!skipped.length) return '';
	const what = skippedText(
		{ one: 'saved quiz result', many: 'saved quiz results' },
		skipped.length
	);
	const named = skipped.slice(0, NAMED).map((s) => `${s.key} (${s.why})`);
	if (skipped.length > NAMED) named.push(`${skipped.length - NAMED} more`);
	return `${what} Skipped: ${named.join('; ')}.`;
}

/** Saves one engine's result; false when the device would not store it. */
export async function saveQuizResult(record: QuizRecord): Promise<boolean> {
	try {
		const db = await appDb();
		await db.put('labs', record, PREFIX + record.engineId);
		return true;
	} catch {
		return false;
	}
}

export async function clearQuizResults(): Promise<void> {
	try {
		const db = await appDb();
		await db.delete('labs', keyRange());
	} catch {
		// Nothing stored, or nothing to store in: either way nothing is left to clear.
	}
}
