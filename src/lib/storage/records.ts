// The one reader for stored records. What IndexedDB hands back is whatever an older version of
// the app, another tab, DevTools or a damaged disk left there, so every store reads through a
// valibot schema of one record (why valibot: one maintained, tree-shaken checker instead of a
// hand-written guard per store; a store's schema costs about 1 KB gzip). The rules, the same for
// every store:
// - a record that fails its schema is skipped, and the reader says so (`skipped`, worded once by
//   skippedText), so the page can show a notice that names what was left out;
// - a skipped record never hides the good ones, and a reader never throws on any stored value;
// - two records with the same key keep the first (tables key their rows by it);
// - only parsed copies leave the reader, so nothing damaged is ever written back by a save.
// Keep schemas bounded (maxLength on strings and arrays): a 50 MB string then fails in O(1)
// instead of flowing into the page.
import * as v from 'valibot';

export interface SkippedRecord {
	/** The record's key where it could be read, else its position ("#3"). */
	key: string;
	/** The first problem valibot found, cut to a readable length. */
	why: string;
}

export interface ReadRecords<T> {
	records: T[];
	skipped: SkippedRecord[];
}

const MAX_ECHO = 80;

/** A value cut to a readable length for a message (never echo a 50 MB string). */
export function echo(value: unknown, max = MAX_ECHO): string {
	let text: string;
	try {
		text = typeof value === 'string' ? value : String(JSON.stringify(value) ?? value);
	} catch {
		text = Object.prototype.toString.call(value);
	}
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Reads rows through `schema`. `keyOf` names a parsed record (for duplicates and messages);
 * `rawKey` names a row that failed, where the store's key is known apart from the value.
 */
export function readRecords<S extends v.GenericSchema>(
	schema: S,
	rows: readonly unknown[],
	keyOf: (record: v.InferOutput<S>) => string,
	rawKey: (index: number) => string = (i) => `#${i + 1}`
): ReadRecords<v.InferOutput<S>> {
	const records: v.InferOutput<S>[] = [];
	const skipped: SkippedRecord[] = [];
	const seen = new Set<string>();
	rows.forEach((row, i) => {
		let result: v.SafeParseResult<S>;
		try {
			result = v.safeParse(schema, row);
		} catch (e) {
			// A getter that throws, a revoked proxy: still just a damaged record.
			skipped.push({ key: rawKey(i), why: echo(e instanceof Error ? e.message : e) });
			return;
		}
		if (!result.success) {
			skipped.push({ key: rawKey(i), why: describeIssue(result.issues[0]) });
			return;
		}
		const key = keyOf(result.output);
		if (seen.has(key)) {
			skipped.push({ key: echo(key), why: 'a second record with the same key' });
			return;
		}
		seen.add(key);
		records.push(result.output);
	});
	return { records, skipped };
}

/**
 * The first problem in words: valibot's own message (a schema's custom message included), except
 * for a long string, which that message would quote whole (cutting a 50 MB string afterwards
 * copies it): that one is named by its length.
 */
function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = issue.path?.map((p) => echo(String(p.key), 30)).join('.') ?? '';
	const what =
		typeof issue.input === 'string' && issue.input.length > MAX_ECHO
			? `expected ${echo(issue.expected ?? issue.type, 40)}, got text of ${issue.input.length.toLocaleString('en')} characters`
			: echo(issue.message);
	return path ? `${path}: ${what}` : what;
}

/** Reads one stored value; undefined (and a reason) when it fails its schema. */
export function readRecord<S extends v.GenericSchema>(
	schema: S,
	value: unknown
): { record: v.InferOutput<S> | undefined; why?: string } {
	const { records, skipped } = readRecords(schema, [value], () => '');
	return { record: records[0], why: skipped[0]?.why };
}

/**
 * One sentence for what a reader skipped, e.g. "2 saved decks could not be read (damaged, or
 * saved by another version of the app) and are not shown; they were left as they are."
 */
export function skippedText(what: { one: string; many: string }, skipped: number): string {
	if (skipped <= 0) return '';
	const noun = skipped === 1 ? `1 ${what.one}` : `${skipped} ${what.many}`;
	return `${noun} could not be read (damaged, or saved by another version of the app) and ${
		skipped === 1 ? 'is' : 'are'
	} not shown; stored data was left as it is.`;
}
