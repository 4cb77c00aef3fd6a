// Every failure of the app's own storage (IndexedDB) becomes a code, and every code has one
// message with a next step, as engine failures do (engine/errors.ts). Why codes: the same cause
// (a full disk, a private window) reaches the user from saving, importing and settings alike and
// must read the same everywhere; only the first half of the sentence, what could not be done,
// depends on where it happened. Why a StorageError for opening: a failed open surfaces later as
// odd names (Chrome's "UnknownError", Firefox's "InvalidStateError" in private windows, a
// SecurityError where site data is blocked, or no `indexedDB` at all), which all mean the same
// thing to the user: this browser keeps nothing for this site right now.

export type StorageErrorCode =
	'unavailable' | 'quota' | 'newer-version' | 'closed' | 'unknown' | 'damaged';

/** A failure that already knows its code (opening the database tags its failures). */
export class StorageError extends Error {
	override name = 'StorageError';
	constructor(
		readonly code: StorageErrorCode,
		cause?: unknown
	) {
		super(cause instanceof Error ? cause.message : String(cause ?? code), { cause });
	}
}

/** The code of anything an IndexedDB call threw or rejected with. */
export function storageErrorCode(e: unknown): StorageErrorCode {
	if (e instanceof StorageError) return e.code;
	const name = e && typeof e === 'object' && 'name' in e ? String(e.name) : '';
	// Chrome and Firefox name a full quota this way, on the request and on the transaction.
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
	if (name === 'VersionError') return 'newer-version';
	// A connection the browser closed (site data cleared) or one closed for another tab's upgrade.
	if (name === 'InvalidStateError' || name === 'TransactionInactiveError') return 'closed';
	if (name === 'SecurityError') return 'unavailable';
	return 'unknown';
}

/** What the user can do, per cause: the second half of every storage message. */
const causeText: Record<StorageErrorCode, string> = {
	unavailable:
		'this browser does not let the app store data here (a private window, or site data blocked in the browser’s settings). Allow site data for this site or use a normal window; until then nothing is kept once this tab closes.',
	quota:
		'the storage this site may use is full. Delete old conversations here, or a model on the Models page, then try again.',
	'newer-version': 'another tab runs a newer version of the app. Reload this page.',
	closed:
		'the connection to the app’s storage was closed (site data cleared, or the app updated in another tab). Reload this page.',
	unknown: 'the browser’s storage failed. Reload the page and try again.',
	damaged:
		'a stored value was damaged, or saved by another version of the app; it was left as it is.'
};

/** Where it happened: the first half of the message. */
const actionText = {
	'read-conversations': 'Saved conversations could not be read',
	'open-conversation': 'The conversation could not be opened',
	'save-conversation': 'The conversation could not be saved',
	'rename-conversation': 'The conversation could not be renamed',
	'delete-conversation': 'The conversation could not be deleted',
	'restore-conversation': 'The conversation could not be restored',
	import: 'Nothing was imported',
	'read-settings': 'Your saved settings could not be read',
	'save-settings': 'Your settings (theme, engine) could not be saved',
	'read-models': 'Your own models (added by URL) could not be read',
	'add-model': 'The model was not added',
	'forget-model': 'The model could not be removed from the list'
} as const;

export type StorageAction = keyof typeof actionText;

export interface StorageProblem {
	code: StorageErrorCode;
	/** What failed, why, and what to do, in one or two sentences. */
	message: string;
	/** The browser's own text, for the curious and for bug reports. */
	detail: string;
}

export function describeStorageError(action: StorageAction, e: unknown): StorageProblem {
	const code = storageErrorCode(e);
	const inner = e instanceof StorageError && e.cause !== undefined ? e.cause : e;
	const detail =
		inner && typeof inner === 'object' && 'message' in inner
			? `${'name' in inner ? String(inner.name) : 'Error'}: ${String(inner.message)}`
			: String(inner);
	return { code, message: `${actionText[action]}: ${causeText[code]}`, detail };
}
