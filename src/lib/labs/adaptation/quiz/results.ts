// The quiz results kept on this device: one record per engine in the app database's `labs` store,
// under "model-quiz:<engine id>", so a rerun on one engine replaces only its own row and two tabs
// measuring different engines never overwrite each other. Records are checked when read
// (parseQuizRecord); without storage the results live for this visit only.
import { appDb } from '$lib/storage/db';
import { parseQuizRecord, type QuizRecord } from './quiz';

const PREFIX = 'model-quiz:';
const keyRange = () => IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);

/** Every stored result, oldest first; unreadable entries are skipped. */
export async function loadQuizResults(): Promise<QuizRecord[]> {
	try {
		const db = await appDb();
		const values = await db.getAll('labs', keyRange());
		return values
			.map(parseQuizRecord)
			.filter((r): r is QuizRecord => r !== null)
			.sort((a, b) => a.at - b.at);
	} catch {
		return [];
	}
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
